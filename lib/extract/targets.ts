// Targets (目标/指标). Runs on the folded match view (see normalize.ts); returns view ranges.
// A target is a planned value: an indicator with its value (地区生产总值增长x%左右), a planned count
// (167个基本项目), an item of a list introduced as goals (目标是:…;…。), or a quoted named goal (“双过半”).
// Figures in reporting clauses (截止5月底…完成…同比增长) are not targets.
import {
  AHEAD_OPENERS,
  COUNT_HEADS,
  COUNT_PLAN_VERBS,
  FOCUS_VERBS,
  COUNT_UNITS,
  DURATION_PREFIX,
  GOAL_SECTION_HEAD,
  GOAL_STATE_WORDS,
  INDICATOR_VERBS,
  LEADING_WORDS,
  AREA_WORDS,
  LEVEL_VERBS,
  LIST_COUNT_TAILS,
  LIST_COUNT_VERBS,
  MINIMUM_WORDS,
  NAMED_GOAL_AFTER,
  NAMED_GOAL_TOPIC_VERBS,
  NAMED_GOAL_VERBS,
  NOT_PLAN_JIHUA_NEXT,
  NOT_PLAN_JIHUA_PREV,
  NOT_PLAN_YAO_NEXT,
  NOT_PLAN_YAO_PREV,
  PERCEPTION_AFTER_YAO,
  PLAN_CUES,
  STATE_GOAL_ENDINGS,
  STATE_GOAL_VERBS,
  PLAN_HORIZON,
  PROGRESS_AFTER_GOAL,
  QUOTE_PAIRS,
  REPORT_CUES,
  REPORT_PERIOD,
  SECTION_HEAD,
  SENTENCE_MODALS,
  STATISTICS_OPENERS,
  TARGET_LIST_HEAD,
  TASK_LIST_MARKERS,
  TASK_TAILS,
  TIME_UNITS,
  VALUE_MAGNITUDES,
  VALUE_QUALIFIERS,
  VALUE_UNITS,
  WEAK_UNITS,
} from './lexicon/targets';

import { alternation as alt, byLength, type Range } from './patterns';
import { isSentenceEnd } from './sentences';
import { endsWithAny, listOf, startsWithAny } from './wordlist';

const VALUE = new RegExp(
  `(?:\\d{1,12}(?:\\.\\d{1,6})?(?:\\/\\d{1,6}[万千])?|[xX×*]{1,3}(?:\\.[xX×*\\d]{1,3})?)(?:多|余)?(?:(${alt(VALUE_UNITS)})|(${alt(VALUE_MAGNITUDES)})(?:多|余)?(${alt(VALUE_UNITS)})?)?(${alt(VALUE_QUALIFIERS)})?`,
  'y',
);
const VALUE_START = /[0-9xX×*]/;
const LEADING = byLength(LEADING_WORDS);
const PLAN = byLength(PLAN_CUES);
const REPORT = byLength(REPORT_CUES);
const TAILS = byLength(TASK_TAILS);
const INDICATORS = byLength(INDICATOR_VERBS);
const MINIMUMS = byLength(MINIMUM_WORDS);
const CJK = /[\u4e00-\u9fff]/;
const NUMBERING = /^(?:\(?[一二三四五六七八九十]{1,3}\)|\(\d{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,3}[.、)](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩])/;
const MAX_TARGET = 60;

interface Value {
  start: number;
  end: number;
  hasUnit: boolean;
  weak: boolean;
  unit: string;
  magnitudeOnly: boolean;
}

