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

/** A date of the Chinese lunar calendar: lunar year, month (1-12), day (1-30), and whether the month is a leap one (闰月). */
export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/**
 * The lunar date of the solar date year-month-day (`solarToLunar(2011, 2, 17)` → 2011 正月十五:
 * `{ year: 2011, month: 1, day: 15, leap: false }`), or undefined for a date that does not exist or lies outside
 * 1901-2099. From chinese-days' tables, whose lunar day is one off the Hong Kong Observatory's calendar from
 * 1996-07-15 to 1996-08-13, from 1996-09-12 to 1996-10-11 and from 2060-04-30 to 2060-05-29 (chinese-days 1.5.7
 * still holds the 1996 and 2060 year entries that other copies of the same table corrected in 2018).
 */
export function solarToLunar(year: number, month: number, day: number): LunarDate | undefined {
  if (!Number.isInteger(year) || year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  const lunar = chineseDays.getLunarDate(formatDate(year, month, day));
  return { year: lunar.lunarYear, month: lunar.lunarMon, day: lunar.lunarDay, leap: lunar.isLeap };
}
