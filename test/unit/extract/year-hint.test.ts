// The year of a speech from its paired dates (lib/extract/year-hint.ts). Every expected year was checked by hand:
// weekdays with Python's calendar (`datetime.date(2023, 3, 6).strftime('%A')` → Monday; 2017-03-06 and 2028-03-06
// Monday too; 2011-03-06 Sunday; 2011-02-17 Thursday; 2030-02-17 Sunday), lunar dates against published Chinese
// calendars (春节 2011-02-03 and 2030-02-03, so 元宵 = 正月十五 falls on 17 February in both; 春节 2024-02-10, so
// 2024-02-17 is 正月初八 and 除夕 2024-02-09; 2023 had a leap second month, 闰二月初一 = 2023-03-22).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Solar } from 'lunar-typescript';
import { describe, expect, test } from 'vitest';
import { resolveDeadline } from '../../../lib/extract/deadlines';
import { adjustReferenceDate, findPairedDates, fitsYear, mayBeLunarDay, parsePairing, yearFromPairedDates } from '../../../lib/extract/year-hint';
import chineseDays from 'chinese-days';
import { addDays, lunarNewYear, solarToLunar } from '../../../lib/extract/lunar';

const SEED = readFileSync(join(import.meta.dirname, '../../../corpus/seed/000_df3268c7679847d0.txt'), 'utf8');

describe('reading the pairings', () => {
  test('weekdays, lunar dates, festivals and 除夕', () => {
    expect(parsePairing('星期一')).toEqual({ kind: 'weekday', weekday: 1 });
    expect(parsePairing('周日')).toEqual({ kind: 'weekday', weekday: 0 });
    expect(parsePairing('礼拜天')).toEqual({ kind: 'weekday', weekday: 0 });
    expect(parsePairing('正月十五')).toEqual({ kind: 'lunar', month: 1, day: 15, leap: false });
    expect(parsePairing('农历腊月廿三')).toEqual({ kind: 'lunar', month: 12, day: 23, leap: false });
    expect(parsePairing('闰二月十一')).toEqual({ kind: 'lunar', month: 2, day: 11, leap: true });
    expect(parsePairing('冬月初十')).toEqual({ kind: 'lunar', month: 11, day: 10, leap: false });
    expect(parsePairing('八月二十')).toEqual({ kind: 'lunar', month: 8, day: 20, leap: false });
    expect(parsePairing('元宵节')).toEqual({ kind: 'lunar', month: 1, day: 15, leap: false });
    expect(parsePairing('中秋')).toEqual({ kind: 'lunar', month: 8, day: 15, leap: false });
    expect(parsePairing('除夕')).toEqual({ kind: 'eve' });
  });

  test('words that are not a pairing', () => {
    for (const word of ['上午', '暂定', '正月', '十五', '星期八', '正月十五前', '第一季度', '含']) expect(parsePairing(word)).toBeUndefined();
  });

  test('finds solar dates written with a pairing, either order, full-width too; not dates that carry their year', () => {
    const text =
      '对已基本完成的项目,2月17日(正月十五)后要抓紧开工;3月6日（星期一）召开调度会;元宵节(2月17日)前完成摸底;' +
      '２月１７日（正月十五，星期四）;2023年3月6日(星期一)已开会;3月6日(暂定)再议;5月1日前完成。';
    const found = findPairedDates(text).map((p) => [p.text, p.month, p.day, p.pairings.length]);
    expect(found).toEqual([
      ['2月17日(正月十五)', 2, 17, 1],
      ['3月6日（星期一）', 3, 6, 1],
      ['元宵节(2月17日)', 2, 17, 1],
      ['２月１７日（正月十五，星期四）', 2, 17, 2],
    ]);
  });

  test('fitsYear: the date must exist and every pairing hold', () => {
    const [lantern] = findPairedDates('2月17日(正月十五)');
    expect([2011, 2024, 2030].map((y) => fitsYear(lantern, y))).toEqual([true, false, true]);
    const [leapDay] = findPairedDates('2月29日(星期四)');
    expect(fitsYear(leapDay, 2024)).toBe(true); // 2024-02-29 was a Thursday
    expect(fitsYear(leapDay, 2023)).toBe(false); // no 29 February
  });
});

