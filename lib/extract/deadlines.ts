// Deadlines (完成时限): finds time expressions that say by when a task must be done, and resolves them to dates.
// The words and cue lists are data in ./lexicon/deadlines.ts; this file holds only the matching and resolution.
// Linear time: one regex pass whose quantifiers are all bounded, then a bounded context window per match.
import {
  DEADLINE_FIELD_LABELS,
  DEADLINE_LEADS,
  DIRECTIVE_CUES,
  DIRECTIVE_FALSE_FRIENDS,
  EVENT_DEADLINES,
  EXPLICIT_YEAR_PARTS,
  FESTIVALS,
  MONTH_PARTS,
  NEGATIVE_AFTER,
  NEGATIVE_AFTER_BARE,
  NEGATIVE_BEFORE,
  ONGOING_PHRASES,
  FIELD_VALUE_MAX,
  PAGE_DATE_LABELS,
  QUARTER_NEGATIVE_BEFORE,
  QUARTER_NUMERALS,
  RANGE_CONNECTORS,
  RECURRING_NEGATIVE_BEFORE,
  RECURRING_ONCE_AFTER,
  SCHEDULED_ACTS_AFTER,
  WEAK_TRAIL_PLAN_VERBS,
  RECURRING_UNITS,
  DAY_TIME,
  RELATIVE_MONTHS,
  RELATIVE_YEARS,
  REPORT_CUES,
  REPORT_FALSE_FRIENDS,
  TRAILING_PARTICLES,
  WEAK_ATTRIBUTIVE_AFTER,
  WEAK_LEAD_CUES,
  WEAK_TRAIL_CUES,
  WEAK_YEAR_PARTS,
  YEAR_PARTS,
} from './lexicon/deadlines';
import { addDays, daysInMonth, formatDate, lunarToSolar, solarTermDate } from './lunar';
import { PLACEHOLDER_CHARS, parseSmallNumber } from './numerals';
import { alternation, byLength } from './patterns';
import { resolveRelative } from './relative';
import type { DeadlineKind, Span } from './types';
import { endsWithAny, startsWithAny } from './wordlist';
import { UNIT_FIELD_LABELS } from './lexicon/units';

/** 20xx, ×, xx: a number with any placeholder digit is a placeholder. */
const hasPlaceholderDigit = (value: string) => [...value].some((ch) => PLACEHOLDER_CHARS.includes(ch));

