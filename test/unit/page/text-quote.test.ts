import { describe, expect, test } from 'vitest';
import { describeQuote, matchQuote, searchWithEdits } from '../../../lib/page/text-quote';

const PAGE =
  '同志们:\n各乡镇要在6月底前完成项目申报。县发改委负责汇总。\n' +
  '二、抓落实。各乡镇要在6月底前完成项目申报。县财政局做好资金保障。\n';

function quoteOf(text: string, exact: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(exact, at + 1);
  return describeQuote(text, at, at + exact.length);
}

describe('describeQuote', () => {
  test('takes up to 32 characters either side', () => {
    const q = describeQuote(PAGE, 5, 10);
    expect(q.exact).toBe('各乡镇要在');
    expect(q.prefix).toBe('同志们:\n');
    expect(q.suffix).toBe(PAGE.slice(10, 42));
    expect(q.suffix).toHaveLength(32);
  });
});

describe('matchQuote', () => {
  test('a unique exact quote is found where it is', () => {
    const q = quoteOf(PAGE, '县发改委负责汇总。');
    expect(matchQuote(PAGE, q)).toEqual({ start: q.start, end: q.end, errors: 0 });
  });

  test('a repeated sentence is told apart by its prefix and suffix', () => {
    const sentence = '各乡镇要在6月底前完成项目申报。';
    const second = quoteOf(PAGE, sentence, 1);
    // without the position hint, only the context can decide
    const match = matchQuote(PAGE, { ...second, start: undefined, end: undefined });
    expect(match?.start).toBe(PAGE.lastIndexOf(sentence));
    const first = quoteOf(PAGE, sentence, 0);
    expect(matchQuote(PAGE, { ...first, start: undefined })?.start).toBe(PAGE.indexOf(sentence));
  });

  test('the same sentence laid out with different line breaks and spaces is found', () => {
    const q = quoteOf(PAGE, '县财政局做好资金保障。');
    const relaid = PAGE.replace('县财政局做好', '县财政局\n  做好');
    const m = matchQuote(relaid, q)!;
    expect(m.errors).toBe(0);
    expect(relaid.slice(m.start, m.end)).toBe('县财政局\n  做好资金保障。');
  });

  test('a sentence with a small edit is found approximately', () => {
    const q = quoteOf(PAGE, '县发改委负责汇总。');
    const edited = PAGE.replace('县发改委负责汇总', '县发改委负责统汇总');
    const m = matchQuote(edited, q)!;
    expect(m.errors).toBe(1);
    expect(edited.slice(m.start, m.end)).toBe('县发改委负责统汇总。');
  });

  test('more edits than a fifth of the sentence are not accepted', () => {
    const q = quoteOf(PAGE, '县发改委负责汇总。');
    const edited = PAGE.replace('县发改委负责汇总', '县发改委统一负责汇总');
    expect(matchQuote(edited, q)).toBeNull();
  });

  test('a sentence that is gone is not found', () => {
    const q = quoteOf(PAGE, '县发改委负责汇总。');
    expect(matchQuote('完全不同的一段文字,没有那句话。'.repeat(5), q)).toBeNull();
  });

  test('an edited sentence moved far from its old position is still found', () => {
    const q = quoteOf(PAGE, '县财政局做好资金保障。');
    const moved = '新增的开头段落。'.repeat(40) + PAGE.replace('资金保障', '资金的保障');
    const m = matchQuote(moved, q)!;
    expect(moved.slice(m.start, m.end)).toBe('县财政局做好资金的保障。');
  });
});

describe('searchWithEdits', () => {
  test('finds the closest substring and counts edits', () => {
    expect(searchWithEdits('abcdef', 'xxabcXdefyy')).toEqual({ start: 2, end: 9, errors: 1 });
    expect(searchWithEdits('abc', 'zzabczz')).toEqual({ start: 2, end: 5, errors: 0 });
  });
});
