// Training sequences from the corpus: each document's features (as extract() computes them at inference) and
// its gold BIO tags. Shared by npm run train and npm run eval (Node only).
import { TEMPLATES } from '../lib/extract/features';
import { featuresOf } from '../lib/extract/index';
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
