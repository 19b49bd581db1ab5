// The year of a speech read from the speech itself: a solar date written with its lunar name or its weekday
// (`2月17日(正月十五)`, `3月6日(星期一)`, `正月十五(2月17日)`) fits only some years; the one nearest the
// reference date is the year the text was written in. Issue 11 item 4: `2月17日(正月十五)` fits 2011 and 2030
// (元宵 fell on 17 February in those years), not 2024, the year the page was uploaded.
//
// Lunar dates come from the `chinese-days` package through lib/extract/lunar.ts (its tables cover 1901-2099: a
// lunar pairing fits no year outside them); weekdays from Date.UTC.
import { solarToLunar } from './lunar';

/** What a solar date is paired with: a weekday (0 = Sunday … 6), a lunar month/day, or 除夕 (the last day of the lunar year). */
export type Pairing =
  | { kind: 'weekday'; weekday: number }
  | { kind: 'lunar'; month: number; day: number; leap: boolean }
  | { kind: 'eve' };

export interface PairedDate {
  /** offset of the match in the text, and the matched text */
  index: number;
  text: string;
  /** the solar month (1-12) and day (1-31), without a year */
  month: number;
  day: number;
  /** all must fit: `(正月十五,星期四)` pairs both */
  pairings: Pairing[];
}

/** How far back a speech's year is looked for, in years before the reference date's year. */
export const LOOK_BACK_YEARS = 60;
/** A speech names dates at most this many days after the reference date (the page's upload date comes after the speech). */
export const MAX_DAYS_AHEAD = 366;

const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 七: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const LUNAR_MONTHS: Record<string, number> = {
  正: 1, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 冬: 11, 十二: 12, 腊: 12,
};
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** Festivals on a fixed lunar date (除夕 is handled apart: the 29th or 30th of the 12th month). */
const FESTIVALS: Record<string, [number, number]> = {
  春节: [1, 1], 元宵: [1, 15], 元宵节: [1, 15], 端午: [5, 5], 端午节: [5, 5], 七夕: [7, 7], 七夕节: [7, 7],
  中元节: [7, 15], 中秋: [8, 15], 中秋节: [8, 15], 重阳: [9, 9], 重阳节: [9, 9], 腊八: [12, 8], 腊八节: [12, 8],
};

/** 初一…初十, 十一…十九, 二十, 廿一…廿九 (or 二十一…), 三十; undefined for anything else. */
function lunarDay(s: string): number | undefined {
  let m = /^初([一二三四五六七八九十])$/.exec(s);
  if (m) return m[1] === '十' ? 10 : DIGITS[m[1]];
  if (s === '十') return 10; // 正月十 is rare but unambiguous
  if (s === '二十') return 20;
  if (s === '三十') return 30;
  m = /^(十|廿|二十)([一二三四五六七八九])$/.exec(s);
  if (m) return (m[1] === '十' ? 10 : 20) + DIGITS[m[2]];
  return undefined;
}

/** One pairing word: 星期一 / 周日 / 礼拜天, 正月十五 / 农历闰二月初三 / 腊月廿三, 元宵节 / 除夕; undefined if it is none. */
export function parsePairing(word: string): Pairing | undefined {
  const w = word.replace(/^(?:农历|阴历)/, '');
  let m = /^(?:星期|周|礼拜)([日天七一二三四五六])$/.exec(w);
  if (m) return { kind: 'weekday', weekday: WEEKDAYS[m[1]] };
  if (w === '除夕' || w === '大年三十') return { kind: 'eve' };
  const festival = FESTIVALS[w];
  if (festival) return { kind: 'lunar', month: festival[0], day: festival[1], leap: false };
  m = /^(闰)?(正|十一|十二|冬|腊|[一二三四五六七八九十])月(.{1,3})$/.exec(w);
  if (m) {
    const day = lunarDay(m[3]);
    if (day !== undefined) return { kind: 'lunar', month: LUNAR_MONTHS[m[2]], day, leap: m[1] === '闰' };
  }
  return undefined;
}

const fold = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

