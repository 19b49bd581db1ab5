import { describe, expect, test } from 'vitest';
import { extract, extractSlices, sliceText } from '../../../lib/extract';
import { DEV_TEXT, SEED_TEXT } from './helpers';

describe('sliceText', () => {
  test('cuts after a line break, covers the text without gaps', () => {
    const text = 'aaaa\nbbbb\ncccc\ndddd';
    expect(sliceText(text, 7)).toEqual([
      [0, 5],
      [5, 10],
      [10, 15],
      [15, 19],
    ]);
  });

  test('without line breaks, cuts after a sentence end; without either, at the limit', () => {
    expect(sliceText('一二三。四五六。七', 4)).toEqual([
      [0, 4],
      [4, 8],
      [8, 9],
    ]);
    expect(sliceText('一二三四五六七', 3)).toEqual([
      [0, 3],
      [3, 6],
      [6, 7],
    ]);
  });

  test('short text is one slice', () => {
    expect(sliceText('短文本', 100)).toEqual([[0, 3]]);
  });
});

describe('extractSlices', () => {
  const cases: [string, () => string][] = [
    ['the seed', SEED_TEXT],
    ['the seed ten times', () => SEED_TEXT().repeat(10)],
    ['d05 (task list genre)', () => DEV_TEXT('d05')],
    ['d07 ten times (task list genre)', () => DEV_TEXT('d07').repeat(10)],
  ];
  test.each(cases)('%s: slices of 10,000 give exactly what one extract() gives', (_name, read) => {
    const text = read();
    const whole = extract(text, { referenceDate: '2023-11-25' });
    const parts = [...extractSlices(text, { referenceDate: '2023-11-25' }, 10_000)];
    expect(parts.length).toBeGreaterThan(text.length > 10_000 ? 1 : 0);
    expect(parts.flatMap((p) => p.spans)).toEqual(whole.spans);
    expect(parts.flatMap((p) => p.tasks)).toEqual(whole.tasks);
    for (const span of parts.flatMap((p) => p.spans)) expect(text.slice(span.start, span.end)).toBe(span.text);
  }, 60_000); // reads 330,000 characters twice: a correctness check, not a timing one (npm run bench times it)
});
