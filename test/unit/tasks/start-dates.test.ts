// Start dates (kind 'start', …后): when work may begin, never a due date. The seed's sentence
// `2月17日(正月十五)后要抓紧开工` had been listed as 截止 2024-02-17 · 逾期 (issue 11); here it goes through the
// real engine, the draft builder, the list's filters and sort, and the CSV.
import { describe, expect, test } from 'vitest';
import { tasksToCsv } from '../../../lib/export/csv';
import { extract } from '../../../lib/extract';
import { draftFromTask } from '../../../lib/page/drafts';
import { dueOf, startOf } from '../../../lib/tasks/due';
import { filterTasks, isOverdue, DEFAULT_VIEW } from '../../../lib/tasks/filter';
import { sortByDue } from '../../../lib/tasks/sort';
import { task } from '../db/fixtures';
import { parseCsv } from '../export/csvReading';

const START = { text: '2月17日(正月十五)后', kind: 'start' as const, due: '2024-02-17' };
const END = { text: '3月底前', kind: 'date' as const, due: '2024-03-31' };
const MAY = { text: '5月底前', kind: 'date' as const, due: '2024-05-31' };

describe('dueOf and startOf', () => {
  test('the due date is the earliest dated deadline; a start date is never one', () => {
    expect(dueOf([START])).toBeUndefined();
    expect(dueOf([START, MAY, END])).toBe('2024-03-31');
    expect(dueOf([{ text: '汛期前', kind: 'date' }])).toBeUndefined();
    expect(dueOf([{ text: '长期坚持', kind: 'ongoing' }])).toBeUndefined();
    expect(startOf([START, END])).toBe('2024-02-17');
    expect(startOf([END])).toBeUndefined();
  });
});

// the seed, line 213 (corpus/seed/000_df3268c7679847d0.txt), read against its upload date
const TEXT = '对部分前期工作相对简单、目前已经基本完成的项目,2月17日(正月十五)后要抓紧开工;对部分程序复杂、前期工作难度较大的项目,最迟3月上旬也要全部开工。';
const source = { url: 'http://example.test/seed.html', title: '项目推进会上的讲话' };

function drafts() {
  const result = extract(TEXT, { referenceDate: '2023-11-25' });
  return result.tasks.map((t) => draftFromTask(TEXT, t, 0, source)!);
}

describe('a task with only a start date', () => {
  test('its draft has the start deadline and no due date; the next clause keeps its own due date', () => {
    const [starts, dated] = drafts();
    expect(starts.text).toBe('对部分前期工作相对简单、目前已经基本完成的项目,2月17日(正月十五)后要抓紧开工;');
    expect(starts.deadlines).toEqual([{ text: '2月17日(正月十五)后', kind: 'start', due: expect.stringMatching(/-02-17$/) }]);
    expect(starts.due).toBeUndefined();
    expect(dated.deadlines.map((d) => d.kind)).toEqual(['date']);
    expect(dated.due).toMatch(/-03-10$/); // 最迟3月上旬: the 10th
  });

  test('is not overdue, falls in 无截止日期, and sorts after dated tasks', () => {
    const startOnly = task('s', { deadlines: [START] });
    const dated = task('d', { deadlines: [END], due: '2024-03-31' });
    const today = '2026-11-30';
    expect(isOverdue(startOnly, today)).toBe(false);
    expect(filterTasks([startOnly, dated], { ...DEFAULT_VIEW, due: 'overdue' }, today).map((t) => t.id)).toEqual(['d']);
    expect(filterTasks([startOnly, dated], { ...DEFAULT_VIEW, due: 'none' }, today).map((t) => t.id)).toEqual(['s']);
    expect(sortByDue([startOnly, dated]).map((t) => t.id)).toEqual(['d', 's']);
  });

  test('in the CSV: 完成时限 gives the words (…后), 截止日期 stays empty', () => {
    const [starts] = drafts();
    const stored = task('csv', { ...starts });
    const [header, row] = parseCsv(tasksToCsv([stored], 'zh'));
    expect(header[3]).toBe('完成时限');
    expect(header[4]).toBe('截止日期');
    expect(row[3]).toBe('2月17日(正月十五)后');
    expect(row[4]).toBe('');
  });
});