// `2月17日(正月十五)`: no year before the month (a dated `2023年3月6日(星期一)` needs no hint); the bracket holds
// one or more pairing words separated by commas, 、 or spaces.
const SOLAR_FIRST = /(?<![0-9０-９年/.-])([0-9０-９]{1,2})月([0-9０-９]{1,2})[日号]\s*[(（]\s*([^()（）\n]{2,20}?)\s*[)）]/g;
// `正月十五(2月17日)`, `星期一（3月6日）`
const PAIRING_FIRST =
  /((?:农历|阴历)?闰?(?:正|十一|十二|冬|腊|[一二三四五六七八九十])月(?:初[一二三四五六七八九十]|[十廿][一二三四五六七八九]|二十[一二三四五六七八九]?|三十|十)|(?:星期|周|礼拜)[日天七一二三四五六]|春节|元宵节?|端午节?|七夕节?|中元节|中秋节?|重阳节?|腊八节?|除夕)\s*[(（]\s*([0-9０-９]{1,2})月([0-9０-９]{1,2})[日号]\s*[)）]/g;

/** At most this many pairs are read from one text (they are rare; this bounds the work on odd pages). */
const MAX_PAIRS = 20;

/** Every solar date in the text written with its weekday, lunar date or festival, in text order. */
export function findPairedDates(text: string): PairedDate[] {
  const found: PairedDate[] = [];
  const add = (index: number, whole: string, month: number, day: number, words: string[]) => {
    if (month < 1 || month > 12 || day < 1 || day > 31) return;
    const pairings = words.map(parsePairing);
    if (pairings.length === 0 || pairings.some((p) => p === undefined)) return;
    found.push({ index, text: whole, month, day, pairings: pairings as Pairing[] });
  };
  for (const m of text.matchAll(SOLAR_FIRST)) {
    add(m.index, m[0], Number(fold(m[1])), Number(fold(m[2])), m[3].split(/[,，、\s]+/).filter(Boolean));
  }
  for (const m of text.matchAll(PAIRING_FIRST)) {
    add(m.index, m[0], Number(fold(m[2])), Number(fold(m[3])), [m[1]]);
  }
  return found.sort((a, b) => a.index - b.index).slice(0, MAX_PAIRS);
}

const DAY_MS = 86_400_000;
const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
const isValidDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;

// A cheap first test for lunar pairings (chinese-days walks its year table from 1900, about 15 µs a date): a lunar
// day is the moon's age (days since new moon) plus one, so a year whose date is far from that age cannot fit. Mean
// synodic month and mean new moon of 2000-01-06 14:21 (JDE 2451550.09766; Meeus, Astronomical Algorithms,
// eq. 49.1). At noon (China time) of lunar day D the true moon's age is within half a day of D - 1, and the true
// new moon within about 15 hours of the mean one, so 1.5 days of slack never rejects a year that fits (over every
// day of 1901-2099 the largest gap to chinese-days' lunar day is 1.08; test/unit/extract/year-hint.test.ts checks
// every day of those years). chinese-days decides.
const SYNODIC_DAYS = 29.530588861;
const MEAN_NEW_MOON_2000 = Date.UTC(2000, 0, 6, 14, 21) / DAY_MS;
export function mayBeLunarDay(y: number, m: number, d: number, lunarDayWanted: number): boolean {
  const noonChina = dayNumber(y, m, d) + 0.5 - 8 / 24;
  const age = (((noonChina - MEAN_NEW_MOON_2000) % SYNODIC_DAYS) + SYNODIC_DAYS) % SYNODIC_DAYS;
  const diff = Math.abs(age + 1 - lunarDayWanted);
  return Math.min(diff, SYNODIC_DAYS - diff) <= 1.5;
}

