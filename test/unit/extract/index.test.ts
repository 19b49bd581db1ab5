import { describe, expect, test } from 'vitest';
import { extract } from '../../../lib/extract/index';
import { DEV_TEXT, invariantProblems, loadScorer, SEED_TEXT } from './helpers';

describe('extract(): invariants on real texts', () => {
  test.each([
    ['seed', SEED_TEXT],
    ['d05', () => DEV_TEXT('d05')],
    ['d07', () => DEV_TEXT('d07')],
  ])('%s: spans equal their slice, sorted, no overlap, no line break; tasks hold them', (_name, read) => {
    const text = read();
    const result = extract(text, { referenceDate: '2023-11-25' });
    expect(result.spans.length).toBeGreaterThan(20);
    expect(invariantProblems(text, result)).toEqual([]);
  });

  test('tasks are exactly the score.mjs sentences that hold a span', async () => {
    const { sentences } = await loadScorer();
    const text = SEED_TEXT();
    const { spans, tasks } = extract(text, { referenceDate: '2023-11-25' });
    const expected = sentences(text).filter(([s, e]) => spans.some((x) => x.start >= s && x.start < e));
    expect(tasks.map((t) => [t.start, t.end])).toEqual(expected);
  });
});

describe('extract(): tasks', () => {
  const text = '县经贸局、乡企局要在6月底前力争工业总产值增长8%,春节前拿出方案。这句话没有任务。\n由县发改委负责汇总。';

  test('a task holds its sentence and the texts of its spans by type', () => {
    const { tasks } = extract(text, { referenceDate: '2023-01-05' });
    expect(tasks).toHaveLength(2);
    const [first, second] = tasks;
    expect(first.text).toBe('县经贸局、乡企局要在6月底前力争工业总产值增长8%,春节前拿出方案。');
    expect(first.units).toEqual(['县经贸局', '乡企局']);
    expect(first.targets).toEqual(['工业总产值增长8%']);
    expect(first.deadlines.map((d) => d.text)).toEqual(['6月底前', '春节前']);
    // 春节 2023 is 22 January: 春节前 is due 21 January, before 6月底 (30 June)
    expect(first.due).toBe('2023-01-21');
    expect(second.units).toEqual(['县发改委']);
    expect(second.due).toBeUndefined();
  });

  test('referenceDate as a Date and as a string give the same result; deadlines resolve from it', () => {
    const asString = extract(text, { referenceDate: '2023-07-10' });
    const asDate = extract(text, { referenceDate: new Date(2023, 6, 10) });
    expect(asDate).toEqual(asString);
    // after June 2023, 6月底前 is next year's
    expect(asString.spans.find((s) => s.text === '6月底前')?.due).toBe('2024-06-30');
  });

  test('default reference date is today (local): a month-end deadline lies ahead of today', () => {
    const { spans } = extract('各部门要在12月底前完成。');
    const due = spans.find((s) => s.type === 'deadline')?.due;
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(due && due >= today).toBe(true);
  });

  test('empty and odd inputs give empty results', () => {
    expect(extract('')).toEqual({ spans: [], tasks: [] });
    expect(extract('\n\n\n')).toEqual({ spans: [], tasks: [] });
    // @ts-expect-error: a caller outside TypeScript may pass anything
    expect(extract(undefined)).toEqual({ spans: [], tasks: [] });
  });
});