function hasWordAt(text: string, at: number, word: string): boolean {
  if (word === '要') {
    if (NOT_PLAN_YAO_NEXT.includes(text[at + 1] ?? '') || NOT_PLAN_YAO_PREV.includes(text[at - 1] ?? '')) return false;
    return !PERCEPTION_AFTER_YAO.some((w) => text.startsWith(w, at + 1) || text.startsWith(w, at + 2));
  }
  if (word === '仅') return text[at - 1] !== '不';
  // 不低于 / 不高于 set a floor or a ceiling; 低于 / 高于 alone compare a reported figure
  if (word === '低于' || word === '高于') return text[at - 1] !== '不';
  // 重点抓好… is a lead; 重点项目18个, 重点点位问题整改率 name what is measured
  if (word === '重点') return startsWithAny(text, at + 2, FOCUS_VERBS) !== null;
  if (word === '目标') return !PROGRESS_AFTER_GOAL.test(text.slice(at + 2, at + 4));
  // 人均预期寿命 is the name of an indicator, not an expectation
  if (word === '预期') return !text.startsWith('寿命', at + 2);
  if (word === '计划') {
    if (NOT_PLAN_JIHUA_PREV.includes(text[at - 1] ?? '')) return false;
    // 计划开工的41个项目: a relative clause describes the projects, it sets nothing
    if (/^[\u4e00-\u9fff]{1,4}的/.test(text.slice(at + 2, at + 8))) return false;
    return !NOT_PLAN_JIHUA_NEXT.some((n) => text.startsWith(n, at + 2));
  }
  return true;
}

function containsCue(text: string, from: number, to: number, cues: readonly string[]): boolean {
  const list = listOf(cues);
  for (let i = from; i < to; i++) {
    const c = list.at(text, i);
    if (c && i + c.length <= to && hasWordAt(text, i, c)) return true;
  }
  return false;
}

function valueAt(text: string, at: number, limit: number): Value | null {
  const prev = text[at - 1] ?? '';
  if (/[0-9.A-Za-z×*]/.test(prev)) return null;
  VALUE.lastIndex = at;
  const m = VALUE.exec(text);
  if (!m || m.index !== at) return null;
  let end = at + m[0].length;
  if (end > limit) return null;
  if (/[A-Za-z]/.test(text[end] ?? '')) return null;
  const unit = m[1] ?? m[3];
  const hasUnit = !!(unit || m[2]);
  // 增长10%以 / 上: a qualifier broken by a line break keeps its first character
  if (!m[4] && (text[end] === '以' || text[end] === '及') && text[end + 1] === '\n') end++;
  return { start: at, end, hasUnit, weak: !!unit && WEAK_UNITS.includes(unit) && !m[4], unit: unit ?? '', magnitudeOnly: !unit && !!m[2] };
}

/** The value that ends at or just before `end` (before a task tail), found by scanning back over its characters. */
function valueBefore(text: string, end: number, limit: number): Value | null {
  for (let k = end - 1; k >= Math.max(0, end - 16); k--) {
    if (!/[0-9xX×*]/.test(text[k]) || /[0-9xX×*.]/.test(text[k - 1] ?? '')) continue;
    const v = valueAt(text, k, limit);
    if (v && v.end <= end) return v;
  }
  return null;
}

/** Skips units, deadlines, numbering, modal and time words at a target's start. */
function skipLead(text: string, blocked: Uint8Array, pos: number, limit: number): number {
  for (let guard = 0; guard < 24 && pos < limit; guard++) {
    if (blocked[pos]) {
      pos++;
      continue;
    }
    const ch = text[pos];
    if (ch === '、' || ch === '和' || ch === '及' || ch === '与') {
      pos++;
      continue;
    }
    const numbering = NUMBERING.exec(text.slice(pos, pos + 6));
    if (numbering) {
      pos += numbering[0].length;
      continue;
    }
    const horizon = /^到(?:\d{4}|20[xX×]{2})年(?:底|末)?/.exec(text.slice(pos, pos + 8));
    if (horizon) {
      pos += horizon[0].length;
      continue;
    }
    const duration = DURATION_PREFIX.exec(text.slice(pos, pos + 12));
    if (duration) {
      pos += duration[0].length;
      continue;
    }
    const area = startsWithAny(text, pos, AREA_WORDS);
    if (area && startsWithAny(text, pos + area.length, LEADING)) {
      pos += area.length;
      continue;
    }
    const word = startsWithAny(text, pos, LEADING);
    if (word && hasWordAt(text, pos, word)) {
      pos += word.length;
      continue;
    }
    break;
  }
  return pos;
}

