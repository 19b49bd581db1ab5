// Document-level k-fold cross-validation of the engine on corpus/ (seed, dev and the 70 real texts): every
// document is read by a model trained without it, so these figures measure reading texts the model never saw.
// The test of issue 9: pooled lenient F1 >= 0.80 for every type, and the seed >= 0.90 from a model that did not
// train on it (here, 4 folds: target 0.838 since the figure parts, 0.810 before; `npm run eval` prints the same with
// 5 folds, per genre). This test uses 4 folds to stay fast.
import { describe, expect, test } from 'vitest';
import { crossValidate } from '../../../scripts/eval';

const FOLDS = 4;

describe(`${FOLDS}-fold cross-validation by document`, () => {
  const cv = crossValidate(FOLDS);
  const FLOOR = { unit: 0.8, deadline: 0.8, target: 0.8, tasks: 0.8 };
  test.each(['unit', 'deadline', 'target', 'tasks'] as const)('%s: pooled lenient F1 at or above its floor', (kind) => {
    const { p, r, f1, gold } = cv.overall.f1(kind);
    console.log(`cross-validated ${kind}: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} (gold ${gold})`);
    expect(gold).toBeGreaterThan(300);
    expect(f1).toBeGreaterThanOrEqual(FLOOR[kind]);
  });
  test('the seed, held out of its fold: lenient F1 >= 0.90 per type and for tasks', () => {
    const seed = cv.byDoc.get('seed')!;
    for (const type of ['unit', 'deadline', 'target'] as const) expect(seed.types[type].lenient.f1, type).toBeGreaterThanOrEqual(0.9);
    expect(seed.tasks.f1).toBeGreaterThanOrEqual(0.9);
  });
  test('no document was scored twice or left out', () => {
    expect(cv.byDoc.size).toBeGreaterThanOrEqual(73);
  });
});
