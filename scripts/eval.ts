// npm run eval: document-level k-fold cross-validation of the engine on corpus/. Every document is scored by
// models (the labeller and the figure-parts model) trained on the other folds only (the seed included: its figure
// comes from models that never saw it).
// Reports micro precision/recall/F1 per type, strict and lenient, overall and per genre, beside the rule finders
// alone on the same documents.
//   npm run eval [-- --folds K] [--epochs N] [--json FILE] [--predictions FILE] [--verbose]
// --predictions writes every document's gold and cross-validated predicted spans (with the text), for error
// analysis: which boundaries a rule in boundaries.ts would fix is measured on this file before the rule is kept.
// LUOSHI_SEED=N (scripts/learn-data.ts) trains with another shuffling order: a change is worth keeping when it holds
// under two seeds (retraining alone moves a figure by up to about 0.005).
import { writeFileSync } from 'node:fs';
import { extract, extractByRules, type Span } from '../lib/extract/index';
import { loadModel } from '../lib/extract/labeller';
import { encodeModel, train, type EncodeOptions } from '../lib/extract/learn/perceptron';
import { loadCorpus, type Doc } from './corpus';
import { partExamples, PARTS_TRAINING, referenceOf, TRAINING, trainingText } from './learn-data';
import { trainLogistic } from '../lib/extract/learn/logistic';
import { loadPartsModel } from '../lib/extract/figure-parts';
import { KINDS, Pool, score } from './score-pool';

export interface CrossValidation {
  folds: number;
  overall: Pool;
  rules: Pool;
  byGenre: Map<string, Pool>;
  byDoc: Map<string, ReturnType<typeof score>>;
  /** per document: its text, gold spans and the spans its held-out model predicted */
  predictions: Array<{ name: string; genre: string; text: string; gold: Doc['spans']; pred: Array<Pick<Span, 'type' | 'start' | 'end'>> }>;
}

/** Folds by genre, round-robin in name order, so every fold holds every genre. */
/** npm run eval --sweep: pooled scores per encoding setting (the model's size in rows). */
export const sweep = new Map<string, Pool>();

export function assignFolds(docs: readonly Doc[], k: number): number[] {
  const fold = new Array<number>(docs.length);
  const byGenre = new Map<string, number[]>();
  docs.forEach((d, i) => byGenre.set(d.genre, [...(byGenre.get(d.genre) ?? []), i]));
  let next = 0;
  for (const genre of [...byGenre.keys()].sort()) for (const i of byGenre.get(genre)!) fold[i] = next++ % k;
  return fold;
}

export function crossValidate(k: number, epochs = TRAINING.epochs, settings: Array<Partial<EncodeOptions>> = []): CrossValidation {
  const docs = loadCorpus();
  const texts = docs.map(trainingText);
  const partSets = docs.map(partExamples);
  const fold = assignFolds(docs, k);
  const result: CrossValidation = { folds: k, overall: new Pool(), rules: new Pool(), byGenre: new Map(), byDoc: new Map(), predictions: [] };
  for (let f = 0; f < k; f++) {
    const trained = train(texts.filter((_, i) => fold[i] !== f), { ...TRAINING, epochs });
    const model = loadModel(encodeModel(trained, TRAINING));
    const parts = loadPartsModel(trainLogistic(partSets.filter((_, i) => fold[i] !== f).flat(), PARTS_TRAINING));
    for (const setting of settings) {
      const key = JSON.stringify(setting);
      const m = loadModel(encodeModel(trained, { ...TRAINING, ...setting }));
      if (!sweep.has(key)) sweep.set(key, new Pool());
      docs.forEach((d, i) => {
        if (fold[i] === f) sweep.get(key)!.add(score(d.marked, extract(d.text, { referenceDate: referenceOf(d.text), model: m })));
      });
    }
    docs.forEach((d, i) => {
      if (fold[i] !== f) return;
      const referenceDate = referenceOf(d.text);
      const predicted = extract(d.text, { referenceDate, model, parts });
      const s = score(d.marked, predicted);
      result.predictions.push({ name: d.name, genre: d.genre, text: d.text, gold: d.spans, pred: predicted.spans.map(({ type, start, end }) => ({ type, start, end })) });
      result.overall.add(s);
      result.rules.add(score(d.marked, extractByRules(d.text, { referenceDate })));
      if (!result.byGenre.has(d.genre)) result.byGenre.set(d.genre, new Pool());
      result.byGenre.get(d.genre)!.add(s);
      result.byDoc.set(d.name, s);
    });
  }
  return result;
}

function table(rows: Array<[string, Pool]>): string {
  const f = (x: number) => x.toFixed(3);
  const lines = ['| texts | type | lenient P | lenient R | lenient F1 | strict F1 | gold |', '|---|---|---|---|---|---|---|'];
  for (const [name, pool] of rows) {
    for (const k of KINDS) {
      const l = pool.f1(k);
      const s = pool.f1(k, false);
      if (!l.gold && !l.pred) continue;
      lines.push(`| ${name} | ${k} | ${f(l.p)} | ${f(l.r)} | ${f(l.f1)} | ${k === 'tasks' ? '' : f(s.f1)} | ${l.gold} |`);
    }
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const k = Number(arg('--folds') ?? 5);
  const started = performance.now();
  const settings: Array<Partial<EncodeOptions>> = process.argv.includes('--sweep')
    ? [60000, 40000, 20000, 10000, 5000].map((maxRows) => ({ maxRows }))
    : [];
  const cv = crossValidate(k, Number(arg('--epochs') ?? TRAINING.epochs), settings);
  for (const [p, pool] of sweep) console.log(`${p}: ` + KINDS.map((k) => `${k} ${pool.f1(k).f1.toFixed(3)}`).join(' '));
  const seed = cv.byDoc.get('seed');
  console.log(`${k}-fold cross-validation by document, ${cv.byDoc.size} documents, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  console.log(table([['all (engine)', cv.overall], ['all (rules alone)', cv.rules]]));
  console.log('\nper genre (engine):\n');
  console.log(table([...cv.byGenre.entries()].sort()));
  if (seed) {
    const f = (x: number) => x.toFixed(3);
    console.log(`\nseed (held out in its fold): unit ${f(seed.types.unit.lenient.f1)} deadline ${f(seed.types.deadline.lenient.f1)} target ${f(seed.types.target.lenient.f1)} tasks ${f(seed.tasks.f1)} (lenient F1)`);
  }
  if (process.argv.includes('--verbose')) {
    for (const [name, s] of cv.byDoc) {
      for (const [type, t] of Object.entries(s.types)) {
        for (const m of t.missed) console.log(`${name} ${type} missed: ${m}`);
        for (const x of t.extra) console.log(`${name} ${type} extra:  ${x}`);
      }
    }
  }
  const json = arg('--json');
  if (json) writeFileSync(json, JSON.stringify(Object.fromEntries(cv.byDoc), null, 1));
  const predictions = arg('--predictions');
  if (predictions) writeFileSync(predictions, JSON.stringify(cv.predictions));
}