export interface ResolvedDeadline {
  kind: DeadlineKind;
  due?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// The expression grammar, built from the lexicon. Every quantifier is bounded, so a match attempt costs O(1).

const SPACE = '[ \\u3000]?';
const NUMBER = '(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[xX×ｘＸ＊*]{1,2})';
const YEAR_NUMBER = '(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4}|20[xX×ｘＸ]{2}|[xX×ｘＸ]{4})';
const MONTH_PART_WORDS = alternation(Object.keys(MONTH_PARTS));
// PDF debris may put a space between any two characters of a year part (年 底 前)
const YEAR_PART_WORDS = alternation(new Set([...Object.keys(YEAR_PARTS), ...Object.keys(EXPLICIT_YEAR_PARTS)]))
  .split('|')
  .map((w) => [...w].join(SPACE))
  .join('|');
const PARTICLES = alternation(Object.keys(TRAILING_PARTICLES));
const END_PARTICLES = Object.keys(TRAILING_PARTICLES).filter((p) => TRAILING_PARTICLES[p] === 'end');

const RECURRING =
  `(?<every>每)${SPACE}(?:` +
  `(?<everyWeek>周|星期)(?<weekday>[一二三四五六日天])?` +
  `|(?<everyUnit>${alternation(RECURRING_UNITS.filter((u) => u !== '周'))})` +
  `(?:${SPACE}(?<everyPart>${DAY_TIME}|${NUMBER}${SPACE}月${SPACE}(?:${NUMBER}${SPACE}[日号]|${MONTH_PART_WORDS})?|${MONTH_PART_WORDS}|${NUMBER}${SPACE}[日号]))?` +
  ')' +
  `(?:${SPACE}(?<everyPost>${alternation(END_PARTICLES)}))?`;

const DATED =
  `(?<lead>${alternation(DEADLINE_LEADS)})?${SPACE}` +
  `(?<relYear>${alternation(Object.keys(RELATIVE_YEARS))})?${SPACE}` +
  `(?:(?<year>${YEAR_NUMBER})${SPACE}年${SPACE})?` +
  '(?:' +
  `(?<month>${NUMBER})${SPACE}月${SPACE}(?:月(?=[底末]))?(?<fen>份)?${SPACE}(?:(?<day>${NUMBER})${SPACE}[日号]|(?<monthPart>${MONTH_PART_WORDS}))?` +
  `|(?<relMonth>${alternation(Object.keys(RELATIVE_MONTHS))})(?:(?<relDay>${NUMBER})${SPACE}[日号]|(?<relMonthPart>${MONTH_PART_WORDS}|内))` +
  `|(?<yearPart>${YEAR_PART_WORDS})` +
  `|(?<quarterFirst>第)?(?<quarter>[一二三四1-4])${SPACE}季度(?<quarterEnd>末|底)?` +
  `|(?<festival>${alternation(Object.keys(FESTIVALS))})` +
  `|(?<event>${alternation(EVENT_DEADLINES)})(?=${SPACE}(?:${alternation(END_PARTICLES)}))` +
  `|(?<=年${SPACE})(?=${SPACE}(?:${alternation(END_PARTICLES)}))` +
  ')' +
  `(?:${SPACE}(?<paren>[(（][^()（）\\n]{1,10}[)）]))?` +
  `(?:${SPACE}(?<post>${PARTICLES}))?`;

const EXPRESSION_SOURCE = `${RECURRING}|${DATED}`;
const EXPRESSION_GLOBAL = new RegExp(EXPRESSION_SOURCE, 'g');
const EXPRESSION_WHOLE = new RegExp(`^(?:${EXPRESSION_SOURCE})$`);

type Groups = Record<string, string | undefined>;

type Strength = 'strong' | 'medium' | 'weak';

interface Parsed {
  kind: DeadlineKind;
  due?: string;
  strength: Strength;
  /** year, month and day all written, no particle: the shape of a document date */
  fullDate: boolean;
  hasParticle: boolean;
  recurring: boolean;
  /** a festival named without 前/后: a date, but in running text an event (春节期间), not a deadline */
  bareFestival: boolean;
  /** length of the match to keep (a parenthesis with no particle after it is dropped) */
  length: number;
}

interface RefDate {
  year: number;
  month: number;
  day: number;
  iso: string;
}

function parseReference(referenceDate: string): RefDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(referenceDate ?? '');
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day, iso: formatDate(year, month, day) };
    }
  }
  const now = new Date();
  const year = now.getFullYear();
  const month = now.getMonth() + 1;
  const day = now.getDate();
  return { year, month, day, iso: formatDate(year, month, day) };
}

function lastDayOf(year: number, month: number): string {
  return formatDate(year, month, daysInMonth(year, month));
}

/** Day a month part ends on, in a given year and month. */
function monthPartDate(year: number, month: number, part: string | undefined, day: number | null): string | undefined {
  if (day !== null) return day >= 1 && day <= daysInMonth(year, month) ? formatDate(year, month, day) : undefined;
  const end = part ? MONTH_PARTS[part] : 'last';
  if (end === undefined) return undefined;
  return end === 'last' ? lastDayOf(year, month) : formatDate(year, month, end);
}

function festivalDate(name: string, year: number): string | undefined {
  const rule = FESTIVALS[name];
  if (!rule) return undefined;
  if ('lunar' in rule) return lunarToSolar(year, rule.lunar[0], rule.lunar[1]);
  if ('solarTerm' in rule) return solarTermDate(year, rule.month, rule.solarTerm);
  return formatDate(year, rule.month, rule.day);
}

