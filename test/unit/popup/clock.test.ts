import { expect, test } from 'vitest';
import { popupToday } from '../../../components/popup/clock';

const noon = new Date(2026, 10, 30, 12, 0); // 30 November 2026, local time

test("the popup's today is the local date, or ?today= when it is a real calendar day", () => {
  expect(popupToday('', noon)).toBe('2026-11-30');
  expect(popupToday('?today=2023-11-28', noon)).toBe('2023-11-28');
  expect(popupToday('?tab=12&today=2024-02-29', noon)).toBe('2024-02-29');
  expect(popupToday('?today=2023-02-30', noon)).toBe('2026-11-30'); // no such day
  expect(popupToday('?today=tomorrow', noon)).toBe('2026-11-30');
});