describe('yearFromPairedDates', () => {
  test('2月17日(正月十五) fits 2011 and 2030: a 2024 page is from 2011, a page dated after 2030 from 2030', () => {
    const text = '对部分前期工作相对简单、目前已经基本完成的项目,2月17日(正月十五)后要抓紧开工;';
    expect(yearFromPairedDates(text, '2024-03-01')).toBe(2011);
    expect(yearFromPairedDates(text, '2023-11-25')).toBe(2011);
    expect(yearFromPairedDates(text, '2031-01-10')).toBe(2030);
    // a date up to a year ahead of the reference counts (a speech plans ahead): 2030-02-17 is 261 days after
    expect(yearFromPairedDates(text, '2029-06-01')).toBe(2030);
    expect(yearFromPairedDates(text, '2011-02-17')).toBe(2011);
  });

  test('the seed speech (uploaded 2023-11-25) is from 2011', () => {
    expect(yearFromPairedDates(SEED, '2023-11-25')).toBe(2011);
  });

  test('3月6日(星期一): Monday in 2017, 2023 and 2028; the one nearest the reference date, not more than a year ahead', () => {
    const text = '3月6日(星期一)上午召开全县项目建设调度会。';
    expect(yearFromPairedDates(text, '2024-03-01')).toBe(2023);
    expect(yearFromPairedDates(text, '2023-03-06')).toBe(2023);
    expect(yearFromPairedDates(text, '2027-12-01')).toBe(2028);
    expect(yearFromPairedDates(text, '2020-01-01')).toBe(2017);
  });

  test('two pairings in one bracket must both hold: (正月十五,星期四) is 2011 only, (正月十五,星期日) is 2030 only', () => {
    expect(yearFromPairedDates('2月17日(正月十五,星期四)', '2024-03-01')).toBe(2011);
    expect(yearFromPairedDates('2月17日(正月十五,星期日)', '2031-01-01')).toBe(2030);
    // 2030 is more than a year after a 2024 reference date, and 2011-02-17 was a Thursday: nothing fits
    expect(yearFromPairedDates('2月17日(正月十五,星期日)', '2024-03-01')).toBeUndefined();
  });

  test('several pairs: the year most of them fit', () => {
    // 2011: 2月17日 is 正月十五 and 3月6日 a Sunday; a stray 4月1日(星期一) fits 2024, nearer, but alone
    const text = '2月17日(正月十五)后要抓紧开工;3月6日(星期日)前报送名单;4月1日(星期一)检查。';
    expect(yearFromPairedDates(text, '2024-06-01')).toBe(2011);
  });

  test('除夕 and a leap month', () => {
    expect(yearFromPairedDates('2月9日(除夕)前发放到位', '2024-06-01')).toBe(2024);
    expect(yearFromPairedDates('4月1日(农历闰二月十一)', '2024-06-01')).toBe(2023);
  });

  test('no pairing, a dated pairing, a bad reference date: undefined', () => {
    expect(yearFromPairedDates('各乡镇要在6月底前完成项目申报。', '2024-03-01')).toBeUndefined();
    expect(yearFromPairedDates('2023年3月6日(星期一)召开调度会。', '2024-03-01')).toBeUndefined();
    expect(yearFromPairedDates('3月6日(星期一)', 'soon')).toBeUndefined();
    expect(yearFromPairedDates('3月6日(星期一)', '2024-02-30')).toBeUndefined();
  });
});

describe('the search order does not change the answer', () => {
  test('weekday pairs: the same year as a plain scan of every year for the nearest fitting date', () => {
    const DAY = 86_400_000;
    const weekdays = '日一二三四五六';
    for (const reference of ['2024-03-01', '2019-12-31', '2031-07-15']) {
      const ref = Date.parse(`${reference}T00:00:00Z`);
      const refYear = Number(reference.slice(0, 4));
      for (const [month, day] of [[1, 2], [3, 6], [7, 1], [12, 30]]) {
        for (let w = 0; w < 7; w++) {
          // plain scan: every year from 60 back to 1 ahead, date not more than 366 days after the reference, nearest
          let expected: number | undefined;
          let bestDistance = Infinity;
          for (let y = refYear + 1; y >= refYear - 60; y--) {
            const t = Date.UTC(y, month - 1, day);
            if (new Date(t).getUTCDay() !== w || (t - ref) / DAY > 366) continue;
            if (Math.abs(t - ref) < bestDistance) [expected, bestDistance] = [y, Math.abs(t - ref)];
          }
          expect([reference, month, day, w, yearFromPairedDates(`${month}月${day}日(星期${weekdays[w]})`, reference)]).toEqual([reference, month, day, w, expected]);
        }
      }
    }
  });
});

describe('adjustReferenceDate', () => {
  const text = '2月17日(正月十五)后要抓紧开工,6月底前全部完工。';

  test('moves the reference date into the fitting year, no later than the paired date', () => {
    expect(adjustReferenceDate(text, '2024-03-01')).toBe('2011-02-17');
    expect(adjustReferenceDate(text, '2024-01-05')).toBe('2011-01-05');
    // 29 February into a common year; 3月6日(星期一) fits 2023
    expect(adjustReferenceDate('3月6日(星期一)', '2024-02-29')).toBe('2023-02-28');
  });

  test('unchanged when nothing fits or nothing is paired', () => {
    expect(adjustReferenceDate('6月底前全部完工。', '2024-03-01')).toBe('2024-03-01');
    expect(adjustReferenceDate('2月17日(正月十五,星期日)', '2024-03-01')).toBe('2024-03-01');
  });

  test("with the adjusted date the engine puts the text's deadlines in the speech's year", () => {
    const reference = adjustReferenceDate(text, '2024-03-01');
    expect(resolveDeadline('2月17日(正月十五)后', reference)?.due).toBe('2011-02-17');
    expect(resolveDeadline('6月底前', reference)?.due).toBe('2011-06-30');
  });
});

