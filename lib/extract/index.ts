// The public entry point of lib/extract: spans (targets, deadlines, units) and tasks (sentences holding spans).
// How a text is read (README.md explains why):
//   1. the rule finders (rules.ts) read it as before: high-precision spans, deadline kinds and due dates;
//   2. features.ts turns the text and the rules' reading into hashed features per character;
//   3. the trained labeller (labeller.ts, weights in model/weights.json) decides the BIO tags: which characters
//      are a span and where each ends;
//   4. deadlines take their kind and due date from the rules' span at the same place, else from resolveDeadline;
//   5. clause parts holding a figure that no span covers are read whole by a small logistic model
//      (figure-parts.ts, weights in model/parts.json), which adds the planned quantities the labeller missed.
import { deadlineStart, targetEnd, targetParts, targetStart } from './boundaries';
import { resolveDeadline } from './deadlines';
import { documentShares, featureWriter } from './features';
import { TAG_COUNT, tagsToSpans } from './learn/bio';
import { decode, emissionScores, loadModel, type Model, type ModelData } from './labeller';
import weights from './model/weights.json';
import partsWeights from './model/parts.json';
import {
  figureParts,
  figurePartTargets,
  loadPartsModel,
  partContext,
  partFeatures,
  shareOf,
  targetHits,
  type FigurePart,
  type PartContext,
  type PartsModel,
  type PartsModelData,
} from './figure-parts';
import { analyse, buildTasks, documentContext, readText, resolveOverlaps, type DocumentContext, type TextReading } from './rules';
import type { ExtractOptions, ExtractResult, Span } from './types';

export type * from './types';
export { findPublishDate } from './page-date';
export { sentenceRanges } from './sentences';

let shipped: Model | undefined;
/** The shipped model, built from its data on first use (once per process or page). */
function shippedModel(): Model {
  shipped ??= loadModel(weights as ModelData);
  return shipped;
}
let shippedParts: PartsModel | undefined;
/** The shipped figure-parts model (model/parts.json), built on first use. */
function shippedPartsModel(): PartsModel {
  shippedParts ??= loadPartsModel(partsWeights as PartsModelData);
  return shippedParts;
}

// characters a span never starts or ends with: spaces and punctuation the labeller may have taken in
const EDGE_TRIM = /^[\s\u3000,，、;；:：。.!！?？)）\]】》”"]+|[\s\u3000,，、;；:：。(（\[【《“"]+$/g;

/** [start, end) without EDGE_TRIM's characters at either end, or null when nothing is left. */
function trimEdges(text: string, start: number, end: number): [number, number] | null {
  const raw = text.slice(start, end);
  const trimmed = raw.replace(EDGE_TRIM, '');
  if (!trimmed) return null;
  const at = start + raw.indexOf(trimmed);
  return [at, at + trimmed.length];
}

/** Spans of the labeller's tags, trimmed, with deadline kinds and due dates. */
function labelledSpans(text: string, tags: Uint8Array, rules: readonly Span[], referenceDate: string): Span[] {
  const ruleDeadlines = new Map(rules.filter((s) => s.type === 'deadline').map((s) => [`${s.start}:${s.end}`, s]));
  const out: Span[] = [];
  for (const g of tagsToSpans(tags)) {
    // a span ends at a tab: tabs separate the cells of a flattened table (the page's HTML task tables are read so);
    // searched within the span only, so that many spans on a long text stay linear
    const tab = text.slice(g.start, g.end).indexOf('\t');
    const trimmed = trimEdges(text, g.start, tab < 0 ? g.end : g.start + tab);
    if (!trimmed) continue;
    let [start, end] = trimmed;
    if (g.type === 'target') {
      start = targetStart(text, start, end);
      end = targetEnd(text, start, end);
      // a list of figures cut by 、 is one target a part (boundaries.ts)
      for (const [s, e] of targetParts(text, start, end)) {
        const part = trimEdges(text, s, e);
        if (part) out.push({ type: 'target', start: part[0], end: part[1], text: text.slice(part[0], part[1]) });
      }
      continue;
    }
    if (g.type === 'deadline') start = deadlineStart(text, start, end);
    const span: Span = { type: g.type, start, end, text: text.slice(start, end) };
    if (g.type === 'deadline') {
      const rule = ruleDeadlines.get(`${start}:${end}`);
      const resolved = rule?.kind ? { kind: rule.kind, due: rule.due } : resolveDeadline(span.text, referenceDate);
      span.kind = resolved?.kind ?? 'date';
      if (resolved?.due) span.due = resolved.due;
    }
    out.push(span);
  }
  return out;
}

