// Averaged structured perceptron (Collins 2002) for the labeller: for each line of each training text, decode
// with the current weights; where the best path differs from the gold tags, add the gold path's features and
// transitions and subtract the predicted one's. The returned weights are the average over every step
// (the "lazy averaging" trick: w_avg = w - u / c, with u accumulating c * delta).
// Deterministic: the order of texts in each epoch comes from a seeded generator, and no step depends on time.
import { TAG_COUNT } from './bio';
import { FEATURE_COUNT } from '../features';
import { viterbi, type ModelData } from '../labeller';
import { TEMPLATES } from '../features';
import { TAGS } from './bio';
import { random } from './random';

export interface TrainingText {
  text: string;
  /** featuresOf(text, …) (index.ts): the ids extract() reads */
  ids: Int32Array;
  /** gold tag per character (spansToTags) */
  tags: Uint8Array;
}

export interface TrainOptions {
  epochs: number;
  /**
   * Feature dropout: on this share of training lines, the templates listed are left out (for decoding and
   * update alike), so the model also learns to find what the rule finders missed instead of copying them.
   */
  dropout?: { rate: number; templates: readonly number[] };
  /** seed of the shuffling order */
  seed?: number;
}

class Weights {
  rows = new Map<number, number>();
  w = new Float64Array(1 << 16);
  u = new Float64Array(1 << 16);
  lookup = (id: number) => this.rows.get(id) ?? -1;
  get emit() {
    return this.w;
  }
  row(id: number): number {
    let r = this.rows.get(id);
    if (r === undefined) {
      r = this.rows.size;
      this.rows.set(id, r);
      if ((r + 1) * TAG_COUNT > this.w.length) {
        const grow = (a: Float64Array) => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.w = grow(this.w);
        this.u = grow(this.u);
      }
    }
    return r;
  }
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function lines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let s = 0; s < text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    if (e > s) out.push([s, e]);
    s = e + 1;
  }
  return out;
}

/** Trains the labeller: averaged weights of every feature id it updated (encodeModel stores them). */
export function train(texts: readonly TrainingText[], options: TrainOptions): TrainedWeights {
  const rand = random(options.seed ?? 1);
  const W = new Weights();
  const trans = new Float64Array(TAG_COUNT * TAG_COUNT);
  const transU = new Float64Array(TAG_COUNT * TAG_COUNT);
  const start = new Float64Array(TAG_COUNT);
  const startU = new Float64Array(TAG_COUNT);
  // every (text, line) is one sequence
  const sequences: Array<[number, number, number]> = [];
  texts.forEach((t, k) => {
    for (const [s, e] of lines(t.text)) sequences.push([k, s, e]);
  });
  let longest = 1;
  for (const [, s, e] of sequences) longest = Math.max(longest, e - s);
  const out = new Uint8Array(Math.max(...texts.map((t) => t.text.length), 1));
  const back = new Uint8Array(longest * TAG_COUNT);
  const scores = new Float64Array(out.length * TAG_COUNT);
  let c = 1;
  let characters = 0;
  const dropRate = options.dropout?.rate ?? 0;
  const dropped = options.dropout ? Uint8Array.from({ length: FEATURE_COUNT }, (_, t) => (options.dropout!.templates.includes(t) ? 1 : 0)) : null;
  for (const t of texts) characters += t.text.length;

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // Fisher-Yates with the seeded generator
    for (let i = sequences.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [sequences[i], sequences[j]] = [sequences[j], sequences[i]];
    }
    for (const [k, s, e] of sequences) {
      const { ids, tags } = texts[k];
      // scores of this line only
      scores.fill(0, s * TAG_COUNT, e * TAG_COUNT);
      const drop = dropped && rand() < dropRate;
      for (let i = s; i < e; i++) {
        const o = i * TAG_COUNT;
        for (let f = i * FEATURE_COUNT, end = f + FEATURE_COUNT; f < end; f++) {
          if (drop && dropped[f - i * FEATURE_COUNT]) continue;
          const row = W.lookup(ids[f]);
          if (row < 0) continue;
          const w = row * TAG_COUNT;
          for (let t = 0; t < TAG_COUNT; t++) scores[o + t] += W.w[w + t];
        }
      }
      viterbi(scores, s, e, trans, start, out, back);
      let wrong = false;
      for (let i = s; i < e; i++) if (out[i] !== tags[i]) wrong = true;
      if (wrong) {
        for (let i = s; i < e; i++) {
          const g = tags[i];
          const p = out[i];
          if (g !== p) {
            for (let f = i * FEATURE_COUNT, end = f + FEATURE_COUNT; f < end; f++) {
              if (drop && dropped[f - i * FEATURE_COUNT]) continue;
              const row = W.row(ids[f]) * TAG_COUNT;
              W.w[row + g] += 1;
              W.u[row + g] += c;
              W.w[row + p] -= 1;
              W.u[row + p] -= c;
            }
          }
          if (i === s) {
            if (g !== p) {
              start[g] += 1;
              startU[g] += c;
              start[p] -= 1;
              startU[p] -= c;
            }
          } else {
            const gt = tags[i - 1] * TAG_COUNT + g;
            const pt = out[i - 1] * TAG_COUNT + p;
            if (gt !== pt) {
              trans[gt] += 1;
              transU[gt] += c;
              trans[pt] -= 1;
              transU[pt] -= c;
            }
          }
        }
      }
      c++;
    }
  }
  // averaged weights
  const ids = [...W.rows.keys()].sort((x, y) => x - y);
  const avg = new Float64Array(ids.length * TAG_COUNT);
  ids.forEach((id, k) => {
    const r = W.rows.get(id)! * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) avg[k * TAG_COUNT + t] = W.w[r + t] - W.u[r + t] / c;
  });
  return {
    ids: Int32Array.from(ids),
    weights: avg,
    transitions: Array.from(trans, (v, i) => v - transU[i] / c),
    start: Array.from(start, (v, i) => v - startU[i] / c),
    trainedOn: { documents: texts.length, characters, epochs: options.epochs },
  };
}

