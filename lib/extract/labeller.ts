// The character sequence labeller: a linear model over hashed features (features.ts) with first-order tag
// transitions, decoded by Viterbi under the BIO constraint (an I-X only after B-X or I-X). Its weights come from
// an averaged structured perceptron (learn/perceptron.ts, run by `npm run train`) and ship as data in
// model/weights.json. Time and memory are linear in the text length: per character, FEATURE_COUNT table lookups
// and 7 x 7 transition sums.
import { TAG_COUNT, TAGS } from './learn/bio';
import { FEATURE_COUNT, TEMPLATES } from './features';

/** The model as stored in model/weights.json. */
export interface ModelData {
  format: 1;
  /** feature templates the weights were trained with; must equal features.ts TEMPLATES */
  templates: string[];
  tags: string[];
  /** the largest weight; weight = sign(q) * scale * (q / 127)^2 for a stored int8 q */
  scale: number;
  /** base64 of an Int32Array: the hashed feature ids that carry weights, one row each */
  keys: string;
  /** base64 of an Int8Array: rows * TAG_COUNT quantised weights, row-major */
  weights: string;
  /** TAG_COUNT * TAG_COUNT transition weights, [from * TAG_COUNT + to] */
  transitions: number[];
  /** TAG_COUNT weights of the first tag of a line */
  start: number[];
  /** how the model was trained, for the record */
  trainedOn?: { documents: number; characters: number; epochs: number };
}

/** A model ready to score: an open-addressing table from feature id to row, and the weights as floats. */
export interface Model {
  table: IdTable;
  emit: Float32Array;
  transitions: Float32Array;
  start: Float32Array;
}

/** Scores of every tag at every character: scores[i * TAG_COUNT + t]. */
export function emissionScores(ids: Int32Array, n: number, model: Pick<Model, 'table' | 'emit'>): Float64Array {
  const scores = new Float64Array(n * TAG_COUNT);
  const { emit } = model;
  const { slots, mask } = model.table;
  for (let i = 0; i < n; i++) {
    const o = i * TAG_COUNT;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
    for (let f = i * FEATURE_COUNT, end = f + FEATURE_COUNT; f < end; f++) {
      // the table's lookup, inlined (this loop is most of the engine's time): key and row side by side, so a
      // probe touches one cache line
      const id = ids[f];
      let h = ((id ^ (id >>> 16)) & mask) << 1;
      let k = slots[h];
      while (k !== id && k !== 0) {
        h = (h + 2) & (mask * 2 + 1);
        k = slots[h];
      }
      if (k === 0) continue;
      const w = slots[h + 1] * TAG_COUNT;
      s0 += emit[w];
      s1 += emit[w + 1];
      s2 += emit[w + 2];
      s3 += emit[w + 3];
      s4 += emit[w + 4];
      s5 += emit[w + 5];
      s6 += emit[w + 6];
    }
    scores[o] = s0;
    scores[o + 1] = s1;
    scores[o + 2] = s2;
    scores[o + 3] = s3;
    scores[o + 4] = s4;
    scores[o + 5] = s5;
    scores[o + 6] = s6;
  }
  return scores;
}

// allowed[from * TAG_COUNT + to]: I-X only after B-X or I-X
const ALLOWED = new Uint8Array(TAG_COUNT * TAG_COUNT);
const CAN_START = new Uint8Array(TAG_COUNT);
for (let to = 0; to < TAG_COUNT; to++) {
  const [bio, x] = TAGS[to].split('-');
  CAN_START[to] = bio === 'I' ? 0 : 1;
  for (let from = 0; from < TAG_COUNT; from++) ALLOWED[from * TAG_COUNT + to] = bio !== 'I' || TAGS[from].endsWith(`-${x}`) ? 1 : 0;
}

/**
 * Best tag sequence for characters [from, to) (one line: spans never cross a line break), written into `out`.
 * `back` is scratch space of at least (to - from) * TAG_COUNT entries.
 */
export function viterbi(
  scores: Float64Array,
  from: number,
  to: number,
  transitions: ArrayLike<number>,
  start: ArrayLike<number>,
  out: Uint8Array,
  back: Uint8Array,
): void {
  if (to <= from) return;
  let prev = new Float64Array(TAG_COUNT);
  let cur = new Float64Array(TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++) prev[t] = CAN_START[t] ? start[t] + scores[from * TAG_COUNT + t] : -Infinity;
  for (let i = from + 1; i < to; i++) {
    const o = i * TAG_COUNT;
    const b = (i - from) * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let s = 0; s < TAG_COUNT; s++) {
        if (!ALLOWED[s * TAG_COUNT + t]) continue;
        const v = prev[s] + transitions[s * TAG_COUNT + t];
        if (v > best) {
          best = v;
          arg = s;
        }
      }
      cur[t] = best + scores[o + t];
      back[b + t] = arg;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  let best = 0;
  for (let t = 1; t < TAG_COUNT; t++) if (prev[t] > prev[best]) best = t;
  for (let i = to - 1; i >= from; i--) {
    out[i] = best;
    if (i > from) best = back[(i - from) * TAG_COUNT + best];
  }
}

/** Tags of every character of `text` (index into TAGS); line breaks are always O. */
export function decode(text: string, scores: Float64Array, transitions: ArrayLike<number>, start: ArrayLike<number>): Uint8Array {
  const n = text.length;
  const out = new Uint8Array(n);
  let longest = 0;
  for (let s = 0; s < n; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = n;
    longest = Math.max(longest, e - s);
    s = e + 1;
  }
  const back = new Uint8Array(longest * TAG_COUNT);
  for (let s = 0; s < n; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = n;
    viterbi(scores, s, e, transitions, start, out, back);
    s = e + 1;
  }
  return out;
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/**
 * An open-addressing table (linear probing) from feature id to row: slots[2h] is a key, slots[2h + 1] its row.
 * 0 is the empty key (ids are never 0). At most half full.
 */
export interface IdTable {
  slots: Int32Array;
  mask: number;
}

export function idTable(keys: Int32Array): IdTable {
  let cap = 16;
  while (cap < keys.length * 2) cap <<= 1;
  const mask = cap - 1;
  const slots = new Int32Array(cap * 2);
  for (let r = 0; r < keys.length; r++) {
    let h = (keys[r] ^ (keys[r] >>> 16)) & mask;
    while (slots[h * 2] !== 0) h = (h + 1) & mask;
    slots[h * 2] = keys[r];
    slots[h * 2 + 1] = r;
  }
  return { slots, mask };
}

/**
 * A ready model from its stored form.
 * @throws Error when the data was trained with other feature templates or tags (retrain: npm run train).
 */
export function loadModel(data: ModelData): Model {
  if (data.format !== 1 || data.templates.join() !== TEMPLATES.join() || data.tags.join() !== TAGS.join()) {
    throw new Error('model/weights.json does not fit features.ts: run npm run train');
  }
  const keyBytes = fromBase64(data.keys);
  const keys = new Int32Array(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength / 4);
  const wBytes = fromBase64(data.weights);
  const q = new Int8Array(wBytes.buffer, wBytes.byteOffset, wBytes.byteLength);
  const emit = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) emit[i] = Math.sign(q[i]) * data.scale * (q[i] / 127) ** 2;
  const table = idTable(keys);
  return { table, emit, transitions: Float32Array.from(data.transitions), start: Float32Array.from(data.start) };
}