/** A short noun after a count that names what is counted: 个基本项目 -> 基本项目, 亿投资任务 -> 投资任务. */
function countHeadEnd(text: string, at: number, limit: number): number {
  let best = -1;
  for (let j = at + 1; j <= Math.min(limit, at + 6); j++) {
    if (!CJK.test(text[j - 1]) || text[j - 1] === '的') break;
    if (COUNT_HEADS.some((h) => text.startsWith(h, j - h.length) && j - h.length >= at)) best = j;
  }
  return best;
}

function endsCleanly(text: string, at: number, limit: number): boolean {
  if (at >= limit) return true;
  const ch = text[at];
  return ch === '、' || ch === '(' || ch === '和' || ch === '及' || ch === '与' || ch === '的' || ch === '特' || ch === ',';
}

/** Whether any of flags[from, to) is set (a character taken by another span, a deadline). */
function anySet(flags: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (flags[k]) return true;
  return false;
}

/** Targets built around values inside one clause. */
function valueTargets(text: string, blocked: Uint8Array, cs: number, ce: number, out: Range[]): number {
  let found = 0;
  let start = skipLead(text, blocked, cs, ce);
  // 实现…160千瓦及以下…的小微企业用电报装“零投资”: figures that qualify a named state make one target
  // (searched only within the clause's last 14 characters: an unbounded search back made long texts quadratic)
  let open = -1;
  for (let k = ce - 1; k > start && k >= ce - 14; k--) {
    if (text[k] === '“') {
      open = k;
      break;
    }
  }
  // 对38家企业逐一“把脉问诊”: a figure after 对 counts whom an action reaches, it does not qualify a state
  const scopeOnly = () => /对[0-9xX×]/.test(text.slice(start, open));
  if (text[ce - 1] === '”' && open > start && ce - start <= 2 * MAX_TARGET && hasValueChar(text, start, open) && !scopeOnly()) {
    if (!anySet(blocked, start, ce)) {
      out.push([start, ce]);
      return 1;
    }
  }
  let depth = 0;
  for (let i = start; i < ce; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || blocked[i] || !VALUE_START.test(text[i])) continue;
    const v = valueAt(text, i, ce);
    if (!v) continue;
    const indicatorBefore = INDICATORS.some((w) => text.startsWith(w, i - w.length));
    const minimum = MINIMUMS.find((w) => text.startsWith(w, i - w.length));
    // 开展不少于2次实战演练: a minimum makes even a weak unit (次, 名) a demand
    if ((v.weak && !minimum) || (!v.hasUnit && !indicatorBefore)) {
      i = v.end - 1;
      continue;
    }
    let tStart = start;
    let tEnd = v.end;
    // indicator first: …项目x个, …增长x%左右; compound values: x万元以上项目x个, 由45天压减为20天
    for (let guard = 0; guard < 3; guard++) {
      const m = /^[\u4e00-\u9fff]{1,6}/.exec(text.slice(tEnd, Math.min(ce, tEnd + 6)));
      if (!m || m[0].includes('的')) break;
      let next: Value | null = null;
      for (let k = 1; k <= m[0].length && !next; k++) next = valueAt(text, tEnd + k, ce);
      if (!next || !next.hasUnit) break;
      tEnd = next.end;
    }
    const tail = startsWithAny(text, tEnd, TAILS);
    if (tail) tEnd += tail.length;
    if (minimum) {
      // 至少2个项目进入开工计划: the whole demand; 新开工项目不少于30个: from the indicator before the minimum
      const indicator = text.slice(tStart, i - minimum.length);
      if (!(indicator.length >= 2 && CJK.test(indicator) && !/[,的]/.test(indicator))) tStart = i - minimum.length;
      if (ce - tEnd <= 12 && !text.slice(tEnd, ce).includes('(')) tEnd = ce;
    } else if (!endsCleanly(text, tEnd, ce) || text.startsWith('的', tEnd) && !/^的\d/.test(text.slice(tEnd, tEnd + 2)) && tStart === i) {
      // count first: 167个基本项目, 850亿投资任务
      let head = countHeadEnd(text, v.end, ce);
      const counts = COUNT_UNITS.includes(v.unit) || v.magnitudeOnly;
      // 完成20条道路改造: a plan verb, then a count whose short noun ends the clause
      if (head < 0 && counts && ce - v.end <= 8 && COUNT_PLAN_VERBS.some((w) => text.startsWith(w, i - w.length)) && /^[\u4e00-\u9fff]+$/.test(text.slice(v.end, ce)) && !text.slice(v.end, ce).includes('的')) head = ce;
      if (head < 0 || !counts || !endsCleanly(text, head, ce)) {
        start = v.end;
        i = v.end - 1;
        continue;
      }
      tStart = i;
      tEnd = head;
    } else if (tStart === i && !(text[i - 1] === '有' && v.hasUnit)) {
      start = v.end;
      i = v.end - 1;
      continue;
    }
    if (tEnd - tStart > MAX_TARGET || tEnd <= tStart || (tStart < i && !/[\u4e00-\u9fff]/.test(text.slice(tStart, i).replace(/的/g, '')))) {
      start = v.end;
      i = v.end - 1;
      continue;
    }
    // a duration (大干100天) is a target only when an indicator verb sets it (压减至20个工作日以内)
    const lastValue = valueBefore(text, tEnd, ce);
    if (lastValue && TIME_UNITS.includes(lastValue.unit) && !INDICATORS.some((w) => text.slice(tStart, tEnd).includes(w))) {
      start = v.end;
      i = v.end - 1;
      continue;
    }
    // a target never holds a unit or a deadline: it starts after the last one before its value
    for (let k = i - 1; k >= tStart; k--) {
      if (blocked[k]) {
        tStart = skipLead(text, blocked, k + 1, ce);
        break;
      }
    }
    // 主要预期目标 1.地区生产总值…: a heading before the item's number is not part of the target
    const numbered = /\d{1,3}\.(?!\d)/g;
    for (const m of text.slice(tStart, i).matchAll(numbered)) tStart = tStart + m.index + m[0].length;
    // a count after a relative clause (确定抓建的167个基本项目): the target starts at the count
    // (searched between the target's start and the count only: lastIndexOf without a bound read back to the
    // text's start on every count of a text without 的, quadratic on long texts)
    if (tStart < i) {
      const before = text.slice(tStart, i);
      if (before.includes('的') && !before.includes('目标') && tEnd === countHeadEnd(text, v.end, ce)) tStart = i;
    }
    out.push([tStart, tEnd]);
    found++;
    start = skipLead(text, blocked, tEnd, ce);
    i = Math.max(i, start - 1, tEnd - 1);
  }
  return found;
}

