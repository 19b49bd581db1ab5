// A second reading for targets: the parts of clauses that hold a figure (or, without one, a word of an end state)
// and that no span covers, each kept or dropped by a small logistic model (learn/logistic.ts, weights in
// model/parts.json).
//
// Why: the labeller decides character by character and misses whole planned quantities it has no close example
// of (建设10个省级数据产业园, 举办大型营业性演出100场、重大体育赛事200场) and end states (消除城市黑臭水体). A part is read as a
// whole instead: its first and last characters, its figure's unit, its clause's first word, the plan and report
// cues of its clause and sentence, whether the rules found a unit, deadline or target in its sentence, and the
// document's shares of plan, report and figure sentences and of parts that are targets (as the rules read it, and
// as the spans found before this reading say). The model learns from every such part of corpus/ whether it
// overlaps a gold target; at inference only the parts that no span overlaps are asked. Cross-validated by document (npm run eval): lib/extract/README.md gives the figures.
//
// Pure: text and spans in, spans out. Linear in the text length: one pass cuts the parts, and each part reads
// only its own clause and sentence.
import { LEADING_WORDS, PART_STATE_WORDS, PART_UNITS, PLAN_CUES, REPORT_CUES, VALUE_MAGNITUDES } from './lexicon/targets';
import { LIST_NUMBER, targetParts } from './boundaries';
import { alternation as alt } from './patterns';
import type { Span } from './types';
import { listOf } from './wordlist';

/** A part: [start, end) of the text, and where its first figure starts (-1: no figure, a state word instead). */
export interface FigurePart {
  start: number;
  end: number;
  figure: number;
}

/** What a part's features read besides its text: the rule finders' spans and the document as a whole. */
export interface PartContext {
  /** the rule finders' spans (rules.ts), sorted by start */
  ruleSpans: readonly Span[];
  /** features.ts documentShares() of the whole document */
  documentShares: number;
  /** the document reads as a task list (rules.ts DocumentContext.taskList) */
  taskList: boolean;
  /** the share of the text's parts that overlap a rule finder's target, 0 to 4 (partContext()) */
  ruleTargetShare: number;
  /** the share of the text's parts that overlap a target found before this reading, 0 to 4 (partContext()) */
  targetShare: number;
}

/** The share of `parts` overlapping a target of `spans` (sorted by start), in fifths, at most 4. */
type Placed = Pick<Span, 'type' | 'start' | 'end'>;

/** How many of `parts` overlap a target of `spans` (sorted by start). */
export function targetHits(parts: readonly FigurePart[], spans: readonly Placed[]): number {
  const targets = spans.filter((s) => s.type === 'target');
  let k = 0, hits = 0;
  for (const p of parts) {
    while (k < targets.length && targets[k].end <= p.start) k++;
    if (k < targets.length && targets[k].start < p.end) hits++;
  }
  return hits;
}

/** `hits` of `parts` parts as a share in fifths, 0 to 4 (0 without parts). */
export function shareOf(hits: number, parts: number): number {
  return parts ? Math.min(4, Math.floor((5 * hits) / parts)) : 0;
}

/**
 * The context of a text's parts. How many of its parts are targets tells a speech that reviews facts (few) from a
 * plan that sets quantities (many): once as the rules read it, once as the targets found so far say (at inference
 * the labeller's and the rules' targets; in training the gold ones, which the found ones approximate: the
 * cross-validated figures in lib/extract/README.md are measured the inference way).
 * @param parts figureParts(text)
 * @param ruleSpans the rule finders' spans, sorted by start
 * @param targets spans found so far (any type; only targets are read), sorted by start
 */
export function partContext(
  parts: readonly FigurePart[],
  ruleSpans: readonly Span[],
  targets: readonly Placed[],
  documentShares: number,
  taskList: boolean,
): PartContext {
  const n = parts.length;
  return { ruleSpans, documentShares, taskList, ruleTargetShare: shareOf(targetHits(parts, ruleSpans), n), targetShare: shareOf(targetHits(parts, targets), n) };
}

/** The logistic model as stored in model/parts.json (scripts/train.ts writes it). */
export interface PartsModelData {
  format: 1;
  /** keep a part when its probability is above this */
  threshold: number;
  bias: number;
  /** feature ids (hashes), ascending, and their weights, same order */
  keys: number[];
  weights: number[];
  trainedOn?: { documents: number; parts: number; epochs: number };
}

