// Logistic regression by stochastic gradient descent with L2 regularisation, for figure-parts.ts: sparse binary
// features (ids), a bias, and a label 0 or 1 per example. Deterministic: the order of examples in each epoch comes
// from a seeded generator, and no step depends on time.
import type { PartsModelData } from '../figure-parts';
import { random } from './random';

export interface Example {
  ids: readonly number[];
  label: 0 | 1;
}

export interface LogisticOptions {
  epochs: number;
  /** step size */
  rate: number;
  /** L2 penalty per step */
  l2: number;
  seed: number;
  /** probability above which a part is kept (stored with the model) */
  threshold: number;
  /** weights smaller than this in magnitude are not stored */
  minWeight: number;
}

/** Trains the model on `examples`; weights are rounded to 3 decimals, as stored. */
export function trainLogistic(examples: readonly Example[], options: LogisticOptions, documents = 0): PartsModelData {
  const rand = random(options.seed);
  const w = new Map<number, number>();
  let bias = 0;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const { ids, label } = examples[k];
      let z = bias;
      for (const id of ids) z += w.get(id) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - label;
      bias -= options.rate * g;
      for (const id of ids) {
        const v = w.get(id) ?? 0;
        w.set(id, v - options.rate * (g + options.l2 * v));
      }
    }
  }
  const keys = [...w.keys()].filter((id) => Math.abs(w.get(id)!) >= options.minWeight).sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    format: 1,
    threshold: options.threshold,
    bias: round(bias),
    keys,
    weights: keys.map((id) => round(w.get(id)!)),
    trainedOn: { documents, parts: examples.length, epochs: options.epochs },
  };
}
