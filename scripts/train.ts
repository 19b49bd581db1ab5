// npm run train: trains the labeller on every marked document of corpus/ (seed, dev, real) and writes
// lib/extract/model/weights.json, then the figure-parts model (lib/extract/figure-parts.ts) and writes
// lib/extract/model/parts.json. Deterministic: a rerun writes the same bytes.
//   npm run train [-- --epochs N]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeModel, train } from '../lib/extract/learn/perceptron';
import { loadCorpus, ROOT } from './corpus';
import { trainLogistic } from '../lib/extract/learn/logistic';
import { partExamples, PARTS_TRAINING, TRAINING, trainingText } from './learn-data';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const started = performance.now();
const docs = loadCorpus();
const model = encodeModel(train(docs.map(trainingText), { ...TRAINING, epochs: arg('--epochs') ?? TRAINING.epochs }), TRAINING);
const json = JSON.stringify(model) + '\n';
const out = join(ROOT, 'lib/extract/model/weights.json');
writeFileSync(out, json);
const rows = model.keys.length * 0.75 / 4;
console.log(
  `trained on ${docs.length} documents (${model.trainedOn?.characters} characters), ${model.trainedOn?.epochs} epochs: ` +
    `${Math.round(rows)} feature rows, ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json).length / 1024).toFixed(0)} KB gzipped, ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s -> ${out}`,
);

const parts = trainLogistic(docs.flatMap(partExamples), PARTS_TRAINING, docs.length);
const partsJson = JSON.stringify(parts) + '\n';
const partsOut = join(ROOT, 'lib/extract/model/parts.json');
writeFileSync(partsOut, partsJson);
console.log(
  `figure parts: ${parts.trainedOn?.parts} parts, ${parts.keys.length} weights, ${(partsJson.length / 1024).toFixed(0)} KB, ` +
    `${(gzipSync(partsJson).length / 1024).toFixed(0)} KB gzipped -> ${partsOut}`,
);