/** Averaged weights as train() leaves them, before pruning and quantising. */
export interface TrainedWeights {
  /** feature ids, ascending */
  ids: Int32Array;
  /** ids.length * TAG_COUNT weights, row-major */
  weights: Float64Array;
  transitions: number[];
  start: number[];
  trainedOn: { documents: number; characters: number; epochs: number };
}

export interface EncodeOptions {
  /** keep the rows with the largest weights, at most this many (the model's size) */
  maxRows: number;
}

/**
 * The stored form of trained weights: the `maxRows` rows with the largest weight kept, each weight quantised to
 * 8 bits on a square-root scale (q = round(127 * sign(w) * sqrt(|w| / max))), so that small weights keep their
 * sign and order while the file stays small.
 */
export function encodeModel(trained: TrainedWeights, options: EncodeOptions): ModelData {
  const rows = trained.ids.length;
  const big = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let m = 0;
    for (let t = 0; t < TAG_COUNT; t++) m = Math.max(m, Math.abs(trained.weights[r * TAG_COUNT + t]));
    big[r] = m;
  }
  const order = Array.from({ length: rows }, (_, r) => r).sort((x, y) => big[y] - big[x] || trained.ids[x] - trained.ids[y]);
  const keep = order.slice(0, options.maxRows).sort((x, y) => trained.ids[x] - trained.ids[y]);
  const max = keep.reduce((m, r) => Math.max(m, big[r]), 0) || 1;
  const q = new Int8Array(keep.length * TAG_COUNT);
  keep.forEach((r, k) => {
    for (let t = 0; t < TAG_COUNT; t++) {
      const w = trained.weights[r * TAG_COUNT + t];
      q[k * TAG_COUNT + t] = Math.sign(w) * Math.round(127 * Math.sqrt(Math.abs(w) / max));
    }
  });
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return {
    format: 1,
    templates: [...TEMPLATES],
    tags: [...TAGS],
    scale: max,
    keys: toBase64(new Uint8Array(Int32Array.from(keep, (r) => trained.ids[r]).buffer)),
    weights: toBase64(new Uint8Array(q.buffer)),
    transitions: trained.transitions.map(round),
    start: trained.start.map(round),
    trainedOn: trained.trainedOn,
  };
}
