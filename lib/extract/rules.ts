// The rule finders, run together: deadlines (with their due dates), units and targets as the hand-written rules
// read them. Since the engine learned from the corpus (see README.md), these spans are not the output: they are
// the high-precision evidence the sequence labeller (labeller.ts) reads as features, and the source of each
// deadline's kind and due date.
import { isCalendarDate, localDate } from '../dates';
import { findDeadlines, resolveDeadline } from './deadlines';
import { buildMatchView, toOriginalRange, toViewIndex, type MatchView } from './normalize';
import { sentenceRanges } from './sentences';
import { findTargets, isTaskList } from './targets';
import type { DeadlineInfo, ExtractedTask, ExtractOptions, ExtractResult, Span, SpanType } from './types';
import { findTableCells, type TableCell } from './table';
import { findRelative } from './relative';
import { adjustReferenceDate } from './year-hint';
import type { Range } from './patterns';
import { cellUnits, findUnits } from './units';

export function referenceDateOf(value: ExtractOptions['referenceDate']): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return localDate(value);
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  return localDate(new Date());
}

/** Deadlines win over units, units over targets, when spans overlap (a target never swallows a date or a name). */
const PRIORITY: Record<SpanType, number> = { deadline: 0, unit: 1, target: 2 };

export function resolveOverlaps(text: string, spans: Span[]): Span[] {
  const valid = spans.filter(
    (s) =>
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= 0 &&
      s.end <= text.length &&
      s.start < s.end &&
      !/[\n。!?;]/.test(text.slice(s.start, s.end)) &&
      text.slice(s.start, s.end).trim().length > 0,
  );
  valid.sort((a, b) => PRIORITY[a.type] - PRIORITY[b.type] || a.start - b.start);
  const kept: Span[] = [];
  // kept spans stay few per region; a sorted array with binary search keeps this O(n log n)
  const starts: number[] = [];
  for (const s of valid) {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < s.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if ((prev && prev.end > s.start) || (next && next.start < s.end)) continue;
    kept.splice(lo, 0, s);
    starts.splice(lo, 0, s.start);
  }
  return kept;
}

export function buildTasks(text: string, spans: Span[]): ExtractedTask[] {
  const tasks: ExtractedTask[] = [];
  let k = 0;
  for (const [start, end] of sentenceRanges(text)) {
    while (k < spans.length && spans[k].start < start) k++;
    const inside: Span[] = [];
    for (let j = k; j < spans.length && spans[j].start < end; j++) inside.push(spans[j]);
    if (!inside.length) continue;
    const deadlines: DeadlineInfo[] = inside
      .filter((s) => s.type === 'deadline')
      .map((s) => ({ text: s.text, kind: s.kind ?? 'date', ...(s.due ? { due: s.due } : {}) }));
    // due: the earliest date a deadline of kind 'date' names; a start date (…后, kind 'start') says when work
    // may begin, never when it is due (issue 11: a start date must not read as 截止 or 逾期)
    const dues = deadlines.flatMap((d) => (d.kind === 'date' && d.due ? [d.due] : [])).sort();
    tasks.push({
      start,
      end,
      text: text.slice(start, end),
      units: inside.filter((s) => s.type === 'unit').map((s) => s.text),
      deadlines,
      targets: inside.filter((s) => s.type === 'target').map((s) => s.text),
      ...(dues.length ? { due: dues[0] } : {}),
    });
  }
  return tasks;
}

/** What holds for the whole document, whichever part of it is being read. */
export interface DocumentContext {
  referenceDate: string;
  taskList: boolean;
}

/** The two readings of a text every finder works from; built once per text read. */
export interface TextReading {
  view: MatchView;
  cells: TableCell[];
}

export const readText = (text: string): TextReading => ({ view: buildMatchView(text), cells: findTableCells(text) });

export function documentContext({ view, cells }: TextReading, options: ExtractOptions): DocumentContext {
  // a flattened table with a unit or time column makes the document a task list, as 责任单位: fields do
  const taskList = isTaskList(view.text) || cells.some((c) => c.kind === 'unit' || c.kind === 'deadline');
  // a date paired with its lunar day or weekday (2月17日(正月十五)) fixes the speech's year (year-hint.ts)
  const referenceDate = referenceDateOf(options.referenceDate);
  return { referenceDate: options.yearFromText === false ? referenceDate : adjustReferenceDate(view.text, referenceDate), taskList };
}

/** Deadlines in a table's time cells that the context rules left out: the whole cell when it is one expression. */
function cellDeadlines(text: string, cells: TableCell[], found: Span[], referenceDate: string): Span[] {
  const out: Span[] = [];
  for (const c of cells) {
    if (c.kind !== 'deadline') continue;
    if (found.some((s) => s.start < c.end && c.start < s.end)) continue;
    const value = text.slice(c.start, c.end);
    const resolved = resolveDeadline(value, referenceDate);
    if (!resolved) continue;
    out.push({ type: 'deadline', start: c.start, end: c.end, text: value, kind: resolved.kind, ...(resolved.due ? { due: resolved.due } : {}) });
  }
  return out;
}

export function analyse(text: string, context: DocumentContext, { view, cells }: TextReading = readText(text)): ExtractResult {
  let deadlineSpans: Span[] = [];
  try {
    deadlineSpans = findDeadlines(text, context.referenceDate, context.taskList).map((s) => ({ ...s, type: 'deadline' as const, text: text.slice(s.start, s.end) }));
  } catch {
    deadlineSpans = [];
  }
  deadlineSpans = [...deadlineSpans, ...cellDeadlines(text, cells, deadlineSpans, context.referenceDate)];
  // counted and weekday deadlines (10个工作日内, 本周五前): relative.ts, kept where no other deadline is
  const dated = new Uint8Array(text.length);
  for (const s of deadlineSpans) dated.fill(1, s.start, s.end);
  for (const r of findRelative(text, context.referenceDate)) {
    if (dated.subarray(r.start, r.end).includes(1)) continue;
    deadlineSpans.push({ type: 'deadline', start: r.start, end: r.end, text: text.slice(r.start, r.end), kind: 'date', due: r.due });
  }
  const toSpan = (type: SpanType) => ([a, b]: Range): Span => {
    const [start, end] = toOriginalRange(view, a, b);
    return { type, start, end, text: text.slice(start, end) };
  };
  // characters taken by deadlines (then units) in the view: names and targets never hold them
  const blocked = new Uint8Array(view.text.length);
  const block = (spans: Span[]) => {
    for (const s of spans) for (let i = toViewIndex(view, s.start), end = toViewIndex(view, s.end); i < end; i++) blocked[i] = 1;
  };
  block(deadlineSpans);
  const deadlineMask = blocked.slice();
  const tableUnits: Range[] = [];
  for (const c of cells) if (c.kind === 'unit') tableUnits.push(...cellUnits(view.text, toViewIndex(view, c.start), toViewIndex(view, c.end)));
  const units = findUnits(view.text, deadlineMask, tableUnits).map(toSpan('unit'));
  block(units);
  const taskCells: Range[] = cells.filter((c) => c.kind === 'task').map((c) => [toViewIndex(view, c.start), toViewIndex(view, c.end)]);
  const targets = findTargets(view.text, blocked, deadlineMask, context.taskList, taskCells, Number(context.referenceDate.slice(0, 4))).map(toSpan('target'));
  const spans = resolveOverlaps(text, [...deadlineSpans, ...units, ...targets]).sort((a, b) => a.start - b.start);
  return { spans, tasks: buildTasks(text, spans) };
}

