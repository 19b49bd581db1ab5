// Deadlines counted from the reference date (the meeting or publish date), as corpus/README.md states them:
//   本周五前 / 下周一前      that weekday of this or next week (Monday-first weeks)
//   30日内 / 30天内 / 一周内 the reference date plus N days (a week is 7)
//   10个工作日内             the N-th working day after it, by the official calendar (lunar.ts addWorkingDays)
//   3个月内                  the same day N months later (the month's last day when shorter)
//   会后一周内, 通知印发后10日内: the same, counted from the meeting or document (= the reference date)
// Both directions: resolveRelative() reads one expression; findRelative() finds them in running text.
import { COUNTED_ENDS, COUNTED_FROM, COUNTED_NOT_AFTER, COUNTED_UNITS, RELATIVE_WEEKS, TRAILING_PARTICLES, WEEKDAYS } from './lexicon/deadlines';
import { addDays, addWorkingDays, daysInMonth, formatDate } from './lunar';
import { parseSmallNumber } from './numerals';
import type { ResolvedDeadline } from './deadlines';
import { alternation as alt } from './patterns';

const END_PARTICLES = Object.keys(TRAILING_PARTICLES).filter((p) => TRAILING_PARTICLES[p] === 'end');

const WEEK = `(?<week>${alt(Object.keys(RELATIVE_WEEKS))})(?<weekday>[${Object.keys(WEEKDAYS).join('')}])(?<weekPost>${alt(END_PARTICLES)})?`;
const COUNT_NUMBER = '(?:[0-9０-９]{1,3}|[一二三四五六七八九十两]{1,3})';
const COUNTED = `(?<from>${alt(COUNTED_FROM)})?[ \\u3000]?(?<count>${COUNT_NUMBER})[ \\u3000]?(?<unit>${alt(Object.keys(COUNTED_UNITS))})(?<end>${alt(COUNTED_ENDS)})`;
const WHOLE = new RegExp(`^(?:${WEEK}|${COUNTED})$`);
const GLOBAL = new RegExp(`${WEEK}|${COUNTED}`, 'g');

function parseCount(raw: string): number | null {
  if (raw === '两') return 2;
  const digits = raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /^[0-9]+$/.test(digits) ? Number(digits) : parseSmallNumber(raw);
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = m - 1 + months;
  const year = y + Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatDate(year, month, Math.min(d, daysInMonth(year, month)));
}

function dueOf(g: Record<string, string | undefined>, referenceDate: string): string | undefined {
  if (g.week) {
    const [y, m, d] = referenceDate.split('-').map(Number);
    const weekday = ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1; // Monday = 1
    return addDays(referenceDate, 7 * (RELATIVE_WEEKS[g.week] ?? 0) + (WEEKDAYS[g.weekday!] ?? 7) - weekday);
  }
  const count = parseCount(g.count ?? '');
  const unit = COUNTED_UNITS[g.unit ?? ''];
  if (!count || count > 400 || !unit) return undefined;
  if ('workingDays' in unit) return addWorkingDays(referenceDate, count);
  if ('months' in unit) return addMonths(referenceDate, count * unit.months);
  return addDays(referenceDate, count * unit.days);
}

/** A deadline counted from the reference date (YYYY-MM-DD), or null when `expression` is not one. */
export function resolveRelative(expression: string, referenceDate: string): ResolvedDeadline | null {
  const m = WHOLE.exec(expression.trim());
  if (!m || !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) return null;
  const due = dueOf(m.groups ?? {}, referenceDate);
  return due ? { kind: 'date', due } : null;
}

/** Counted and weekday deadlines in running text: [start, end) with their due dates. Linear (bounded pattern). */
export function findRelative(text: string, referenceDate: string): Array<{ start: number; end: number; due: string }> {
  const out: Array<{ start: number; end: number; due: string }> = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) return out;
  for (const m of text.matchAll(GLOBAL)) {
    const g = m.groups ?? {};
    // 近30日内, 每周五前: a past span or a schedule, not a deadline
    const before = text.slice(Math.max(0, m.index - 4), m.index).replace(/[ \u3000]+$/, '');
    if (!g.week && !g.from && COUNTED_NOT_AFTER.some((w) => before.endsWith(w))) continue;
    // a bare weekday needs 前 to be a deadline (下周一召开 is an event)
    if (g.week && !g.weekPost) continue;
    const due = dueOf(g, referenceDate);
    if (due) out.push({ start: m.index, end: m.index + m[0].length, due });
  }
  return out;
}