/** Does any span of `spans` (sorted by start) overlap `r`? Binary search: linear in all. */
function overlapsAny(spans: readonly Span[], r: Span): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= r.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start < r.end;
}

/** What the labeller reads of a text: the rule finders' spans and the hashed features built on them. */
function evidence(text: string, context: DocumentContext, reading: TextReading, shares?: number) {
  const rules = analyse(text, context, reading).spans;
  // a writer of the features a range at a time (features.ts featureWriter)
  const ids = featureWriter(text, { ruleSpans: rules, cells: reading.cells, taskList: context.taskList, documentShares: shares });
  return { rules, ids };
}

/** The features extract() reads on `text`, for training (scripts/learn-data.ts): one pipeline for both. */
export function featuresOf(text: string, options: ExtractOptions = {}): Int32Array {
  const reading = readText(text);
  return evidence(text, documentContext(reading, options), reading).ids(0, text.length);
}

/**
 * Characters whose feature ids are held at once while scoring: 16,384 x FEATURE_COUNT ids, about 3.5 MB. The whole
 * text's ids took 212 bytes a character (424 MB for 2 million), and the garbage collector's time grew with them.
 */
const SCORE_CHUNK = 16_384;

/** Emission scores of `n` characters, their features written and scored a chunk at a time. */
function scoreText(n: number, ids: (from: number, to: number) => Int32Array, model: Model): Float64Array {
  if (n <= SCORE_CHUNK) return emissionScores(ids(0, n), n, model);
  const scores = new Float64Array(n * TAG_COUNT);
  for (let s = 0; s < n; s += SCORE_CHUNK) {
    const e = Math.min(n, s + SCORE_CHUNK);
    scores.set(emissionScores(ids(s, e), e - s, model), s * TAG_COUNT);
  }
  return scores;
}

/**
 * The figure parts of a text with their feature ids, as extract() reads them, for training
 * (scripts/learn-data.ts): one pipeline for both.
 * @param targets the targets known before the parts are read (training: the gold ones), sorted by start
 */
export function figurePartsOf(text: string, targets: ReadonlyArray<Pick<Span, 'type' | 'start' | 'end'>>, options: ExtractOptions = {}): Array<{ part: FigurePart; ids: number[] }> {
  const reading = readText(text);
  const context = documentContext(reading, options);
  const parts = figureParts(text);
  const parted = partContext(parts, analyse(text, context, reading).spans, targets, documentShares(text), context.taskList);
  return parts.map((part) => ({ part, ids: partFeatures(text, part, parted) }));
}

/** The first reading of a text (or a slice): the rules' spans, and the spans the labeller and the rules decide. */
interface FirstReading {
  rules: Span[];
  spans: Span[];
  /** figureParts() of the text, for the second reading */
  parts: FigurePart[];
}

function firstReading(text: string, context: DocumentContext, reading: TextReading, model: Model, shares?: number): FirstReading {
  const { rules, ids } = evidence(text, context, reading, shares);
  const tags = decode(text, scoreText(text.length, ids, model), model.transitions, model.start);
  // the labeller's spans first; a rule span stands where the labeller found nothing over it (cross-validated:
  // target F1 0.768 -> 0.776 overall, the held-out seed's targets 0.79 -> 0.92; units and deadlines unchanged)
  // the value of a time field (完成时限：立即实施) is the rules' reading whole: the labeller's deadline over it goes
  const fieldValues = rules.filter((r) => r.type === 'deadline' && r.kind === 'ongoing');
  const labelled = labelledSpans(text, tags, rules, context.referenceDate).filter(
    (l) => l.type !== 'deadline' || !overlapsAny(fieldValues, l),
  );
  const spans = resolveOverlaps(text, [...labelled, ...rules.filter((r) => !overlapsAny(labelled, r))]).sort((a, b) => a.start - b.start);
  return { rules, spans, parts: figureParts(text) };
}

