// Calendar arithmetic on YYYY-MM-DD strings (UTC, no time zone surprises) and the lunar festivals the engine knows.
import { LUNAR_NEW_YEAR } from './lexicon/lunar-new-year';

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return formatDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** 春节 (正月初一) of a Gregorian year, or undefined outside the table (2000-2050). */
export function lunarNewYear(year: number): string | undefined {
  return LUNAR_NEW_YEAR[year];
}

/** 元宵 (正月十五) = 春节 + 14 days. */
export function lanternFestival(year: number): string | undefined {
  const newYear = lunarNewYear(year);
  return newYear ? addDays(newYear, 14) : undefined;
}
