// Training data from the corpus: each document's features (as extract() computes them at inference) and its gold
// BIO tags for the labeller, and its figure parts with their labels for the figure-parts model. Shared by
// npm run train and npm run eval (Node only).
import { TEMPLATES } from '../lib/extract/features';
import { featuresOf, figurePartsOf } from '../lib/extract/index';
import type { Example, LogisticOptions } from '../lib/extract/learn/logistic';
import { spansToTags } from '../lib/extract/learn/bio';
import type { TrainingText } from '../lib/extract/learn/perceptron';
import { findPublishDate } from '../lib/extract/page-date';
import type { Doc } from './corpus';

/** Reference date of a corpus text: its publish date, else a fixed day (the scorer does not read due dates). */
export const referenceOf = (text: string) => findPublishDate(text) ?? '2024-01-01';

export function trainingText(doc: Doc): TrainingText {
  return {
    text: doc.text,
    ids: featuresOf(doc.text, { referenceDate: referenceOf(doc.text) }),
    tags: spansToTags(doc.text.length, doc.spans),
  };
}

/** Templates that read the rule finders' output (features.ts), left out on some lines in training (dropout). */
export const RULE_TEMPLATES = TEMPLATES.flatMap((name, t) => (/rule/.test(name) ? [t] : []));
export const TRAINING = {
  epochs: 20,
  // the shuffling order's seed; LUOSHI_SEED=N tries another (npm run eval: how much a figure moves on retraining alone)
  seed: Number(process.env.LUOSHI_SEED ?? 20261130),
  maxRows: 20000,
  dropout: { rate: 0.3, templates: RULE_TEMPLATES },
};

/**
 * Examples for the figure-parts model (lib/extract/figure-parts.ts): every figure part of the document, labelled 1
 * when it overlaps a gold target. All parts, not only those the labeller leaves uncovered: which parts that is
 * depends on a labeller trained without the document, and the model is asked only about uncovered ones anyway.
 */
export function partExamples(doc: Doc): Example[] {
  const gold = doc.spans.filter((s) => s.type === 'target').sort((a, b) => a.start - b.start);
  return figurePartsOf(doc.text, gold, { referenceDate: referenceOf(doc.text) }).map(({ part, ids }) => ({
    ids,
    label: gold.some((g) => g.start < part.end && g.end > part.start) ? 1 : 0,
  }));
}

/** How the figure-parts model is trained; the threshold was chosen by cross-validation (npm run eval). */
export const PARTS_TRAINING: LogisticOptions = {
  epochs: 15,
  rate: 0.1,
  l2: 1e-4,
  seed: TRAINING.seed,
  // 0.5 to 0.7 give the same cross-validated target F1 within 0.005 under three shuffling seeds; 0.6 in the middle
  threshold: 0.6,
  minWeight: 0.01,
};