// 等 and a count in figures with its measure word (等13个, 等1.22万个, 等9条)
const LIST_COUNT = /等(\d+(?:\.\d+)?[万亿]?)(个|条|项|家|座|所|处|批|类)/g;
const LIST_COUNT_MAX = 30;

/**
 * Counts after a list of examples in a clause that opens on an action (LIST_COUNT_VERBS): 推进丽泽商务区等【13个轨道
 * 微中心】规划实施. The target runs from the count to the next 、 or the clause end, without a trailing action
 * (LIST_COUNT_TAILS).
 */
function listCountTargets(text: string, blocked: Uint8Array, cs: number, ce: number, out: Range[]): void {
  const start = skipLead(text, blocked, cs, ce);
  if (!startsWithAny(text, start, LIST_COUNT_VERBS)) return;
  const clause = text.slice(cs, ce);
  for (const m of clause.matchAll(LIST_COUNT)) {
    const from = cs + m.index + 1;
    const part = clause.indexOf('、', from - cs);
    let to = part < 0 ? ce : cs + part;
    const tail = listOf(LIST_COUNT_TAILS).endingAt(text, to, from);
    if (tail && to - tail.length > from + m[0].length) to -= tail.length;
    if (to - from > LIST_COUNT_MAX) continue;
    if (!anySet(blocked, from, to)) out.push([from, to]);
  }
}

function isPlanClause(text: string, cs: number, ce: number): boolean {
  if (containsCue(text, cs, ce, PLAN) || PLAN_HORIZON.test(text.slice(cs, ce))) return true;
  // 今年全镇粮食播种面积稳定在4.2万亩: a time ahead and a level to hold
  return startsWithAny(text, cs, AHEAD_OPENERS) !== null && !text.startsWith('以来', cs + 2) && listOf(LEVEL_VERBS).occursIn(text, cs, ce);
}


