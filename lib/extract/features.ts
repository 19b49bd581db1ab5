// Features of the character sequence labeller: for every character of a text, FEATURE_COUNT hashed feature ids
// (32-bit integers). The same function serves training (scripts/train.ts) and inference (labeller.ts), so a model
// and the text it reads always agree.
//
// What a feature sees (templates below, one id per template per character):
//   - the characters around it, folded (full-width to ASCII, every digit to 0), alone and as 2-, 3- and 4-grams;
//   - its character class and its neighbours' (CJK, digit, Latin, punctuation, space, placeholder x/×);
//   - the rule finders' reading (rules.ts) as BIO tags: the rules' tag here and around, alone and combined with
//     the character, the sentence's directive / report markers and the document's genre (task list or not);
//   - lexicon hits: a unit suffix (lexicon/units.ts) ends here, a directive cue starts right after, a value unit
//     (lexicon/targets.ts) ends here, the column a table cell belongs to (table.ts);
//   - where it stands: distance from the clause start and to the next directive cue in the clause;
//   - its clause as a whole: the clause's first and last two Chinese characters (新增…, 力争…, …以上, …左右), and
//     for a list cut by 、 whether values stand in the part before, behind and ahead in its own part. Most targets
//     are a whole clause or a list part: in corpus/, 533 of 715 start at a clause start and 669 end at a
//     clause or part end. These four templates raised the cross-validated target F1 from 0.787 to 0.811 (lenient)
//     and 0.577 to 0.644 (strict), npm run eval.
// Ids are hashes, so the model stores only the ids it learned a weight for. Linear in the text length.
import { REPORT_CUES as DEADLINE_REPORT_CUES } from './lexicon/deadlines';
import { COUNT_PLAN_VERBS, INDICATOR_VERBS, PLAN_CUES, VALUE_UNITS } from './lexicon/targets';
import { DIRECTIVE_CUES, UNIT_FIELD_LABELS, UNIT_SUFFIXES } from './lexicon/units';
import { DEADLINE_FIELD_LABELS } from './lexicon/deadlines';
import type { Span } from './types';
import type { TableCell } from './table';
import { listOf } from './wordlist';
import { ASSIGNMENT_FIELD_LABELS, BRACKETS, DEADLINE_SHAPES, MAX_BRACKET, VALUE_NUMBER } from './lexicon/candidates';
import { BRACKET_ROLE_ENDINGS } from './lexicon/units';

/** Names of the feature templates, in the order of the ids per character. */
export const TEMPLATES = [
  'bias', 'c0', 'c-1', 'c+1', 'c-2', 'c+2', 'c-1c0', 'c0c+1', 'c-2c-1', 'c+1c+2', 'c-1c0c+1', 'c-2c-1c0', 'c0c+1c+2',
  'c-3..c0', 'c0..c+3', 'class-1..+1', 'rule0', 'rule0.c0', 'rule-1..+1', 'rule0.sentence', 'rule0.genre',
  'unitSuffixEnd.next', 'cueNext.c0', 'valueUnitEnd', 'cell.rule0', 'clausePos.class', 'cueDistance.class',
  'sentence.class', 'lineField.rule0', 'raw.c0', 'field.class', 'field.c0', 'field.rule0',
  'dShape', 'dShape.c0', 'dShape.field', 'value', 'valueAhead.class', 'valueBehind.class', 'value.sentence.rule0',
  'bracket.class', 'bracket.unitEnd', 'bracket.c0', 'doc.valueAhead.rule0', 'doc.value.c0', 'planVerb.valueAhead',
  'planVerbBehind.valueAhead', 'doc.sentence.class', 'part.values', 'part.values.rule0',
  'clauseHead.class', 'clauseHead.valueAhead', 'clauseTail.class',
] as const;
export const FEATURE_COUNT = TEMPLATES.length;

