import { expect, test } from 'vitest';
import { isPlaceholder, normalizeDigits, parseSmallNumber } from '../../../lib/extract/numerals';

test('normalizeDigits maps full-width digits and keeps the length', () => {
  expect(normalizeDigits('２０２３年６月')).toBe('2023年6月');
  expect(normalizeDigits('无数字')).toBe('无数字');
});

test.each([
  ['6', 6], ['１２', 12], ['十', 10], ['十二', 12], ['二十', 20], ['二十五', 25], ['三十一', 31],
  ['二〇二三', 2023], ['两', 2], ['五', 5],
])('parseSmallNumber(%s) = %i', (text, value) => {
  expect(parseSmallNumber(text)).toBe(value);
});

test.each(['', 'x', '×', '十十', '一百', '二十五六', 'abc'])('parseSmallNumber(%s) is null', (text) => {
  expect(parseSmallNumber(text)).toBeNull();
});

test('placeholders', () => {
  expect(isPlaceholder('xx')).toBe(true);
  expect(isPlaceholder('×')).toBe(true);
  expect(isPlaceholder('x1')).toBe(false);
  expect(isPlaceholder('')).toBe(false);
});