function isReportClause(text: string, cs: number, ce: number): boolean {
  const clause = text.slice(cs, ce);
  if (REPORT_PERIOD.test(clause)) return true;
  if (!containsCue(text, cs, ce, REPORT)) return false;
  // 同比下降4的目标: a figure named as a goal is not a report
  return !clause.includes('目标') || /截止|截至|至目前|累计|了/.test(clause);
}

function clauseRanges(text: string, from: number, to: number): Range[] {
  const out: Range[] = [];
  let depth = 0;
  let quote = false;
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === '“') quote = true;
    else if (ch === '”') quote = false;
    else if (depth === 0 && !quote && (ch === ',' || ch === ':')) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, to]);
  return out;
}

/** Quoted named goals: 完成“双过半”任务, “只跑一次”的目标, 实现安全生产“零事故”的目标. */
function namedGoals(text: string, blocked: Uint8Array, ss: number, se: number, out: Range[], deadlines: Uint8Array = new Uint8Array(0)): void {
  for (let i = ss; i < se; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x201c && code !== 0x22 && code !== 0x300c && code !== 0x2018) continue;
    const pair = QUOTE_PAIRS.find(([o]) => o === text[i]);
    if (!pair) continue;
    const close = pair[1];
    {
      const window = text.slice(i + 1, Math.min(se, i + 24));
      const rel = window.indexOf(close);
      const j = rel < 0 ? -1 : i + 1 + rel;
      if (j < 0 || j - i - 1 < 1) continue;
      const after = text.slice(j + 1, Math.min(se, j + 24));
      // the clause before the quote
      let cs = i;
      while (cs > ss && cs > i - 40 && !',:;。'.includes(text[cs - 1])) cs--;
      const before = text.slice(cs, i);
      // “三零”服务目标, “不发生…”的目标
      const quoted = text.slice(i + 1, j);
      // an era label (“十三五”规划目标) names a plan period, not a state to reach
      const era = /^[一二三四五六七八九十]{1,3}五$/.test(quoted);
      const calledGoal = !era && /^(?:的)?[\u4e00-\u9fff]{0,2}目标/.test(after);
      const inClauseDeadline = (() => {
        for (let k = cs; k < i; k++) if (deadlines[k]) return true;
        return false;
      })();
      // 确保全镇安全生产“零事故”: a zero state (零事故, 零占道) demanded in its clause
      const zeroState = /^零[\u4e00-\u9fff]{1,4}$/.test(quoted) && (containsCue(before, 0, before.length, PLAN) || NAMED_GOAL_VERBS.some((v) => before.includes(v)));
      const afterTask = /(?:任务|目标)$/.test(before);
      const verb = NAMED_GOAL_VERBS.some((v) => before.slice(-10).includes(v));
      const past = /了|已/.test(before);
      // “双过半”任务必须完成: called a task and demanded in the same clause
      const demandedTask = /^(?:的)?任务/.test(after) && containsCue(after, 0, after.search(/[,;。:]|$/), PLAN);
      // 紧盯全年目标,确保上半年实现“双过半”: a goal verb right before the quote, demanded, just after a clause naming the goal
      // …力争新开工项目数达到60%,确保实现“双过半”; 9月底前实现…“动态清零”: a goal verb right before the quote, in a
      // clause that demands it, after a goal or target in the sentence, or with a deadline in the clause
      const verbRightBefore = NAMED_GOAL_VERBS.some((v) => before.endsWith(v));
      const demanded =
        verbRightBefore &&
        /^(?:[,;。]|$)/.test(after) &&
        ((containsCue(before, 0, before.length, PLAN) &&
          (text.slice(Math.max(ss, cs - 16), cs).includes('目标') || hasValueTargetBefore(out, ss, cs))) ||
          inClauseDeadline);
      if (!past && (calledGoal || afterTask || demandedTask || demanded || zeroState || (verb && NAMED_GOAL_AFTER.test(after)))) {
        let start = i;
        for (const v of NAMED_GOAL_TOPIC_VERBS) {
          const k = before.lastIndexOf(v);
          let topic = k >= 0 ? before.slice(k + v.length) : '';
          // 确保全镇安全生产“零事故”: the scope word before the topic is not part of it
          const scope = k >= 0 ? /^全[县市区镇乡省]/.exec(topic) : null;
          const skip = scope ? scope[0].length : 0;
          topic = topic.slice(skip);
          if (k >= 0 && topic.length >= 2 && topic.length <= 4 && /^[\u4e00-\u9fff]+$/.test(topic) && !NAMED_GOAL_VERBS.includes(topic)) start = cs + k + v.length + skip;
        }
        if (!blocked[start] && !blocked[j]) out.push([start, j + 1]);
      }
      i = j;
    }
  }
}