/** What the rules and the document say, beside the text itself. */
export interface FeatureContext {
  /** the rule finders' spans (rules.ts), sorted, not overlapping */
  ruleSpans: readonly Span[];
  /** table cells of a flattened task table (table.ts) */
  cells: readonly TableCell[];
  /** the document reads as a task list (责任单位 fields, a table with unit or time columns) */
  taskList: boolean;
  /** documentShares() of the whole document, when `text` is a slice of it; default: of `text` */
  documentShares?: number;
}

// character classes
const HAN = 1, DIGIT = 2, LATIN = 3, PUNCT = 4, SPACE = 5, PLACEHOLDER = 6, OTHER = 7, EDGE = 8;

/** Folded code of a UTF-16 unit: full-width ASCII to ASCII, spaces to one space, digits to '0'. */
function fold(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x30 && code <= 0x39) return 0x30;
  if (code >= 0xff10 && code <= 0xff19) return 0x30;
  if (code === 0x3000 || code === 0x09 || code === 0xa0 || code === 0x0d) return 0x20;
  return code;
}

function classOf(code: number): number {
  if (code === 0x78 || code === 0x58 || code === 0xd7 || code === 0x2a) return PLACEHOLDER; // x X × *
  if (code >= 0x4e00 && code <= 0x9fff) return HAN;
  if (code === 0x30) return DIGIT;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return LATIN;
  if (code === 0x20) return SPACE;
  if (code === 0x0a) return EDGE;
  if ((code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x3000 && code <= 0x303f) || (code >= 0x2010 && code <= 0x206f)) return PUNCT;
  return OTHER;
}

// clause boundaries: , ; : 。 ! ? 、 is not one (it separates names inside a clause)
const codeSet = (codes: number[]) => {
  const table = new Uint8Array(0x10000);
  for (const c of codes) table[c] = 1;
  return { has: (code: number) => table[code] === 1 };
};
const CLAUSE_END = codeSet([0x2c, 0x3b, 0x3a, 0x3002, 0x21, 0x3f, 0x0a, 0xff0c, 0xff1b, 0xff1a]);
const DIGIT_CODES = codeSet([...'0123456789０１２３４５６７８９xX×'].map((c) => c.charCodeAt(0)));
const SENTENCE_END = codeSet([0x3002, 0x21, 0x3f, 0x3b, 0x0a, 0xff01, 0xff1f, 0xff1b]);

const UNIT_SUFFIX_LIST = listOf(UNIT_SUFFIXES);
const CUE_LIST = listOf(DIRECTIVE_CUES);
const VALUE_UNIT_LIST = listOf(VALUE_UNITS);
const PLAN_LIST = listOf(PLAN_CUES);
const PLAN_VERB_LIST = listOf([...COUNT_PLAN_VERBS, ...INDICATOR_VERBS]);
const REPORT_LIST = listOf(DEADLINE_REPORT_CUES);
const UNIT_FIELD_LIST = listOf([...UNIT_FIELD_LABELS, ...ASSIGNMENT_FIELD_LABELS]);
const ROLE_LIST = listOf(BRACKET_ROLE_ENDINGS);
const OPENERS = new Map(BRACKETS.map(([o, c], k) => [o.charCodeAt(0), k]));
const CLOSERS = new Map(BRACKETS.map(([o, c], k) => [c.charCodeAt(0), k]));
const DEADLINE_FIELD_LIST = listOf(DEADLINE_FIELD_LABELS);

const RULE_LETTER: Record<string, number> = { unit: 1, deadline: 3, target: 5 };
const CELL_KIND: Record<string, number> = { unit: 1, deadline: 2, task: 3, other: 4 };

function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x5bd1e995);
  return h ^ (h >>> 15);
}
function finish(h: number): number {
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h; // 0 marks an empty slot in the model's table
}
const SEEDS = TEMPLATES.map((_, i) => finish(mix(0x9747b28c, i + 1)));

const bucket = (d: number) => (d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 12 ? 6 : 7);

/**
 * The document as a whole: the share of its sentences holding a plan cue, a report cue and a figure with its
 * unit (0-3 each, as plan * 16 + report * 4 + figures), so that a planned quantity in a work report's plan section (新建5G-A基站4000座) reads
 * differently from a figure in a review of the past year.
 */