/** Interprets the groups of one match. Returns null when the match is not a well-formed deadline. */
function interpret(g: Groups, matchLength: number, ref: RefDate): Parsed | null {
  if (g.every) {
    // 每年 alone is a rate (每年新增…), not a time, unless an action once a year follows (每年开展一次…)
    const rate = g.everyUnit === '年' && !g.everyPart && !g.everyPost;
    return {
      kind: 'recurring',
      strength: rate ? 'weak' : g.everyPart || g.everyPost ? 'strong' : 'medium',
      fullDate: false,
      hasParticle: !!g.everyPost,
      recurring: true,
      bareFestival: false,
      length: matchLength,
    };
  }

  let length = matchLength;
  const post = g.post;
  // A parenthesis belongs to the deadline only between a date and its particle: 2月17日(正月十五)后.
  if (g.paren && !post) length = matchLength - g.paren.length;
  const particleKind = post ? TRAILING_PARTICLES[post] : undefined;
  const isStart = particleKind === 'start';
  const hasEndParticle = particleKind === 'end';

  const placeholders = [g.year, g.month, g.day].filter((v) => v !== undefined && hasPlaceholderDigit(v!));
  const isPlaceholderDate = placeholders.length > 0;

  let yearFixed: number | undefined;
  if (g.year && !hasPlaceholderDigit(g.year)) {
    const y = parseSmallNumber(g.year);
    if (y === null || y < 1900 || y > 2100) return null;
    yearFixed = y;
  }
  if (g.relYear) {
    if (g.year) return null; // 今年2025年 is not one expression
    yearFixed = ref.year + (RELATIVE_YEARS[g.relYear] ?? 0);
  }
  const hasYear = !!g.year || !!g.relYear;

  // dueIn(y): the deadline's date if it falls in Gregorian year y (or in the year the expression fixes).
  let dueIn: ((y: number) => string | undefined) | null = null;
  let strength: Strength = 'medium';
  let fullDate = false;
  let bareFestival = false;

  if (g.month !== undefined) {
    const monthIsChinese = /^[一二三四五六七八九十]+$/.test(g.month);
    // 一月/十月 alone are too often parts of words (统一月报); Chinese months need a part, a particle or a year.
    if (monthIsChinese && !g.day && !g.monthPart && !g.fen && !post && !hasYear) return null;
    if (isPlaceholderDate) {
      if (g.day && !hasPlaceholderDigit(g.day) && parseSmallNumber(g.day) === null) return null;
    } else {
      const month = parseSmallNumber(g.month);
      if (month === null || month < 1 || month > 12) return null;
      const day = g.day ? parseSmallNumber(g.day) : null;
      if (g.day && (day === null || day < 1 || day > 31)) return null;
      const part = g.monthPart;
      dueIn = (y) => monthPartDate(y, month, part, day);
      fullDate = !!g.year && day !== null && !post && !g.lead;
    }
  } else if (g.relMonth) {
    if (hasYear) return null;
    const offset = RELATIVE_MONTHS[g.relMonth] ?? 0;
    const monthIndex = ref.month - 1 + offset;
    const y = ref.year + Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    const part = g.relMonthPart === '内' ? '底' : g.relMonthPart;
    const relDay = g.relDay ? parseSmallNumber(g.relDay) : null;
    if (g.relDay && relDay === null) return null;
    const due = monthPartDate(y, month, part, relDay);
    return due ? finish(due) : null;
  } else if (g.yearPart) {
    const part = g.yearPart.replace(/[ \u3000]/g, '');
    const table = g.year ? EXPLICIT_YEAR_PARTS : YEAR_PARTS;
    const monthDay = table[part];
    if (!monthDay) return null;
    if (!g.year && WEAK_YEAR_PARTS.includes(part) && !post && !g.lead) strength = 'weak';
    if (g.year && isPlaceholderDate) {
      dueIn = null;
    } else {
      dueIn = (y) => `${y}-${monthDay}`;
    }
  } else if (g.quarter) {
    const q = QUARTER_NUMERALS[g.quarter];
    if (!q) return null;
    // 一季度 alone is often a reporting period; with a year (明年一季度, 2025年一季度) it names a time ahead
    if (!g.quarterEnd && !post && !g.lead && !hasYear) strength = 'weak';
    dueIn = (y) => lastDayOf(y, q * 3);
  } else if (g.festival) {
    // A festival named alone is an event (春节期间); in running text it is a deadline only with a particle.
    if (post === '内' || post === '以内' || post === '起') return null;
    bareFestival = !post;
    const name = g.festival;
    dueIn = (y) => {
      const day = festivalDate(name, y);
      if (!day) return undefined;
      return hasEndParticle ? addDays(day, -1) : day;
    };
  } else if (g.event) {
    // 汛期前: a deadline with no calendar date
    if (!hasEndParticle || hasYear) return null;
    return { kind: 'date', strength: 'strong', fullDate: false, hasParticle: true, recurring: false, bareFestival: false, length };
  } else {
    // Year with a particle only: 2025年前 ends on 31 Dec of that year.
    if (!g.year || !hasEndParticle) return null;
    if (isPlaceholderDate) dueIn = null;
    else dueIn = (y) => `${y}-12-31`;
  }

  let due: string | undefined;
  if (dueIn) {
    if (yearFixed !== undefined) due = dueIn(yearFixed);
    else {
      // No year: the first occurrence on or after the reference date.
      due = dueIn(ref.year);
      if (due === undefined || due < ref.iso) due = dueIn(ref.year + 1);
    }
    if (due === undefined) return null;
  }
  return finish(due);

  function finish(resolved: string | undefined): Parsed {
    const placeholder = resolved === undefined;
    // A lead (最迟) or a particle (前, 后) makes the expression a deadline in itself; 起 alone stays context-bound.
    if (g.lead || post) strength = post === '起' ? 'medium' : 'strong';
    return {
      kind: placeholder ? 'placeholder' : isStart ? 'start' : 'date',
      due: placeholder ? undefined : resolved,
      strength,
      fullDate,
      hasParticle: !!post,
      recurring: false,
      bareFestival,
      length,
    };
  }
}

