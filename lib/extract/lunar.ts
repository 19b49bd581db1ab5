// Calendar arithmetic on YYYY-MM-DD strings (UTC, no time zone surprises), and what the official calendar knows:
// lunar dates, solar terms and working days (weekends, public holidays and 调休 make-up days) come from the
// maintained `chinese-days` package (its lunar tables cover 1901-2099; its holiday tables the years the State
// Council has published, weekends alone after them).
import chineseDays from 'chinese-days';

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

export const LUNAR_FIRST_YEAR = 1901;
export const LUNAR_LAST_YEAR = 2099;

/** The solar date of a lunar date (month, day) in lunar year `year`; undefined outside 1901-2099. */
export function lunarToSolar(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR) return undefined;
  try {
    return chineseDays.getSolarDateFromLunar(formatDate(year, month, day)).date;
  } catch {
    return undefined;
  }
}

/** 春节 (正月初一) of a Gregorian year, or undefined outside 1901-2099. */
export function lunarNewYear(year: number): string | undefined {
  return lunarToSolar(year, 1, 1);
}

/** 元宵 (正月十五). */
export function lanternFestival(year: number): string | undefined {
  return lunarToSolar(year, 1, 15);
}

/** Solar terms the engine names (清明 falls on 4-6 April). */
export type SolarTermName = 'pure_brightness';

/** The day a solar term begins in a year (in the month it falls in), or undefined. */
export function solarTermDate(year: number, month: number, term: SolarTermName): string | undefined {
  if (!Number.isInteger(year) || year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR) return undefined;
  try {
    return chineseDays.getSolarTermDate(year, month, term);
  } catch {
    return undefined;
  }
}

/** The `count`-th working day after `date` by the official calendar (10个工作日内 from 2026-12-15: 2026-12-29). */
export function addWorkingDays(date: string, count: number): string | undefined {
  try {
    return chineseDays.findWorkday(count, date);
  } catch {
    return undefined;
  }
}