export function documentShares(text: string, flags: Uint8Array = sentenceFlags(text)): number {
  let sentences = 0, planned = 0, reported = 0, valued = 0;
  for (let s = 0; s < text.length; ) {
    let e = s;
    while (e < text.length && !SENTENCE_END.has(text.charCodeAt(e))) e++;
    if (e > s) {
      sentences++;
      if (flags[s] & 1) planned++;
      if (flags[s] & 2) reported++;
      if (flags[s] & 4) valued++;
    }
    s = e + 1;
  }
  const share = (k: number) => (sentences ? Math.min(3, Math.floor((4 * k) / sentences)) : 0);
  return share(planned) * 16 + share(reported) * 4 + share(valued);
}

/**
 * What each character's sentence holds, one scan for the features and documentShares(): bit 1 a plan or directive
 * cue, 2 a report cue, 4 a figure with its unit. The sentence's end character carries its sentence's flags.
 */
function sentenceFlags(text: string): Uint8Array {
  const n = text.length;
  const out = new Uint8Array(n);
  for (let s = 0; s < n; ) {
    let e = s;
    while (e < n && !SENTENCE_END.has(text.charCodeAt(e))) e++;
    let flags = 0;
    for (let i = s; i < e && flags !== 7; i++) {
      if (!(flags & 1) && PLAN_LIST.at(text, i)) flags |= 1;
      if (!(flags & 2) && REPORT_LIST.at(text, i)) flags |= 2;
      if (!(flags & 4) && VALUE_UNIT_LIST.at(text, i) && i > s && DIGIT_CODES.has(text.charCodeAt(i - 1))) flags |= 4;
    }
    out.fill(flags, s, e + 1);
    s = e + 1;
  }
  return out;
}

/**
 * Hashed feature ids of every character, written a range at a time: what the features read of the whole text is
 * computed once (about 45 bytes a character), the ids (FEATURE_COUNT 32-bit ids, 212 bytes a character) only for
 * the range asked for, so that a long text is scored in bounded memory. writer(from, to)[(i - from) *
 * FEATURE_COUNT + t] is template t's id at character i; writer(0, text.length) gives every character's.
 * @param text the original text (offsets are its indices)
 */
