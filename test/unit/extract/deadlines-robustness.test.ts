import { expect, test } from 'vitest';
import { findDeadlines, resolveDeadline } from '../../../lib/extract/deadlines';

// Pathological inputs must come back as arrays, never as exceptions (speed is measured outside the tests).
function randomMix(length: number, seed: number): string {
  const pool = '月年日号底前后内旬初末季度每春节元宵正十五一二三四五六七八九〇0123456789xX×、，,。.:：;；-—~()（）\n 要在力争确保截止至了已的';
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    // mostly the deadline alphabet, sometimes any CJK or ASCII character
    const r = state % 10;
    if (r < 7) out += pool[state % pool.length];
    else if (r < 9) out += String.fromCharCode(0x4e00 + (state % 0x5000));
    else out += String.fromCharCode(32 + (state % 95));
  }
  return out;
}

test.each([
  ['100,000 × 月', '月'.repeat(100_000)],
  ['100,000 × 、', '、'.repeat(100_000)],
  ['50,000 × 2月', '2月'.repeat(50_000)],
  ['50,000 × 2月底前', '2月底前'.repeat(50_000)],
  ['lone surrogates and controls', '\ud800月底前\udfff\u0000\u202e6月底前'],
])('findDeadlines survives %s', (_label, text) => {
  const spans = findDeadlines(text, '2023-03-01');
  expect(Array.isArray(spans)).toBe(true);
});

test('findDeadlines survives a 2 MB random mix of CJK, ASCII, punctuation and digits', () => {
  const text = randomMix(2 * 1024 * 1024, 42);
  const spans = findDeadlines(text, '2023-03-01');
  expect(Array.isArray(spans)).toBe(true);
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
});

test('bad arguments give empty results, not exceptions', () => {
  expect(findDeadlines('', '2023-03-01')).toEqual([]);
  expect(findDeadlines(undefined as unknown as string, 'nonsense')).toEqual([]);
  expect(findDeadlines('要在6月底前完成。', 'not a date').map((s) => s.text)).toEqual(['6月底前']);
  expect(resolveDeadline(null as unknown as string, '2023-03-01')).toBeNull();
  expect(resolveDeadline('6月底前', '2023-13-45')?.kind).toBe('date');
});
