// The list's unit filter groups the spellings of one unit, and the 我的任务 filter (issue 12). Expectations worked
// out by hand from the fixtures below.
import { describe, expect, test } from 'vitest';
import { parseMyUnits } from '../../../lib/domain/mine';
import { applyView, DEFAULT_VIEW, filterTasks, unitCounts, type ListView } from '../../../lib/tasks/filter';
import { task } from '../db/fixtures';

const TODAY = '2026-03-11';
const ids = (list: { id: string }[]) => list.map((t) => t.id).sort();
const view = (patch: Partial<ListView>): ListView => ({ ...DEFAULT_VIEW, ...patch });

const list = [
  task('a', { units: ['县发改局'] }),
  task('b', { units: ['发改局', '县财政局'] }),
  task('c', { units: ['县发展和改革局'] }),
  task('d', { units: ['县发展改革委'] }),
  task('e', { units: ['各乡镇'] }),
  task('f', { units: ['县财政局'] }),
  task('g', { units: [] }),
];

describe('unit filter', () => {
  test("the issue's four spellings are one entry, counted once per task, shown by its normalised name", () => {
    const options = unitCounts(list);
    expect(options.map(({ display, count }) => [display, count])).toEqual([
      ['县发展和改革局', 4],
      ['县财政局', 2],
      ['各乡镇', 1],
    ]);
    expect(options[0].written.sort()).toEqual(['县发改局', '发改局', '县发展和改革局', '县发展改革委'].sort());
  });

  test('choosing any spelling shows every task with one of them', () => {
    expect(ids(filterTasks(list, view({ unit: '发改局' }), TODAY))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(filterTasks(list, view({ unit: '县发展改革委' }), TODAY))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(filterTasks(list, view({ unit: '县财政局' }), TODAY))).toEqual(['b', 'f']);
  });

  test('a unit no task names any more shows nothing', () => {
    expect(filterTasks(list, view({ unit: '县教育局' }), TODAY)).toEqual([]);
  });
});

describe('我的任务 filter', () => {
  const { units: myUnits } = parseMyUnits('县发改局\n城关镇');

  test('shows tasks with my units under any spelling, or a collective that includes them', () => {
    expect(ids(filterTasks(list, view({ mine: true }), TODAY, { myUnits }))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  test('off, or with no units set, it hides nothing', () => {
    expect(filterTasks(list, view({ mine: false }), TODAY, { myUnits })).toHaveLength(list.length);
    expect(filterTasks(list, view({ mine: true }), TODAY, { myUnits: [] })).toEqual([]);
  });

  test('combines with the unit filter and keeps the shown order', () => {
    expect(ids(applyView(list, view({ mine: true, unit: '县财政局' }), TODAY, { myUnits }).tasks)).toEqual(['b']);
  });
});
