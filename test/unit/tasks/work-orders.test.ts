// The 摘录全部 rule on sentences checked by hand: the fields are written out as a reader would mark them (not taken
// from the engine), so the test is about the rule alone. Sentences from corpus/seed unless said otherwise.
import { describe, expect, test } from 'vitest';
import type { DeadlineRecord } from '../../../lib/domain/task';
import { isSpecificUnit, splitWorkOrders, workOrderReason, type WorkOrderFields } from '../../../lib/tasks/work-orders';

const dated = (text: string): DeadlineRecord => ({ text, kind: 'date' });
const sentence = (text: string, units: string[], extra: Partial<WorkOrderFields> = {}): WorkOrderFields => ({
  text,
  units,
  deadlines: [],
  targets: [],
  ...extra,
});

describe('isSpecificUnit', () => {
  test.each([
    ['县发改委', true],
    ['经济局', true],
    ['各乡镇', true], // every township: a definite set, a usual row of a 任务分解表
    ['各县市区', true],
    ['交通部门', true], // the department is named by its field
    ['各项目主管部门', true],
    ['小岭镇政府', true],
    ['住建', true], // short for 住建局
    ['政府', false],
    ['企业', false],
    ['各部门', false],
    ['各单位', false],
    ['有关部门', false],
    ['市直各有关部门', false],
    ['各级各部门', false],
    ['厅属各单位', false],
    ['全县各个企业', false],
    ['各地', false],
    ['建设单位', false],
    ['厅', false],
  ])('%s → %s', (unit, specific) => {
    expect(isSpecificUnit(unit)).toBe(specific);
  });
});

describe('workOrderReason', () => {
  test('a specific unit with a deadline', () => {
    const s = sentence('经济局要将市场主体培育作为各社区经济目标考核的重要内容,年底一并纳入绩效考核范围。', ['经济局'], {
      deadlines: [dated('年底')],
    });
    expect(workOrderReason(s)).toBe('deadline');
  });

  test('a specific unit with a target', () => {
    const s = sentence('每个县市区都要有5个以上、市直部门至少2个项目进入开工计划。', ['每个县市区', '市直部门'], {
      targets: ['5个以上', '至少2个项目进入开工计划'],
    });
    expect(workOrderReason(s)).toBe('target');
  });

  test('a specific unit with a strong directive', () => {
    expect(workOrderReason(sentence('金鑫矿业公司要利用产能扩大的优势,尽快赶上计划进度。', ['金鑫矿业公司']))).toBe('directive');
    expect(
      workOrderReason(sentence('由盘龙园区管委会牵头,城建部门配合,尽快落实欧珂公司院内雨水的排放问题。', ['盘龙园区管委会', '城建部门'])),
    ).toBe('directive');
  });

  test('an exhortation to everyone is not a work order, even with 要', () => {
    expect(workOrderReason(sentence('政府要讲诚信,企业也要讲诚信。', ['政府', '企业']))).toBeNull();
    expect(workOrderReason(sentence('各相关部门要进一步解放思想、转变作风、提高效率,全力保障项目建设需求。', ['各相关部门']))).toBeNull();
  });

  test('a specific unit that is only exhorted (要 without a binding word) is not one', () => {
    const s = sentence('工业园区管理部门在抓好基础建设工作的同时,要多做协调服务工作,帮助企业解决生产和经营中出现的问题。', ['工业园区管理部门']);
    expect(workOrderReason(s)).toBeNull();
  });

  test('负责人 is not 负责: a call on the leaders of vague bodies stays out', () => {
    const s = sentence('各县市区、市直各有关部门负责人都要把重点项目建设作为抓经济发展的第一要务,常抓不懈。', ['市直各有关部门']);
    expect(workOrderReason(s)).toBeNull();
  });

  test('a vague unit with a deadline is not one; 长期坚持 (ongoing) is no deadline', () => {
    expect(workOrderReason(sentence('各部门要在6月底前完成配置。', ['各部门'], { deadlines: [dated('6月底前')] }))).toBeNull();
    const ongoing = sentence('县应急局要长期坚持安全生产大检查。', ['县应急局'], { deadlines: [{ text: '长期坚持', kind: 'ongoing' }] });
    expect(workOrderReason(ongoing)).toBeNull();
  });

  test('a deadline with no unit is not one (the rule asks for a unit)', () => {
    const s = sentence('这项工作必须于春节前全部完成。', [], { deadlines: [dated('春节前')] });
    expect(workOrderReason(s)).toBeNull();
  });

  test('a start date (…后) sets a time too', () => {
    const s = sentence('县住建局2月17日后要抓紧开工。', ['县住建局'], { deadlines: [{ text: '2月17日后', kind: 'start', due: '2030-02-17' }] });
    expect(workOrderReason(s)).toBe('deadline');
  });
});

test('splitWorkOrders keeps every sentence, in order, on one side or the other', () => {
  const a = sentence('县发改委要在6月底前完成项目申报。', ['县发改委'], { deadlines: [dated('6月底前')] });
  const b = sentence('政府要讲诚信,企业也要讲诚信。', ['政府', '企业']);
  const c = sentence('财政局要定期通报专项资金争取排名情况。', ['财政局']);
  const d = sentence('全区经济社会发展主要预期目标是:地区生产总值增长x%左右;', [], { targets: ['地区生产总值增长x%左右'] });
  expect(splitWorkOrders([a, b, c, d])).toEqual({ orders: [a, c], rest: [b, d] });
});
