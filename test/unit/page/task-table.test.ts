// @vitest-environment happy-dom
// Task tables in HTML (lib/page/task-table.ts): header labels and the grid of merged cells.
import { describe, expect, test } from 'vitest';
import { labelRole, tableGrid } from '../../../lib/page/task-table';

describe('labelRole', () => {
  test.each([
    ['重点任务', 'task'],
    ['牵头单位', 'unit'],
    ['配合单位', 'unit'],
    ['主责单位', 'unit'],
    ['完成时限', 'deadline'],
    ['时间节点', 'deadline'],
    ['完成时间', 'deadline'],
    ['序 号', 'number'],
    ['备注', 'other'],
  ])('%s is a %s column', (label, role) => {
    expect(labelRole(label)?.role).toBe(role);
  });

  test('a long cell is no label; an unknown short one is an unknown other', () => {
    expect(labelRole('推进产业园区基础设施建设,新建标准化厂房10万平方米')).toBeUndefined();
    expect(labelRole('县发改委')).toEqual({ role: 'other', known: false });
  });
});

describe('tableGrid', () => {
  test('a merged cell fills every slot it spans; a two-row header keeps its columns', () => {
    document.body.innerHTML = `<table>
      <tr><th rowspan="2">序号</th><th rowspan="2">重点任务</th><th colspan="2">责任单位</th><th rowspan="2">完成时限</th></tr>
      <tr><th>牵头单位</th><th>配合单位</th></tr>
      <tr><td>1</td><td>任务一</td><td rowspan="2">县发改委</td><td>县财政局</td><td>10月底前</td></tr>
      <tr><td>2</td><td>任务二</td><td>县交通运输局</td><td>12月底前</td></tr>
    </table>`;
    const grid = tableGrid(document.querySelector('table')!);
    const text = grid.map((row) => row.map((cell) => cell.textContent));
    expect(text).toEqual([
      ['序号', '重点任务', '责任单位', '责任单位', '完成时限'],
      ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '任务一', '县发改委', '县财政局', '10月底前'],
      ['2', '任务二', '县发改委', '县交通运输局', '12月底前'],
    ]);
  });
});