/** 年底前实现县域医共体建设全覆盖: a state without a figure, from the goal verb to the clause end. */
function stateGoal(text: string, blocked: Uint8Array, cs: number, ce: number, out: Range[]): void {
  if (!endsWithAny(text.slice(Math.max(cs, ce - 4), ce), STATE_GOAL_ENDINGS)) return;
  for (let k = ce - 3; k >= cs && k >= ce - 30; k--) {
    const verb = STATE_GOAL_VERBS.find((v) => text.startsWith(v, k));
    if (!verb) continue;
    const start = k + verb.length;
    if (ce - start < 4) return;
    for (let m = start; m < ce; m++) if (blocked[m]) return;
    out.push([start, ce]);
    return;
  }
}

/** Does `out` hold a target found earlier in this sentence (between ss and cs)? The last few entries suffice. */
function hasValueTargetBefore(out: Range[], ss: number, cs: number): boolean {
  for (let k = out.length - 1; k >= 0 && k >= out.length - 8; k--) if (out[k][0] >= ss && out[k][1] <= cs) return true;
  return false;
}

function hasValueChar(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x30 && c <= 0x39) || c === 0x78 || c === 0x58 || c === 0xd7 || c === 0x2a) return true;
  }
  return false;
}

/** Does text[start, end) name a checkable state (a value, or 保持同步, 控制在…以内, 快于…)? */
function namesState(text: string, start: number, end: number): boolean {
  return listOf(GOAL_STATE_WORDS).occursIn(text, start, end) || /\d|[xX×]/.test(text.slice(start, end));
}

/** The text of a numbered item up to its first comma (or 、争取…), when it reads as a goal. */
function numberedGoal(text: string, blocked: Uint8Array, ss: number, se: number, out: Range[]): void {
  const item = /\d{1,3}\.(?!\d)/.exec(text.slice(ss, Math.min(se, ss + 40)));
  if (!item) return;
  const start = ss + item.index + item[0].length;
  let end = start;
  while (end < se && !',:;('.includes(text[end]) && !text.startsWith('、争取', end)) end++;
  const goal = text.slice(start, end);
  if (goal.length < 4 || goal.length > 30 || /\d/.test(goal) || blocked[start] || !namesState(text, start, end)) return;
  out.push([start, end]);
}

/** The start of the line that ends at `nl` (a line break), scanning back no further than `known`. */
function prevLineStart(text: string, nl: number, known: number): number {
  let i = nl;
  while (i > known && text[i - 1] !== '\n') i--;
  return i;
}

const PAST_YEAR_OPENING = /^(?:\d{1,2}[.、])?(\d{4})年(?![底末前内])/;

/** Is the document a task list (责任单位: fields, 〔X牵头〕 brackets)? There, a figure in a clause is a target without a modal. */
export function isTaskList(viewText: string): boolean {
  return (viewText.match(TASK_LIST_MARKERS)?.length ?? 0) >= 2;
}

/**
 * Target ranges in the match view. `blocked` marks view characters already taken by units and deadlines.
 * `taskList` is a property of the whole document; a caller working on a slice passes the document's value.
 */