export function featureWriter(text: string, context: FeatureContext): (from: number, to: number) => Int32Array {
  const n = text.length;
  const c = new Int32Array(n + 6); // folded codes, padded by 3 on each side with 0x0a (an edge)
  c.fill(0x0a);
  const cls = new Uint8Array(n + 6).fill(EDGE);
  for (let i = 0; i < n; i++) {
    const f = fold(text.charCodeAt(i));
    c[i + 3] = f;
    cls[i + 3] = classOf(f);
  }
  // the rules' BIO tags
  const rule = new Uint8Array(n + 2); // padded by 1
  for (const s of context.ruleSpans) {
    const b = RULE_LETTER[s.type];
    if (s.start < 0 || s.end > n) continue;
    rule[s.start + 1] = b;
    for (let i = s.start + 1; i < s.end; i++) rule[i + 1] = b + 1;
  }
  const cell = new Uint8Array(n);
  for (const k of context.cells) for (let i = Math.max(0, k.start); i < Math.min(n, k.end); i++) cell[i] = CELL_KIND[k.kind] ?? 0;
  // lexicon hits
  const unitEnd = new Uint8Array(n);
  const cueStart = new Uint8Array(n + 1);
  const valueEnd = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const u = UNIT_SUFFIX_LIST.at(text, i);
    if (u) unitEnd[i + u.length - 1] = Math.min(3, u.length);
    if (CUE_LIST.at(text, i)) cueStart[i] = 1;
    const v = VALUE_UNIT_LIST.at(text, i);
    if (v) valueEnd[i + v.length - 1] = 1;
  }
  // clause position, and distance to the next cue in the clause
  const clausePos = new Uint8Array(n);
  const cueDist = new Uint8Array(n);
  for (let i = 0, from = 0; i < n; i++) {
    if (CLAUSE_END.has(text.charCodeAt(i))) from = i + 1;
    clausePos[i] = bucket(i - from);
  }
  for (let i = n - 1, next = -1; i >= 0; i--) {
    if (CLAUSE_END.has(text.charCodeAt(i))) next = -1;
    if (cueStart[i + 1]) next = i + 1;
    cueDist[i] = next < 0 ? 15 : bucket(next - i);
  }
  // sentence markers: 1 plan/directive cue, 2 report cue; line field: 1 unit field label, 2 deadline field label
  const flags = sentenceFlags(text);
  const sentence = flags.map((f) => f & 3);
  const lineField = new Uint8Array(n);
  for (let s = 0; s < n; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = n;
    let field = 0;
    for (let i = s; i < Math.min(e, s + 40) && !field; i++) {
      if (UNIT_FIELD_LIST.at(text, i)) field = 1;
      else if (DEADLINE_FIELD_LIST.at(text, i)) field = 2;
    }
    lineField.fill(field, s, e);
    s = e + 1;
  }
  // the field a character stands in: after 责任单位： (1) or 完成时限： (2), up to the sentence end or the next label
  const field = new Uint8Array(n);
  for (let i = 0, state = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (SENTENCE_END.has(code)) state = 0;
    const u = UNIT_FIELD_LIST.at(text, i);
    const d = u ? null : DEADLINE_FIELD_LIST.at(text, i);
    const label = u ?? d;
    if (label) {
      const after = text.charCodeAt(i + label.length);
      if (after === 0x3a || after === 0xff1a || after === 0x20 || after === 0x3000 || after === 0x09) state = u ? 1 : 2;
      else if (/[(（〔\[]/.test(text[i - 1] ?? '')) state = 0;
    }
    field[i] = state;
  }
  // high-recall shapes: deadline-like time expressions (BIO 1/2/3 = begin, inside, end), numbers of values, and
  // how far the next value lies ahead in the clause (or the last one behind)
  const dShape = new Uint8Array(n);
  for (const m of text.matchAll(DEADLINE_SHAPES)) {
    const e = m.index + m[0].length;
    if (e === m.index) continue;
    dShape.fill(2, m.index, e);
    dShape[m.index] = 1;
    dShape[e - 1] = dShape[e - 1] === 1 ? 4 : 3;
  }
  const value = new Uint8Array(n);
  for (const m of text.matchAll(VALUE_NUMBER)) value.fill(1, m.index, m.index + m[0].length);
  const valueAhead = new Uint8Array(n);
  const valueBehind = new Uint8Array(n);
  for (let i = n - 1, next = -1; i >= 0; i--) {
    if (CLAUSE_END.has(text.charCodeAt(i))) next = -1;
    if (value[i]) next = i;
    valueAhead[i] = next < 0 ? 15 : bucket(next - i);
  }
  for (let i = 0, last = -1; i < n; i++) {
    if (CLAUSE_END.has(text.charCodeAt(i))) last = -1;
    if (value[i]) last = i;
    valueBehind[i] = last < 0 ? 15 : bucket(i - last);
  }
  // brackets: 1 inside one whose content names a role (牵头, 负责, 配合 …), 2 inside another one
  const roleBefore = new Int32Array(n + 1); // roleBefore[i] = role words starting before i
  for (let i = 0; i < n; i++) roleBefore[i + 1] = roleBefore[i] + (ROLE_LIST.at(text, i) ? 1 : 0);
  const bracket = new Uint8Array(n);
  const open: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) open.length = 0;
    const k = OPENERS.get(code);
    if (k !== undefined) {
      if (open.length > 32) open.shift();
      open.push([k, i]);
      continue;
    }
    const kc = CLOSERS.get(code);
    if (kc === undefined) continue;
    while (open.length && open[open.length - 1][0] !== kc) open.pop();
    const top = open.pop();
    if (!top || i - top[1] > MAX_BRACKET) continue;
    const mark = roleBefore[i] - roleBefore[top[1]] > 0 ? 1 : 2;
    for (let j = top[1] + 1; j < i; j++) if (!bracket[j]) bracket[j] = mark;
  }
  const doc = context.documentShares ?? documentShares(text, flags);
  // plan and indicator verbs (新建, 实施, 增长 …) and how far the last one lies behind in the clause
  const planVerb = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = PLAN_VERB_LIST.at(text, i);
    if (v) planVerb.fill(1, i, i + v.length);
  }
  const verbBehind = new Uint8Array(n);
  for (let i = 0, last = -1; i < n; i++) {
    if (CLAUSE_END.has(text.charCodeAt(i))) last = -1;
    if (planVerb[i]) last = i;
    verbBehind[i] = last < 0 ? 15 : bucket(i - last);
  }
  // list parts: a clause cut at 、 (新增省级创新平台30个、专精特新中小企业100户): whether a value stands in the
  // part before the last 、, behind this character in its own part, and ahead of it in its own part
  const partFlags = new Uint8Array(n);
  {
    const PART_SEP = 0x3001;
    let prevPart = 0, behind = 0;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      if (CLAUSE_END.has(code)) prevPart = behind = 0;
      else if (code === PART_SEP) {
        prevPart = behind ? 2 : 1;
        behind = 0;
      } else if (value[i]) behind = 1;
      partFlags[i] = prevPart * 10 + behind * 2 + (i > 0 && text.charCodeAt(i - 1) === PART_SEP ? 1 : 0);
    }
    for (let i = n - 1, ahead = 0; i >= 0; i--) {
      const code = text.charCodeAt(i);
      if (CLAUSE_END.has(code) || code === PART_SEP) ahead = 0;
      else if (value[i]) ahead = 1;
      partFlags[i] = partFlags[i] * 2 + ahead;
    }
  }
  // the clause's first two characters (after spaces and list numbers), for every character of the clause
  const clauseHead = new Int32Array(n);
  const clauseTail = new Int32Array(n);
  for (let s = 0; s < n; ) {
    let e = s;
    while (e < n && !CLAUSE_END.has(text.charCodeAt(e))) e++;
    let h = s;
    while (h < e && cls[h + 3] !== HAN) h++;
    const head = h + 1 < e ? c[h + 3] * 65536 + c[h + 4] : 0;
    clauseHead.fill(head, s, e + 1);
    let t = e;
    while (t > s && cls[t + 2] !== HAN) t--;
    clauseTail.fill(t - 1 > s ? c[t + 1] * 65536 + c[t + 2] : 0, s, e + 1);
    s = e + 1;
  }
  const genre = context.taskList ? 1 : 0;

  return (from: number, to: number): Int32Array => {
    const ids = new Int32Array((to - from) * FEATURE_COUNT);
    const S = SEEDS;
    for (let i = from; i < to; i++) {
      const p = i + 3; // index into padded arrays c, cls
      const r = i + 1; // index into rule
      const c0 = c[p], cm1 = c[p - 1], cp1 = c[p + 1], cm2 = c[p - 2], cp2 = c[p + 2];
      const rt = rule[r];
      const o = (i - from) * FEATURE_COUNT;
      ids[o] = S[0];
      ids[o + 1] = finish(mix(S[1], c0));
      ids[o + 2] = finish(mix(S[2], cm1));
      ids[o + 3] = finish(mix(S[3], cp1));
      ids[o + 4] = finish(mix(S[4], cm2));
      ids[o + 5] = finish(mix(S[5], cp2));
      ids[o + 6] = finish(mix(mix(S[6], cm1), c0));
      ids[o + 7] = finish(mix(mix(S[7], c0), cp1));
      ids[o + 8] = finish(mix(mix(S[8], cm2), cm1));
      ids[o + 9] = finish(mix(mix(S[9], cp1), cp2));
      ids[o + 10] = finish(mix(mix(mix(S[10], cm1), c0), cp1));
      ids[o + 11] = finish(mix(mix(mix(S[11], cm2), cm1), c0));
      ids[o + 12] = finish(mix(mix(mix(S[12], c0), cp1), cp2));
      ids[o + 13] = finish(mix(mix(mix(mix(S[13], c[p - 3]), cm2), cm1), c0));
      ids[o + 14] = finish(mix(mix(mix(mix(S[14], c0), cp1), cp2), c[p + 3]));
      ids[o + 15] = finish(mix(S[15], cls[p - 1] * 100 + cls[p] * 10 + cls[p + 1]));
      ids[o + 16] = finish(mix(S[16], rt));
      ids[o + 17] = finish(mix(mix(S[17], rt), c0));
      ids[o + 18] = finish(mix(S[18], rule[r - 1] * 100 + rt * 10 + rule[r + 1]));
      ids[o + 19] = finish(mix(S[19], rt * 10 + sentence[i]));
      ids[o + 20] = finish(mix(S[20], rt * 10 + genre));
      ids[o + 21] = finish(mix(S[21], unitEnd[i] * 100 + cls[p + 1] * 10 + cueStart[i + 1]));
      ids[o + 22] = finish(mix(mix(S[22], cueStart[i + 1]), c0));
      ids[o + 23] = finish(mix(S[23], valueEnd[i] * 10 + cls[p + 1]));
      ids[o + 24] = finish(mix(S[24], cell[i] * 10 + rt));
      ids[o + 25] = finish(mix(S[25], clausePos[i] * 10 + cls[p]));
      ids[o + 26] = finish(mix(S[26], cueDist[i] * 10 + cls[p]));
      ids[o + 27] = finish(mix(S[27], sentence[i] * 100 + genre * 10 + cls[p]));
      ids[o + 28] = finish(mix(S[28], lineField[i] * 10 + rt));
      ids[o + 29] = finish(mix(S[29], text.charCodeAt(i)));
      ids[o + 30] = finish(mix(S[30], field[i] * 10 + cls[p]));
      ids[o + 31] = finish(mix(mix(S[31], field[i]), c0));
      ids[o + 32] = finish(mix(S[32], field[i] * 10 + rt));
      ids[o + 33] = finish(mix(S[33], dShape[i] * 10 + (i > 0 ? dShape[i - 1] : 0)));
      ids[o + 34] = finish(mix(mix(S[34], dShape[i]), c0));
      ids[o + 35] = finish(mix(S[35], dShape[i] * 100 + field[i] * 10 + sentence[i]));
      ids[o + 36] = finish(mix(S[36], value[i] * 100 + cls[p + 1] * 10 + rt));
      ids[o + 37] = finish(mix(S[37], valueAhead[i] * 10 + cls[p]));
      ids[o + 38] = finish(mix(S[38], valueBehind[i] * 10 + cls[p]));
      ids[o + 40] = finish(mix(S[40], bracket[i] * 10 + cls[p]));
      ids[o + 41] = finish(mix(S[41], bracket[i] * 100 + unitEnd[i] * 10 + cls[p + 1]));
      ids[o + 42] = finish(mix(mix(S[42], bracket[i]), c0));
      ids[o + 43] = finish(mix(S[43], doc * 1000 + valueAhead[i] * 10 + rt));
      ids[o + 44] = finish(mix(mix(S[44], doc * 10 + value[i]), c0));
      ids[o + 45] = finish(mix(S[45], planVerb[i] * 100 + valueAhead[i]));
      ids[o + 46] = finish(mix(S[46], verbBehind[i] * 100 + valueAhead[i]));
      ids[o + 47] = finish(mix(S[47], doc * 1000 + sentence[i] * 100 + genre * 10 + cls[p]));
      ids[o + 48] = finish(mix(S[48], partFlags[i] * 10 + cls[p]));
      ids[o + 49] = finish(mix(S[49], partFlags[i] * 10 + rt));
      ids[o + 50] = finish(mix(mix(S[50], clauseHead[i]), cls[p]));
      ids[o + 51] = finish(mix(mix(S[51], clauseHead[i]), valueAhead[i]));
      ids[o + 52] = finish(mix(mix(S[52], clauseTail[i]), cls[p]));
      ids[o + 39] = finish(mix(S[39], (valueAhead[i] < 15 ? 1 : 0) * 1000 + sentence[i] * 100 + genre * 10 + rt));
    }
    return ids;
  };
}