describe('the moon-age pre-test never rejects a date lunar-typescript confirms', () => {
  test('every 3rd day of 1964-2034 (about 8,600 dates)', () => {
    const misses: string[] = [];
    const start = Date.UTC(1964, 0, 1);
    for (let t = start; t < Date.UTC(2035, 0, 1); t += 3 * 86_400_000) {
      const d = new Date(t);
      const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      const lunarDay = Solar.fromYmd(y, m, day).getLunar().getDay();
      if (!mayBeLunarDay(y, m, day, lunarDay)) misses.push(`${y}-${m}-${day} (${lunarDay})`);
    }
    expect(misses).toEqual([]);
  });
});

// Lunar dates now come from chinese-days (lib/extract/lunar.ts solarToLunar). Lunar values below are from the
// published calendars named at the top of this file; weekdays from Python's calendar (1900-03-06 Tuesday,
// 2100-03-06 Saturday); 中秋 1996 = 27 September 1996 by the Hong Kong Observatory's calendar (六月初一 1996-07-16,
// 八月初一 1996-09-13).
describe('lunar dates from chinese-days', () => {
  test('solarToLunar: 元宵 2011, a leap month, 除夕 as 腊月三十 of the year before, no date outside 1901-2099', () => {
    expect(solarToLunar(2011, 2, 17)).toEqual({ year: 2011, month: 1, day: 15, leap: false });
    expect(solarToLunar(2023, 3, 22)).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(solarToLunar(2024, 2, 17)).toEqual({ year: 2024, month: 1, day: 8, leap: false });
    expect(solarToLunar(2024, 2, 9)).toEqual({ year: 2023, month: 12, day: 30, leap: false });
    expect(solarToLunar(2023, 2, 29)).toBeUndefined();
    expect(solarToLunar(1900, 12, 31)).toBeUndefined();
    expect(solarToLunar(2100, 1, 1)).toBeUndefined();
  });

  test('a leap month is not the month it repeats: 2023-04-01 is 闰二月十一, not 二月十一', () => {
    const [leap] = findPairedDates('4月1日(闰二月十一)');
    const [plain] = findPairedDates('4月1日(二月十一)');
    expect([fitsYear(leap, 2023), fitsYear(plain, 2023)]).toEqual([true, false]);
  });

  test('outside 1901-2099 a lunar pairing fits no year; a weekday still does', () => {
    const [lantern] = findPairedDates('2月17日(正月十五)');
    expect([1900, 2100].map((y) => fitsYear(lantern, y))).toEqual([false, false]);
    const [tuesday] = findPairedDates('3月6日(星期二)');
    expect(fitsYear(tuesday, 1900)).toBe(true);
    const [saturday] = findPairedDates('3月6日(星期六)');
    expect(fitsYear(saturday, 2100)).toBe(true);
  });

  test('除夕 of every lunar year 1902-2099 (the day before chinese-days\' 春节) passes the pre-test and fits', () => {
    const misses: string[] = [];
    for (let year = 1902; year <= 2099; year++) {
      const eve = addDays(lunarNewYear(year)!, -1);
      const [y, m, d] = eve.split('-').map(Number);
      const [pair] = findPairedDates(`${m}月${d}日(除夕)`);
      if (!mayBeLunarDay(y, m, d, 30) || !fitsYear(pair, y)) misses.push(eve);
    }
    expect(misses).toEqual([]);
  });

  test('the moon-age pre-test never rejects a date chinese-days confirms: every day of 1901-2099', () => {
    const misses: string[] = [];
    for (let t = Date.UTC(1901, 0, 1); t <= Date.UTC(2099, 11, 31); t += 86_400_000) {
      const d = new Date(t);
      const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      const lunarDay = chineseDays.getLunarDate(d.toISOString().slice(0, 10)).lunarDay;
      if (!mayBeLunarDay(y, m, day, lunarDay)) misses.push(`${y}-${m}-${day} (${lunarDay})`);
    }
    expect(misses).toEqual([]);
  });

  // chinese-days 1.5.7 puts 八月十五 1996 on 26 September. This test is expected to fail until its table is
  // corrected; when vitest reports it as passing unexpectedly, make it a plain test.
  test.fails('9月27日(中秋) fits 1996 (known slip in chinese-days)', () => {
    expect(yearFromPairedDates('9月27日(中秋)', '1997-01-01')).toBe(1996);
  });
});
