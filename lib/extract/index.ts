// The public entry point of lib/extract: spans (targets, deadlines, units) and tasks (sentences holding spans).
import { isCalendarDate, localDate } from '../dates';
import { findDeadlines, resolveDeadline } from './deadlines';
import { buildMatchView, toOriginalRange, toViewIndex, type MatchView } from './normalize';
import { sentenceRanges } from './sentences';
import { findTargets, isTaskList } from './targets';
import type { DeadlineInfo, ExtractedTask, ExtractOptions, ExtractResult, Span, SpanType } from './types';
import { findTableCells, type TableCell } from './table';
import { cellUnits, findUnits, type Range } from './units';

export type * from './types';
export { findPublishDate } from './page-date';
export { sentenceRanges } from './sentences';

function referenceDateOf(value: ExtractOptions['referenceDate']): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return localDate(value);
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  return localDate(new Date());
}

/** Deadlines win over units, units over targets, when spans overlap (a target never swallows a date or a name). */
const PRIORITY: Record<SpanType, number> = { deadline: 0, unit: 1, target: 2 };

function resolveOverlaps(text: string, spans: Span[]): Span[] {
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

function buildTasks(text: string, spans: Span[]): ExtractedTask[] {
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
    // due: the earliest date a deadline names, start dates (…后) included, since work must begin by then
    const dues = deadlines.map((d) => d.due).filter((d): d is string => !!d).sort();
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
interface DocumentContext {
  referenceDate: string;
  taskList: boolean;
}

/** The two readings of a text every finder works from; built once per text read. */
interface TextReading {
  view: MatchView;
  cells: TableCell[];
}

const readText = (text: string): TextReading => ({ view: buildMatchView(text), cells: findTableCells(text) });

function documentContext({ view, cells }: TextReading, options: ExtractOptions): DocumentContext {
  // a flattened table with a unit or time column makes the document a task list, as 责任单位: fields do
  const taskList = isTaskList(view.text) || cells.some((c) => c.kind === 'unit' || c.kind === 'deadline');
  return { referenceDate: referenceDateOf(options.referenceDate), taskList };
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

function analyse(text: string, context: DocumentContext, { view, cells }: TextReading = readText(text)): ExtractResult {
  let deadlineSpans: Span[] = [];
  try {
    deadlineSpans = findDeadlines(text, context.referenceDate, context.taskList).map((s) => ({ ...s, type: 'deadline' as const, text: text.slice(s.start, s.end) }));
  } catch {
    deadlineSpans = [];
  }
  deadlineSpans = [...deadlineSpans, ...cellDeadlines(text, cells, deadlineSpans, context.referenceDate)];
  const toSpan = (type: SpanType) => ([a, b]: [number, number]): Span => {
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

export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  if (typeof text !== 'string' || text.length === 0) return { spans: [], tasks: [] };
  try {
    const reading = readText(text);
    return analyse(text, documentContext(reading, options), reading);
  } catch {
    return { spans: [], tasks: [] };
  }
}

/**
 * Cuts text into slices of about `maxChars`, at line breaks where possible, else at a sentence end: no span and
 * no task crosses either, so each slice can be read on its own.
 */
export function sliceText(text: string, maxChars: number): [number, number][] {
  const slices: [number, number][] = [];
  let start = 0;
  while (text.length - start > maxChars) {
    const limit = start + maxChars;
    let cut = text.lastIndexOf('\n', limit);
    if (cut <= start) {
      cut = -1;
      for (let i = limit; i > start; i--) if (SENTENCE_END.has(text[i - 1])) { cut = i - 1; break; }
    }
    const end = cut > start ? cut + 1 : limit;
    slices.push([start, end]);
    start = end;
  }
  if (start < text.length || !slices.length) slices.push([start, text.length]);
  return slices;
}
const SENTENCE_END = new Set(['。', '!', '?', ';']);

/**
 * extract() a slice at a time, for callers that must not block for long (the content script on a very long
 * page yields between slices). Each result's offsets are into the whole text. The document's genre and reference
 * date are decided once for the whole text; what can differ from one extract() call is state carried from
 * sentence to sentence (a goal list running across a slice edge), so slices should be large.
 */
export function* extractSlices(text: string, options: ExtractOptions = {}, maxChars = 40_000): Generator<ExtractResult> {
  if (typeof text !== 'string' || text.length === 0) return;
  let context: DocumentContext;
  try {
    context = documentContext(readText(text), options);
  } catch {
    return;
  }
  for (const [start, end] of sliceText(text, maxChars)) {
    let part: ExtractResult;
    try {
      part = analyse(text.slice(start, end), context);
    } catch {
      continue;
    }
    yield {
      spans: part.spans.map((s) => ({ ...s, start: s.start + start, end: s.end + start })),
      tasks: part.tasks.map((t) => ({ ...t, start: t.start + start, end: t.end + start })),
    };
  }
}
