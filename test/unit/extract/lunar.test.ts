import { describe, expect, test } from 'vitest';
import { addDays, lanternFestival, lunarNewYear } from '../../../lib/extract/lunar';

describe('lunarNewYear (春节)', () => {
  // Published dates, checked against several lists (and the 2034 exception of the "2033 problem").
  test.each([
    [2000, '2000-02-05'],
    [2001, '2001-01-24'],
    [2008, '2008-02-07'],
    [2011, '2011-02-03'],
    [2015, '2015-02-19'],
    [2018, '2018-02-16'],
    [2020, '2020-01-25'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2033, '2033-01-31'],
    [2034, '2034-02-19'],
    [2050, '2050-01-23'],
  ])('%i -> %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });

  test('every year 2000-2050 falls between 21 Jan and 20 Feb of that year', () => {
    for (let year = 2000; year <= 2050; year++) {
      const date = lunarNewYear(year);
      expect(date, String(year)).toMatch(new RegExp(`^${year}-(01-(2[1-9]|3[01])|02-([01][0-9]|20))$`));
    }
  });

  test('consecutive new years are 354, 355, 383, 384 or 385 days apart (12 or 13 lunar months)', () => {
    for (let year = 2000; year < 2050; year++) {
      const a = Date.parse(lunarNewYear(year)!);
      const b = Date.parse(lunarNewYear(year + 1)!);
      expect([353, 354, 355, 383, 384, 385], String(year)).toContain((b - a) / 86_400_000);
    }
  });

  test('outside the calendar range (1901-2099) there is no date rather than a wrong one', () => {
    expect(lunarNewYear(1900)).toBeUndefined();
    expect(lunarNewYear(2100)).toBeUndefined();
  });
});

describe('lanternFestival (元宵, 正月十五)', () => {
  test.each([
    [2011, '2011-02-17'],
    [2024, '2024-02-24'],
    [2025, '2025-02-12'],
    [2026, '2026-03-03'],
  ])('%i -> %s', (year, date) => {
    expect(lanternFestival(year)).toBe(date);
  });
});

test('addDays crosses months and leap days', () => {
  expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
  expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
});