/** A loaded model: weight by feature id. */
export interface PartsModel {
  threshold: number;
  bias: number;
  weight: Map<number, number>;
}

/** A model ready to score. Throws on data of another format (keys and weights must pair up). */
export function loadPartsModel(data: PartsModelData): PartsModel {
  if (data.format !== 1 || data.keys.length !== data.weights.length) throw new Error('model/parts.json: unknown format');
  return { threshold: data.threshold, bias: data.bias, weight: new Map(data.keys.map((k, i) => [k, data.weights[i]])) };
}

// a part ends at a clause delimiter or at 、 (list parts: 新增省级创新平台30个、专精特新中小企业100户)
const PART_END = new Set([...'，,；;：:。！？!?\n、']);
const CLAUSE_END = new Set([...'，,；;：:。！？!?\n']);
const SENTENCE_END = new Set([...'。！？!?；;\n']);
/** Longest and shortest part asked about, in characters (longer ones are running text, not one quantity). */
export const MAX_PART = 60;
export const MIN_PART = 3;
// a figure with its unit: 30个, 2.5万亿元, 100 场 (PDF spaces), 95%
const FIGURE = new RegExp(`[0-9０-９]+(?:[.．][0-9０-９]+)?\\s?(?:${alt(VALUE_MAGNITUDES)})?\\s?(${alt(PART_UNITS)})`);
const LEADING = listOf(LEADING_WORDS);
const STATE = listOf(PART_STATE_WORDS);

/**
 * The parts of `text` (cut at clause delimiters and 、) holding a figure with its unit, or no figure but a word of
 * an end state (PART_STATE_WORDS), MIN_PART to MAX_PART characters long, without the list number and leading
 * words (力争, 全年 …) a target leaves out. In order of position.
 */
export function figureParts(text: string): FigurePart[] {
  const out: FigurePart[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !PART_END.has(text[i])) continue;
    const end = i;
    let start = from;
    from = i + 1;
    if (end - start < MIN_PART || end - start > MAX_PART + 12) continue;
    start += LIST_NUMBER.exec(text.slice(start, end))![0].length;
    for (let word = LEADING.at(text, start); word && start + word.length < end; word = LEADING.at(text, start)) start += word.length;
    if (end - start < MIN_PART || end - start > MAX_PART) continue;
    const m = FIGURE.exec(text.slice(start, end));
    if (!m) {
      if (STATE.occursIn(text, start, end)) out.push({ start, end, figure: -1 });
      continue;
    }
    out.push({ start, end, figure: start + m.index });
  }
  return out;
}

/** FNV-1a over a feature's name and value: the id a weight is stored under. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const PLAN = listOf(PLAN_CUES);
const REPORT = listOf(REPORT_CUES);

/** Every cue of `list` in text[from, to), once each. */
function cuesIn(text: string, from: number, to: number, list: ReturnType<typeof listOf>): Set<string> {
  const found = new Set<string>();
  for (let i = from; i < to; i++) {
    const w = list.at(text, i);
    if (w && i + w.length <= to) found.add(w);
  }
  return found;
}