/** The second reading: planned quantities no span covers, read a clause part at a time (figure-parts.ts); tasks. */
function secondReading(text: string, first: FirstReading, context: PartContext, model: PartsModel): ExtractResult {
  const added = figurePartTargets(text, first.parts, first.spans, context, model);
  const all = added.length ? [...first.spans, ...added].sort((a, b) => a.start - b.start) : first.spans;
  return { spans: all, tasks: buildTasks(text, all) };
}

/** Reads a whole text with the document's context. */
function read(text: string, context: DocumentContext, reading: TextReading, models: Models): ExtractResult {
  // the document's shares, read once for the labeller's features and the figure parts
  const shares = documentShares(text);
  const first = firstReading(text, context, reading, models.model, shares);
  const parted = partContext(first.parts, first.rules, first.spans, shares, context.taskList);
  return secondReading(text, first, parted, models.parts);
}

export interface EngineOptions extends ExtractOptions {
  /** a model other than the shipped one (cross-validation trains its own); default: model/weights.json */
  model?: Model;
  /** a figure-parts model other than the shipped one; default: model/parts.json */
  parts?: PartsModel;
}

interface Models {
  model: Model;
  parts: PartsModel;
}
const modelsOf = (options: EngineOptions): Models => ({ model: options.model ?? shippedModel(), parts: options.parts ?? shippedPartsModel() });

/**
 * Targets, deadlines and responsible units in `text`, and the sentences holding them.
 * Offsets are JavaScript string indices into `text`. Never throws: a text it cannot read gives no spans.
 */
export function extract(text: string, options: EngineOptions = {}): ExtractResult {
  if (typeof text !== 'string' || text.length === 0) return { spans: [], tasks: [] };
  try {
    const reading = readText(text);
    return read(text, documentContext(reading, options), reading, modelsOf(options));
  } catch {
    return { spans: [], tasks: [] };
  }
}

/** The rule finders alone, without the labeller (for comparison in npm run eval). */
export function extractByRules(text: string, options: ExtractOptions = {}): ExtractResult {
  if (typeof text !== 'string' || text.length === 0) return { spans: [], tasks: [] };
  const reading = readText(text);
  return analyse(text, documentContext(reading, options), reading);
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
    // the last line break in this slice (searched within it, not back to the text's start)
    const inSlice = text.slice(start, limit + 1).lastIndexOf('\n');
    let cut = inSlice < 0 ? -1 : start + inSlice;
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
 * extract() a slice at a time, for callers that must not block for long. Each result's offsets are into the whole
 * text; together the results are what extract() gives. The document's genre, reference date and shares are decided
 * once for the whole text: the figure parts read how many of the whole text's parts are targets, so every slice is
 * read by the rules and the labeller first, with an empty result after each (a point where the caller may yield),
 * and then each slice's result follows.
 */
export function* extractSlices(text: string, options: EngineOptions = {}, maxChars = 40_000): Generator<ExtractResult> {
  if (typeof text !== 'string' || text.length === 0) return;
  let context: DocumentContext;
  let models: Models;
  let shares: number;
  try {
    context = documentContext(readText(text), options);
    models = modelsOf(options);
    shares = documentShares(text);
  } catch {
    return;
  }
  const firsts: Array<{ start: number; slice: string; first: FirstReading }> = [];
  let parts = 0, ruleHits = 0, hits = 0;
  for (const [start, end] of sliceText(text, maxChars)) {
    try {
      const slice = text.slice(start, end);
      const first = firstReading(slice, context, readText(slice), models.model, shares);
      firsts.push({ start, slice, first });
      parts += first.parts.length;
      ruleHits += targetHits(first.parts, first.rules);
      hits += targetHits(first.parts, first.spans);
    } catch {
      continue;
    }
    yield { spans: [], tasks: [] };
  }
  const partShares = { documentShares: shares, taskList: context.taskList, ruleTargetShare: shareOf(ruleHits, parts), targetShare: shareOf(hits, parts) };
  for (const { start, slice, first } of firsts) {
    let part: ExtractResult;
    try {
      part = secondReading(slice, first, { ...partShares, ruleSpans: first.rules }, models.parts);
    } catch {
      continue;
    }
    yield {
      spans: part.spans.map((s) => ({ ...s, start: s.start + start, end: s.end + start })),
      tasks: part.tasks.map((t) => ({ ...t, start: t.start + start, end: t.end + start })),
    };
  }
}
