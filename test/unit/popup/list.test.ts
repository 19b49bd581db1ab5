// Sort, group, search and filter of the task list. Expectations are worked out by hand from the fixtures.
import { describe, expect, test } from 'vitest';
import { addDays, daysBetween, endOfMonth, endOfWeek } from '../../../lib/dates';
import { applyView, DEFAULT_VIEW, filterTasks, isOverdue, matchesSearch, unitCounts, type ListView } from '../../../lib/tasks/filter';
import { groupBySource, sortByDue } from '../../../lib/tasks/sort';
import { task } from '../db/fixtures';

// 2026-03-11 is a Wednesday: its week ends Sunday 2026-03-15, its month on 2026-03-31.
const TODAY = '2026-03-11';
const ids = (list: { id: string }[]) => list.map((t) => t.id);

describe('dates', () => {
  test('week ends on Sunday, month on its last day', () => {
    expect(endOfWeek('2026-03-11')).toBe('2026-03-15');
    expect(endOfWeek('2026-03-15')).toBe('2026-03-15'); // a Sunday
    expect(endOfWeek('2026-03-16')).toBe('2026-03-22'); // a Monday
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28');
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  test('daysBetween counts calendar days, negative backwards, across a leap day and a year end', () => {
    expect(daysBetween('2026-03-11', '2026-03-11')).toBe(0);
    expect(daysBetween('2026-03-11', '2026-03-12')).toBe(1);
    expect(daysBetween('2026-03-11', '2026-03-01')).toBe(-10);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });
});

describe('sortByDue', () => {
  const list = [
    task('undated-old', { createdAt: 1 }),
    task('later', { due: '2026-06-30' }),
    task('done-early', { due: '2026-01-01', status: 'done' }),
    task('overdue', { due: '2026-02-28' }),
    task('soon', { due: '2026-03-12', status: 'doing' }),
    task('undated-new', { createdAt: 2 }),
    task('done-undated', { status: 'done' }),
  ];

  test('open tasks: overdue first, then soonest, undated last; done ones after all open ones', () => {
    expect(ids(sortByDue(list))).toEqual(['overdue', 'soon', 'later', 'undated-old', 'undated-new', 'done-early', 'done-undated']);
  });

  test('same due date: clip order, then page order', () => {
    const same = [
      task('b', { due: '2026-03-31', createdAt: 5, anchor: { exact: 'b', prefix: '', suffix: '', start: 90 } }),
      task('a', { due: '2026-03-31', createdAt: 5, anchor: { exact: 'a', prefix: '', suffix: '', start: 10 } }),
      task('c', { due: '2026-03-31', createdAt: 4 }),
    ];
    expect(ids(sortByDue(same))).toEqual(['c', 'a', 'b']);
  });

  test('does not reorder its input', () => {
    const before = ids(list);
    sortByDue(list);
    expect(ids(list)).toEqual(before);
  });
});

describe('groupBySource', () => {
  test('one group per page (fragment ignored), newest clip first, tasks in page order', () => {
    const at = (start: number) => ({ exact: 'x', prefix: '', suffix: '', start });
    const groups = groupBySource([
      task('a2', { source: { url: 'https://a.example/s#p2', title: '甲讲话' }, anchor: at(200), createdAt: 10 }),
      task('b1', { source: { url: 'https://b.example/s', title: '乙讲话', published: '2026-02-01' }, anchor: at(5), createdAt: 30 }),
      task('a1', { source: { url: 'https://a.example/s', title: '甲讲话' }, anchor: at(100), createdAt: 20 }),
    ]);
    expect(groups.map((g) => [g.key, g.title, g.published, ids(g.tasks)])).toEqual([
      ['https://b.example/s', '乙讲话', '2026-02-01', ['b1']],
      ['https://a.example/s', '甲讲话', undefined, ['a1', 'a2']],
    ]);
  });
});

describe('search', () => {
  const t = task('s', {
    text: '各区县要在 3 月底前完成 PM2.5 治理方案。',
    units: ['市生态环境局'],
    targets: ['全年优良天数比例达到85%'],
    deadlines: [{ text: '3月底前', kind: 'date', due: '2026-03-31' }],
    note: '周五报送王处',
    section: '在全市大气污染防治推进会上的讲话',
  });

  test.each([
    ['3月底前完成', true], // spaces in the text do not matter
    ['区县 要在', true], // nor in the query
    ['pm2.5', true], // Latin case ignored
    ['ＰＭ２．５', true], // full-width forms fold to half-width
    ['生态环境', true], // units
    ['优良天数', true], // targets
    ['王处', true], // note
    ['大气污染防治推进会', true], // section (the speech's heading)
    ['市财政局', false],
    ['   ', true], // empty query matches all
  ])('%s -> %s', (query, expected) => {
    expect(matchesSearch(t, query)).toBe(expected);
  });
});

describe('filters', () => {
  const list = [
    task('overdue', { due: '2026-03-10', units: ['市财政局'] }),
    task('overdue-done', { due: '2026-03-01', status: 'done' }),
    task('today', { due: TODAY, status: 'doing', units: ['市财政局', '市教育局'] }),
    task('sunday', { due: '2026-03-15' }),
    task('monday', { due: '2026-03-16', units: ['市教育局'] }),
    task('month-end', { due: '2026-03-31', status: 'done' }),
    task('april', { due: '2026-04-01' }),
    task('undated', {}),
  ];
  const view = (patch: Partial<ListView>): ListView => ({ ...DEFAULT_VIEW, ...patch });
  const shown = (patch: Partial<ListView>) => ids(filterTasks(list, view(patch), TODAY)).sort();

  test('due buckets relative to today', () => {
    expect(shown({ due: 'overdue' })).toEqual(['overdue']); // a done task is not overdue
    expect(shown({ due: 'week' })).toEqual(['sunday', 'today']);
    expect(shown({ due: 'month' })).toEqual(['monday', 'month-end', 'sunday', 'today']);
    expect(shown({ due: 'none' })).toEqual(['undated']);
    expect(isOverdue(list[0], TODAY)).toBe(true);
    expect(isOverdue(list[2], TODAY)).toBe(false);
  });

  test('status', () => {
    expect(shown({ status: 'done' })).toEqual(['month-end', 'overdue-done']);
    expect(shown({ status: 'doing' })).toEqual(['today']);
    expect(shown({ status: 'open' })).toHaveLength(6);
    expect(shown({ status: 'all' })).toHaveLength(8);
  });

  test('unit, combined with the others', () => {
    expect(shown({ unit: '市教育局' })).toEqual(['monday', 'today']);
    expect(shown({ unit: '市教育局', due: 'week' })).toEqual(['today']);
    expect(shown({ unit: '市财政局', status: 'open', search: '任务overdue' })).toEqual(['overdue']);
  });

  test('applyView returns the shown tasks in the shown order', () => {
    const byDue = applyView(list, view({ status: 'open' }), TODAY);
    expect(ids(byDue.tasks)).toEqual(['overdue', 'today', 'sunday', 'monday', 'april', 'undated']);
    expect(byDue.groups).toBeUndefined();
  });

  test('applyView by source: the groups, and the same tasks flattened in group order', () => {
    const grouped = [
      task('a-later', { source: { url: 'https://a.example/1', title: 'A' }, createdAt: 1, anchor: { exact: 'x', prefix: '', suffix: '', start: 50 } }),
      task('b', { source: { url: 'https://b.example/2', title: 'B' }, createdAt: 5 }),
      task('a-first', { source: { url: 'https://a.example/1#p', title: 'A' }, createdAt: 2, anchor: { exact: 'y', prefix: '', suffix: '', start: 10 } }),
      task('a-done', { source: { url: 'https://a.example/1', title: 'A' }, createdAt: 3, status: 'done' }),
    ];
    const shown = applyView(grouped, view({ order: 'source', status: 'open' }), TODAY);
    // B was clipped last, so its group comes first; in A, page order (anchor start); a-done is filtered out
    expect(shown.groups?.map((group) => [group.key, ids(group.tasks)])).toEqual([
      ['https://b.example/2', ['b']],
      ['https://a.example/1', ['a-first', 'a-later']],
    ]);
    expect(ids(shown.tasks)).toEqual(['b', 'a-first', 'a-later']);
  });

  test('a deadline without a date (汛期前) counts as undated: no due bucket but "none", sorted after dated tasks', () => {
    const event = task('flood', { deadlines: [{ text: '汛期前', kind: 'date' }] });
    const withEvent = [...list, event];
    const shownWith = (patch: Partial<ListView>) => ids(filterTasks(withEvent, view(patch), TODAY)).sort();
    expect(shownWith({ due: 'none' })).toEqual(['flood', 'undated']);
    for (const due of ['overdue', 'week', 'month'] as const) expect(shownWith({ due })).not.toContain('flood');
    expect(ids(applyView(withEvent, view({ status: 'open' }), TODAY).tasks).slice(-2).sort()).toEqual(['flood', 'undated']);
  });

  test('unitCounts: most named first, ties in Chinese order', () => {
    expect(unitCounts(list).map(({ unit, count }) => ({ unit, count }))).toEqual([
      { unit: '市财政局', count: 2 },
      { unit: '市教育局', count: 2 },
    ].sort((a, b) => a.unit.localeCompare(b.unit, 'zh-CN')));
  });
});