function fitsPairing(p: Pairing, y: number, m: number, d: number): boolean {
  if (p.kind === 'weekday') return new Date(Date.UTC(y, m - 1, d)).getUTCDay() === p.weekday;
  if (p.kind === 'eve') {
    // 除夕 is the day before 正月初一 (the 29th or the 30th of 腊月)
    if (!mayBeLunarDay(y, m, d, 30)) return false;
    const next = new Date(Date.UTC(y, m - 1, d + 1));
    const lunar = solarToLunar(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
    return lunar !== undefined && lunar.month === 1 && lunar.day === 1 && !lunar.leap;
  }
  if (!mayBeLunarDay(y, m, d, p.day)) return false;
  const lunar = solarToLunar(y, m, d);
  return lunar !== undefined && lunar.day === p.day && lunar.month === p.month && lunar.leap === p.leap;
}

/** Whether the paired date exists in `year` and every pairing holds on it. */
export function fitsYear(pair: PairedDate, year: number): boolean {
  // weekdays first: they cost nothing and rule out six years in seven
  const ordered = [...pair.pairings].sort((a, b) => (a.kind === 'weekday' ? 0 : 1) - (b.kind === 'weekday' ? 0 : 1));
  return isValidDate(year, pair.month, pair.day) && ordered.every((p) => fitsPairing(p, year, pair.month, pair.day));
}

function parseReference(referenceDate: string): { y: number; m: number; d: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(referenceDate);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? { y, m: mo, d } : undefined;
}

interface YearChoice {
  year: number;
  /** the pairs that fit that year */
  fitting: PairedDate[];
}

function chooseYear(text: string, referenceDate: string): YearChoice | undefined {
  const ref = parseReference(referenceDate);
  if (!ref) return undefined;
  const pairs = findPairedDates(text);
  if (pairs.length === 0) return undefined;
  const refDay = dayNumber(ref.y, ref.m, ref.d);
  // nearest years first (the reference year, the next, then back in time), so that the search can stop early
  const years = [ref.y, ref.y + 1];
  for (let year = ref.y - 1; year >= ref.y - LOOK_BACK_YEARS; year--) years.push(year);
  let best: (YearChoice & { distance: number }) | undefined;
  for (const year of years) {
    if (best && best.fitting.length === pairs.length) {
      // every pair fits the best year: a year whose dates all lie farther from the reference cannot beat it
      const nearest = year < ref.y ? refDay - dayNumber(year, 12, 31) : year > ref.y ? dayNumber(year, 1, 1) - refDay : 0;
      if (nearest > best.distance) {
        if (year < ref.y) break; // the years after this one lie farther back still
        continue;
      }
    }
    const fits = new Map<string, boolean>(); // the same pairing repeated (a page holding copies) is tested once
    const fitting = pairs.filter((p) => {
      if (dayNumber(year, p.month, p.day) - refDay > MAX_DAYS_AHEAD) return false;
      const key = `${p.month}-${p.day}-${JSON.stringify(p.pairings)}`;
      if (!fits.has(key)) fits.set(key, fitsYear(p, year));
      return fits.get(key)!;
    });
    if (fitting.length === 0) continue;
    const distance = Math.min(...fitting.map((p) => Math.abs(dayNumber(year, p.month, p.day) - refDay)));
    // most pairs fitting first; then nearest the reference date; then the later year
    const better =
      !best ||
      fitting.length > best.fitting.length ||
      (fitting.length === best.fitting.length && (distance < best.distance || (distance === best.distance && year > best.year)));
    if (better) best = { year, fitting, distance };
  }
  return best && { year: best.year, fitting: best.fitting };
}

/**
 * The year the text's paired dates fit (`2月17日(正月十五)` → 2011 for a reference date in 2024), or undefined when
 * the text pairs no date, no year fits, or `referenceDate` is not a valid YYYY-MM-DD.
 *
 * Years from LOOK_BACK_YEARS before the reference year to the next year are tried; a paired date more than
 * MAX_DAYS_AHEAD after the reference date does not count (a page is dated after the speech it holds). The year
 * that the most pairs fit wins; among those, the one whose paired date lies nearest the reference date.
 *
 * Lunar dates and 除夕 are read from chinese-days (lib/extract/lunar.ts solarToLunar), so a lunar pairing fits no
 * year before 1901 or after 2099, and inherits that table's known slips in 1996 and 2060 (see solarToLunar):
 * `9月27日(中秋)` does not fit 1996, though 中秋 fell on 27 September that year.
 */
export function yearFromPairedDates(text: string, referenceDate: string): number | undefined {
  return chooseYear(text, referenceDate)?.year;
}

/**
 * `referenceDate` (YYYY-MM-DD) moved into the year the paired dates fit: same month and day (29 February becomes
 * the 28th in a common year), and no later than the earliest fitting paired date, so that the engine, which puts
 * a date without a year at its first occurrence on or after the reference date, resolves the paired dates
 * themselves into that year. Returned unchanged when no year fits.
 *
 * `adjustReferenceDate('…2月17日(正月十五)后要抓紧开工…', '2024-03-01')` → `'2011-02-17'`.
 */
export function adjustReferenceDate(text: string, referenceDate: string): string {
  const choice = chooseYear(text, referenceDate);
  const ref = parseReference(referenceDate);
  if (!choice || !ref) return referenceDate;
  const day = isValidDate(choice.year, ref.m, ref.d) ? ref.d : ref.d - 1;
  const moved = dayNumber(choice.year, ref.m, day);
  const earliest = Math.min(...choice.fitting.map((p) => dayNumber(choice.year, p.month, p.day)));
  return new Date(Math.min(moved, earliest) * DAY_MS).toISOString().slice(0, 10);
}
