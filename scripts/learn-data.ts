// Training sequences from the corpus: each document's features (as extract() computes them at inference) and
// its gold BIO tags. Shared by npm run train and npm run eval (Node only).
import { featureIds, TEMPLATES } from '../lib/extract/features';
import { spansToTags } from '../lib/extract/learn/bio';
import type { TrainingText } from '../lib/extract/learn/perceptron';
import { analyse, documentContext, readText } from '../lib/extract/rules';
import { findPublishDate } from '../lib/extract/page-date';
import type { Doc } from './corpus';

/** Reference date of a corpus text: its publish date, else a fixed day (the scorer does not read due dates). */
export const referenceOf = (text: string) => findPublishDate(text) ?? '2024-01-01';

export function trainingText(doc: Doc): TrainingText {
  const reading = readText(doc.text);
  const context = documentContext(reading, { referenceDate: referenceOf(doc.text) });
  const rules = analyse(doc.text, context, reading).spans;
  return {
    text: doc.text,
    ids: featureIds(doc.text, { ruleSpans: rules, cells: reading.cells, taskList: context.taskList }),
    tags: spansToTags(doc.text.length, doc.spans),
  };
}

/** Training settings of the shipped model; eval uses the same unless told otherwise. */
/** Templates that read the rule finders' output (features.ts), left out on some lines in training (dropout). */
export const RULE_TEMPLATES = TEMPLATES.flatMap((name, t) => (/rule/.test(name) ? [t] : []));
export const TRAINING = {
  epochs: 20,
  seed: 20261130,
  maxRows: 20000,
  dropout: { rate: 0.3, templates: RULE_TEMPLATES },
};