/** Resolves one deadline expression, e.g. "6月底前", "2月17日(正月十五)后", "每月底", "长期坚持". */
export function resolveDeadline(expression: string, referenceDate: string): ResolvedDeadline | null {
  try {
    const text = typeof expression === 'string' ? expression.trim() : '';
    if (!text) return null;
    if (ONGOING_PHRASES.includes(text)) return { kind: 'ongoing' };
    const m = EXPRESSION_WHOLE.exec(text);
    if (!m) return resolveRelative(text, referenceDate);
    const parsed = interpret((m.groups ?? {}) as Groups, m[0].length, parseReference(referenceDate));
    if (!parsed || parsed.length !== m[0].length) return null;
    // 每年 alone is a rate; only its context (每年开展一次…) makes it a schedule
    if (parsed.recurring && parsed.strength === 'weak') return null;
    return parsed.due ? { kind: parsed.kind, due: parsed.due } : { kind: parsed.kind };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Context: is this time expression a deadline here, or a past event, a reporting cut-off, a page date?

const CONTEXT_LIMIT = 160; // characters scanned either way for a sentence; keeps the whole pass linear
// 。！？；!?; and line breaks, as the scorer cuts sentences (plus the full-width forms)
const SENTENCE_ENDS = '\u3002\uff01\uff1f\uff1b!?;\n';
const CLAUSE_ENDS = SENTENCE_ENDS + ',\uff0c:\uff1a';
const LABEL_SEPARATORS = ' \t\u3000:\uff1a';
const DATE_END_CHARS = /[0-9０-９一二三四五六七八九十〇零xX×ｘＸ月日号旬底末]/;
const NUMERAL_CHAR = /[0-9０-９一二三四五六七八九十〇零xX×ｘＸ]/;
const LATIN_LETTER = /[A-Za-z]/;

function bounds(text: string, start: number, end: number, stops: string): [number, number] {
  let s = start;
  const minS = Math.max(0, start - CONTEXT_LIMIT);
  while (s > minS && !stops.includes(text[s - 1])) s--;
  let e = end;
  const maxE = Math.min(text.length, end + CONTEXT_LIMIT);
  while (e < maxE && !stops.includes(text[e])) e++;
  return [s, e];
}

function mask(window: string, falseFriends: readonly string[]): string {
  let out = window;
  for (const word of falseFriends) {
    if (out.includes(word)) out = out.split(word).join(' '.repeat(word.length));
  }
  return out;
}

function hasCue(window: string, cues: readonly string[], falseFriends: readonly string[]): boolean {
  const masked = mask(window, falseFriends);
  return cues.some((cue) => masked.includes(cue));
}

const hasReport = (w: string) => hasCue(w, REPORT_CUES, REPORT_FALSE_FRIENDS);
const hasDirective = (w: string) => hasCue(w, DIRECTIVE_CUES, DIRECTIVE_FALSE_FRIENDS);

/** Text before `pos` on the same line, without trailing spaces and colons (the label side of "label: value"). */
function labelBefore(text: string, pos: number, maxLength: number): string {
  let e = pos;
  while (e > 0 && LABEL_SEPARATORS.includes(text[e - 1])) e--;
  let s = e;
  while (s > 0 && e - s < maxLength && text[s - 1] !== '\n') s--;
  return text.slice(s, e);
}

function skipSpaces(text: string, pos: number, dir: 1 | -1): number {
  let p = pos;
  if (dir === 1) while (p < text.length && (text[p] === ' ' || text[p] === '\u3000')) p++;
  else while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\u3000')) p--;
  return p;
}

function isDeadlineInContext(text: string, start: number, end: number, parsed: Parsed, taskList: boolean): boolean {
  const expression = text.slice(start, end);
  const lineLabel = labelBefore(text, start, 12);
  // A value of a 完成时限 field is a deadline whatever the context.
  if (endsWithAny(lineLabel, DEADLINE_FIELD_LABELS) !== null) return true;
  // Page chrome and document dates: 上传日期:…, 发布日期 :…
  if (endsWithAny(lineLabel, PAGE_DATE_LABELS) !== null) return false;

  const beforePos = skipSpaces(text, start, -1);
  const before = text.slice(Math.max(0, beforePos - 4), beforePos);
  const afterPos = skipSpaces(text, end, 1);
  const after = text.slice(afterPos, afterPos + 4);

  if (parsed.recurring) {
    if (endsWithAny(before, RECURRING_NEGATIVE_BEFORE) !== null) return false;
  } else if (!expression.startsWith('最') && !expression.startsWith('从') && !expression.startsWith('不')) {
    if (endsWithAny(before, NEGATIVE_BEFORE) !== null) return false;
    // A year we could not read (2051年, 同年, 当年) belongs to this date: do not resolve it without its year.
    if (before.endsWith('年')) return false;
    if (expression.includes('季度') && endsWithAny(before, QUARTER_NEGATIVE_BEFORE) !== null) return false;
    // Other end of a range or list: 1-7月, 1—5月份, 2、3月份 (but not a dash used as punctuation)
    const connector = before.slice(-1);
    if (connector && RANGE_CONNECTORS.includes(connector)) {
      const prev = before.slice(-2, -1);
      if (prev && DATE_END_CHARS.test(prev)) return false;
      if (connector === '至') return false;
    }
    // A placeholder or number glued to a Latin word is not a date (max月)
    if (LATIN_LETTER.test(before.slice(-1)) && NUMERAL_CHAR.test(expression[0])) return false;
  }
  // 每年开展一次…, 每季度召开一次…: a schedule (召开 here is the scheduled act, not a past meeting)
  const once = parsed.recurring && RECURRING_ONCE_AFTER.test(text.slice(end, end + 16));
  // 明年一季度出台: an event in a time ahead is planned, not past
  const ahead = /^(?:明年|次年|来年|下月|次月)/.test(expression);
  // 3月底前印发实施: with 前 the act is scheduled, not reported
  const scheduled = parsed.hasParticle && expression.endsWith('前') && startsWithAny(after, 0, SCHEDULED_ACTS_AFTER) !== null;
  if (!once && !ahead && !scheduled && startsWithAny(after, 0, NEGATIVE_AFTER) !== null) return false;
  // 春节前后, 6月底前后: around a time, not by it
  if (expression.endsWith('前') && after.startsWith('后')) return false;
  // 6月至8月 is a range; 年内至少… is not
  if (!parsed.hasParticle && startsWithAny(after, 0, NEGATIVE_AFTER_BARE) !== null && !after.startsWith('至少')) return false;

  // A date under a signature or on a line of its own: 陕西省人民政府办公厅 2021年10月26日
  if (parsed.fullDate) {
    let p = afterPos;
    while (p < text.length && ' \t\u3000)\uff09'.includes(text[p])) p++;
    if (p >= text.length || text[p] === '\n' || text[p] === '\r') return false;
  }

  const [sentStart, sentEnd] = bounds(text, start, end, SENTENCE_ENDS);
  let [clauseStart, clauseEnd] = bounds(text, start, end, CLAUSE_ENDS);
  // A date alone in its clause (x月x日,中央出台了…) is read with the clause after it.
  if (clauseEnd - end < 2 && clauseEnd < sentEnd) [, clauseEnd] = bounds(text, clauseEnd + 1, clauseEnd + 1, CLAUSE_ENDS);
  const clause = text.slice(clauseStart, start) + ' ' + text.slice(end, clauseEnd);

  if (once) return !hasReport(clause);

  if (parsed.strength === 'weak') {
    if (parsed.recurring) return false;
    const lead = text.slice(Math.max(clauseStart, beforePos - 4), beforePos);
    if (startsWithAny(after, 0, WEAK_ATTRIBUTIVE_AFTER) !== null) return false;
    if (endsWithAny(lead, WEAK_LEAD_CUES) !== null || startsWithAny(after, 0, WEAK_TRAIL_CUES) !== null) return !hasReport(clause);
    // …要加快征地拆迁,上半年完成征地300亩: a plan verb after it, a directive earlier in the sentence
    // …要建立专员制度,一季度帮助企业招工2000人以上: a planned figure in the clause it opens does as well
    const plannedFigure = /[0-9xX×]/.test(text.slice(end, clauseEnd));
    if ((startsWithAny(after, 0, WEAK_TRAIL_PLAN_VERBS) !== null || plannedFigure) && start - clauseStart <= 1) {
      const earlier = text.slice(sentStart, clauseStart);
      return hasDirective(earlier) && !hasReport(earlier) && !hasReport(clause);
    }
    return false;
  }

  const clauseReport = hasReport(clause);
  const clauseDirective = hasDirective(clause);
  if (clauseReport && !clauseDirective) return false;
  // in a task list every item is an order: a time in it is a deadline unless the clause reports
  if (parsed.strength === 'strong' || clauseDirective || taskList) return true;
  // Nothing in the clause: the sentence decides (经济局要将…纳入考核内容,年底一并纳入…).
  const sentence = text.slice(sentStart, start) + ' ' + text.slice(end, sentEnd);
  return hasDirective(sentence) && !hasReport(sentence);
}

/** Every deadline span in a document's text. Offsets are JavaScript string indices into `text`. */
export function findDeadlines(text: string, referenceDate: string, taskList = false): Span[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const spans: Span[] = [];
  try {
    const ref = parseReference(referenceDate);
    const re = new RegExp(EXPRESSION_GLOBAL.source, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const parsed = interpret((m.groups ?? {}) as Groups, m[0].length, ref);
      if (!parsed || parsed.bareFestival) {
        // Retry one character later: the match may have swallowed the start of a real expression.
        re.lastIndex = m.index + 1;
        continue;
      }
      let start = m.index;
      while (text[start] === ' ' || text[start] === '\u3000') start++;
      let end = m.index + parsed.length;
      while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\u3000')) end--;
      if (isDeadlineInContext(text, start, end, parsed, taskList)) {
        const span: Span = { type: 'deadline', start, end, text: text.slice(start, end), kind: parsed.kind };
        if (parsed.due) span.due = parsed.due;
        spans.push(span);
      }
      re.lastIndex = m.index + Math.max(1, parsed.length);
    }
    spans.push(...findOngoingFields(text, spans));
  } catch {
    // Never throw on any input: whatever was found so far stands.
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * 完成时限:长期坚持 — the values of a task list's time field that hold no date: an ongoing phrase, or any short
 * value (完成时限：立即实施, 时间进度：全年工作; at most FIELD_VALUE_MAX characters up to the line's or sentence's end,
 * a run of spaces or the next field label). GUIDELINES.md: the value of such a field is the deadline.
 */
function findOngoingFields(text: string, found: Span[]): Span[] {
  const out: Span[] = [];
  const phrases = byLength(ONGOING_PHRASES);
  for (const label of DEADLINE_FIELD_LABELS) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(label, from);
      if (at === -1) break;
      from = at + label.length;
      let p = from;
      while (p < text.length && p - from < 4 && LABEL_SEPARATORS.includes(text[p])) p++;
      const phrase = phrases.find((w) => text.startsWith(w, p));
      // any other short value only after a separator: 完成时限 inside a sentence is no field
      const end = phrase ? p + phrase.length : p > from ? fieldValueEnd(text, p) : p;
      if (end <= p) continue;
      if (found.some((s) => s.start < end && p < s.end)) continue;
      out.push({ type: 'deadline', start: p, end, text: text.slice(p, end), kind: 'ongoing' });
    }
  }
  return out;
}

/** The end of a short time-field value without a figure starting at `p`, or `p` when there is none. */
function fieldValueEnd(text: string, p: number): number {
  let e = p;
  while (e < text.length && e - p <= FIELD_VALUE_MAX && !FIELD_VALUE_STOPS.includes(text[e]) && !(text[e] === ' ' && text[e + 1] === ' ')) {
    if (startsWithAny(text, e, UNIT_FIELD_LABELS)) break;
    e++;
  }
  while (e > p && /\s/.test(text[e - 1])) e--;
  const value = text.slice(p, e);
  if (e - p > FIELD_VALUE_MAX || e === p || /[0-9０-９一二三四五六七八九十xX×]/.test(value)) return p;
  return e;
}
const FIELD_VALUE_STOPS = '\n\t\u3000。;；,，';