export function findTargets(
  text: string,
  blocked: Uint8Array,
  deadlines: Uint8Array = new Uint8Array(0),
  taskList: boolean = isTaskList(text),
  taskCells: readonly Range[] = [],
  referenceYear = 0,
): Range[] {
  // a clause that holds a deadline (到2025年…达到50%) sets something to be done
  const hasDeadline = (cs: number, ce: number) => anySet(deadlines, cs, ce);
  const found: Range[] = [];
  let listMode = false;
  let goalSection = false;
  let sStart = 0;
  // start of the line before the current sentence, kept incrementally (no backward scans)
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSentenceEnd(text.charCodeAt(i))) continue;
    const ss = sStart;
    const se = i;
    sStart = i + 1;
    if (se - ss < 2) continue;
    // a line that goes on without punctuation is PDF debris: its fragments are not targets
    if (ss > 0 && text[ss - 1] === '\n') lineStart = prevLineStart(text, ss - 1, lineStart);
    const brokenStart =
      ss > 0 && text[ss - 1] === '\n' && CJK.test(text[ss - 2] ?? '') && ss - 1 - lineStart >= 20 && !NUMBERING.test(text.slice(ss, ss + 6));
    const sentenceFirst = found.length;
    // 2023年,县政府确定的45项任务中,按期完成42项: a sentence opening on a year before the speech's reports on it
    const opening = PAST_YEAR_OPENING.exec(text.slice(ss, ss + 8));
    let reportSeen = !!opening && referenceYear > 0 && Number(opening[1]) < referenceYear;
    let modalSeen = false;
    let prevTarget = false;
    // most sentences hold no figure and no goal list: nothing to do for values there
    // 据统计,…: figures passed on, not set
    const statistics = listOf(STATISTICS_OPENERS).occursIn(text, ss, se);
    const worthClauses =
      !statistics && (listMode || hasValueChar(text, ss, se) || text.slice(ss, se).includes('目标') || listOf(STATE_GOAL_ENDINGS).occursIn(text, ss, se));
    for (const [cs, ce] of worthClauses ? clauseRanges(text, ss, se) : []) {
      if (ce <= cs) continue;
      if (listMode) {
        const start = skipLead(text, blocked, cs, ce);
        if (ce - start >= 4 && ce - start <= MAX_TARGET && !text.slice(start, ce).includes('(') && namesState(text, start, ce)) {
          found.push([start, ce]);
        }
        continue;
      }
      if (text[ce] === ':' && TARGET_LIST_HEAD.test(text.slice(cs, ce + 1))) {
        listMode = true;
        continue;
      }
      if (brokenStart && cs === ss) continue;
      const report = isReportClause(text, cs, ce);
      const plan = isPlanClause(text, cs, ce) || (modalSeen && !reportSeen) || hasDeadline(cs, ce);
      if (report) reportSeen = true;
      if (containsCue(text, cs, ce, SENTENCE_MODALS) || PLAN_HORIZON.test(text.slice(cs, ce))) modalSeen = true;
      const shortSibling = prevTarget && ce - cs <= 40;
      const allowed = !report && (plan || taskList || shortSibling) && !(reportSeen && !plan);
      const before = found.length;
      if (!report && !reportSeen) listCountTargets(text, blocked, cs, ce, found);
      if (allowed) valueTargets(text, blocked, cs, ce, found);
      if (allowed && found.length === before) stateGoal(text, blocked, cs, ce, found);
      prevTarget = found.length > before && (found[found.length - 1][1] === ce);
    }
    if (listMode && text[se] !== ';') listMode = false;
    // a numbered goal without a figure (8.城乡居民收入增长快于经济增长。) in a goal section
    const sentence = text.slice(ss, se);
    if (goalSection && SECTION_HEAD.test(sentence) && !GOAL_SECTION_HEAD.test(sentence)) goalSection = false;
    if (!goalSection && taskList && GOAL_SECTION_HEAD.test(sentence)) goalSection = true;
    if (goalSection && found.length === sentenceFirst) numberedGoal(text, blocked, ss, se, found);
    namedGoals(text, blocked, ss, se, found, deadlines);
  }
  // a task table's task cell: its figures are the row's targets, read within the cell (the view drops the gaps
  // between cells, so a figure would otherwise run on into the unit cell after it)
  for (const [from, to] of taskCells) {
    for (const [cs, ce] of clauseRanges(text, from, to)) if (ce > cs) valueTargets(text, blocked, cs, ce, found);
    namedGoals(text, blocked, from, to, found);
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const clean: Range[] = [];
  for (const r of found) {
    const last = clean[clean.length - 1];
    if (last && r[0] < last[1]) continue;
    clean.push(r);
  }
  return clean;
}
