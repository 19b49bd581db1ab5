// Scores extract() on the hand-marked seed with the shared scorer (the bar of issue 2), and reports the dev texts.
import { describe, expect, test } from 'vitest';
import { findPublishDate } from '../../../lib/extract/page-date';
import { extract } from '../../../lib/extract/index';
import { DEV_GOLD, DEV_TEXT, loadScorer, type ScoreResult, SEED_GOLD, SEED_TEXT } from './helpers';

function report(name: string, r: ScoreResult): void {
  const f = (x: number) => x.toFixed(3);
  const lines = Object.entries(r.types).map(
    ([type, t]) => `${name} ${type.padEnd(8)} strict P/R/F1 ${f(t.strict.p)} ${f(t.strict.r)} ${f(t.strict.f1)}  lenient ${f(t.lenient.p)} ${f(t.lenient.r)} ${f(t.lenient.f1)}`,
  );
  lines.push(`${name} tasks    P/R/F1 ${f(r.tasks.p)} ${f(r.tasks.r)} ${f(r.tasks.f1)}`);
  console.log(lines.join('\n'));
}

async function scoreText(text: string, gold: string): Promise<ScoreResult> {
  const { score } = await loadScorer();
  const ref = findPublishDate(text);
  return score(gold, extract(text, ref ? { referenceDate: ref } : {}));
}

describe('seed scored by eval/score.mjs', () => {
  test('lenient F1 >= 0.90 per type and for tasks; strict F1 >= 0.75 per type; no offset errors', async () => {
    const r = await scoreText(SEED_TEXT(), SEED_GOLD());
    report('seed', r);
    expect(r.offsetErrors).toBe(0);
    for (const type of ['target', 'deadline', 'unit'] as const) {
      expect(r.types[type].lenient.f1, `${type} lenient`).toBeGreaterThanOrEqual(0.9);
      expect(r.types[type].strict.f1, `${type} strict`).toBeGreaterThanOrEqual(0.75);
    }
    expect(r.tasks.f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('dev task documents (another genre: full-width punctuation, PDF debris)', () => {
  test.each(['d05', 'd07'])('%s: units and tasks lenient F1 >= 0.90', async (name) => {
    const r = await scoreText(DEV_TEXT(name), DEV_GOLD(name));
    report(name, r);
    expect(r.offsetErrors).toBe(0);
    expect(r.types.unit.lenient.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.tasks.f1).toBeGreaterThanOrEqual(0.9);
  });
});