/** The ids of a part's features (feature names are readable in this function; ids are their hashes). */
export function partFeatures(text: string, part: FigurePart, context: PartContext): number[] {
  const { start, end, figure } = part;
  let cs = start;
  while (cs > 0 && start - cs < 80 && !CLAUSE_END.has(text[cs - 1])) cs--;
  let ce = end;
  while (ce < text.length && ce - end < 80 && !CLAUSE_END.has(text[ce])) ce++;
  let ss = cs;
  while (ss > 0 && cs - ss < 200 && !SENTENCE_END.has(text[ss - 1])) ss--;
  let se = ce;
  while (se < text.length && se - ce < 200 && !SENTENCE_END.has(text[se])) se++;
  const span = text.slice(start, end);
  const unit = figure < 0 ? '' : FIGURE.exec(text.slice(figure, end))?.[1] ?? '';
  const f: string[] = [
    `first=${span[0]}`, `first2=${span.slice(0, 2)}`, `last=${span[span.length - 1]}`, `last2=${span.slice(-2)}`,
    `before2=${text.slice(Math.max(0, start - 2), start)}`, `after=${text[end] ?? ''}`,
    `kind=${figure < 0 ? 'state' : 'figure'}`, `length=${Math.min(8, Math.floor(span.length / 5))}`, `unit=${unit}`,
    `figures=${Math.min(3, (span.match(/[0-9０-９]+/g) ?? []).length)}`,
    `head=${text.slice(cs, ce).replace(LIST_NUMBER, '').slice(0, 2)}`, `atClauseStart=${start - cs < 3}`,
    `atClauseEnd=${ce - end < 2}`, `figureAt=${figure < 0 ? 'none' : Math.min(4, Math.floor((figure - start) / 4))}`,
  ];
  const clausePlan = cuesIn(text, cs, ce, PLAN), clauseReport = cuesIn(text, cs, ce, REPORT);
  for (const w of clausePlan) f.push(`clausePlan=${w}`);
  for (const w of clauseReport) f.push(`clauseReport=${w}`);
  for (const w of cuesIn(text, ss, se, PLAN)) if (!clausePlan.has(w)) f.push(`sentencePlan=${w}`);
  for (const w of cuesIn(text, ss, se, REPORT)) if (!clauseReport.has(w)) f.push(`sentenceReport=${w}`);
  let unitHere = false, deadlineHere = false, targetHere = false;
  const spans = context.ruleSpans;
  let lo = 0;
  for (let hi = spans.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= ss) lo = mid + 1;
    else hi = mid;
  }
  for (let j = lo; j < spans.length && spans[j].start < se; j++) {
    const s = spans[j];
    if (s.type === 'unit') unitHere = true;
    else if (s.type === 'deadline') deadlineHere = true;
    else targetHere = true;
  }
  f.push(`rules=${+unitHere}${+deadlineHere}${+targetHere}`, `year=${/(?:19|20)\d\d年/.test(text.slice(ss, se))}`);
  const d = context.documentShares;
  f.push(`docPlan=${d >> 4}`, `docReport=${(d >> 2) & 3}`, `docFigures=${d & 3}`, `taskList=${context.taskList}`);
  f.push(`docRuleTargets=${context.ruleTargetShare}`, `docTargets=${context.targetShare}`);
  return f.map(hash);
}

/** Probability that a part is (or overlaps) a target, by `model`. */
export function partProbability(ids: readonly number[], model: PartsModel): number {
  let z = model.bias;
  for (const id of ids) z += model.weight.get(id) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The parts that no span of `spans` (sorted by start, not overlapping) covers: the ones figurePartTargets() asks
 * the model about. A part overlapping a target is covered; so is a state part overlapping any span, and a part
 * whose figure stands inside a span. A part overlapping a unit or a deadline keeps to the side its figure stands on.
 */
export function uncoveredParts(text: string, parts: readonly FigurePart[], spans: readonly Span[]): FigurePart[] {
  const out: FigurePart[] = [];
  let k = 0;
  for (const part of parts) {
    while (k < spans.length && spans[k].end <= part.start) k++;
    let { start, end } = part;
    let taken = false;
    for (let j = k; j < spans.length && spans[j].start < part.end; j++) {
      const s = spans[j];
      if (s.type === 'target' || part.figure < 0 || (s.start <= part.figure && s.end > part.figure)) {
        taken = true;
        break;
      }
      if (s.end <= part.figure) start = Math.max(start, s.end);
      else end = Math.min(end, s.start);
    }
    if (taken) continue;
    while (start < end && /[\s\u3000，,、]/.test(text[start])) start++;
    while (end > start && /[\s\u3000，,、]/.test(text[end - 1])) end--;
    if (end - start >= MIN_PART) out.push({ start, end, figure: part.figure });
  }
  return out;
}

/**
 * Targets among the uncovered parts (uncoveredParts()) that `model` keeps.
 * @returns new target spans, sorted, overlapping neither each other nor `spans`
 */
export function figurePartTargets(text: string, parts: readonly FigurePart[], spans: readonly Span[], context: PartContext, model: PartsModel): Span[] {
  const out: Span[] = [];
  for (const part of uncoveredParts(text, parts, spans)) {
    if (partProbability(partFeatures(text, part, context), model) <= model.threshold) continue;
    let { start, end } = part;
    // a count after a list of examples starts the target (张官等17条高速公路); a list of figures is a target a
    // part (80项前沿技术研发和60项基础研究重点项目), as boundaries.ts cuts the labeller's
    if (part.figure > start && text[part.figure - 1] === '等') start = part.figure;
    for (const [s, e] of targetParts(text, start, end)) out.push({ type: 'target', start: s, end: e, text: text.slice(s, e) });
  }
  return out;
}
