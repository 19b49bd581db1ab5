// The 29 texts written and marked by hand in earlier rounds (test/fixtures/corpus: speeches, task lists and news
// reports; test/fixtures/corpus2: ten more genres, first-seen figures in git history). They were written here, so
// they are no evidence of accuracy on other writers' texts (cross-validation.test.ts on corpus/real is): they stay
// as a regression check of the shipped model on texts it did not train on, pooled over all of them, plus the
// invariants every result must hold.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract, findPublishDate } from '../../../lib/extract/index';
import { Pool } from '../../../scripts/score-pool';
import { invariantProblems, loadScorer, SHARED } from './helpers';

const DIRS = ['corpus', 'corpus2'].map((d) => resolve(import.meta.dirname, '../../fixtures', d));
const FILES = DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.gold.txt')).sort().map((f) => resolve(dir, f)));

describe('texts written here, scored by eval/score.mjs with the shipped model', async () => {
  const { score } = await loadScorer();
  const { parseGold } = (await import(resolve(SHARED, 'eval/gold.mjs'))) as { parseGold(m: string): { text: string } };
  const pool = new Pool();
  const problems: string[] = [];
  for (const file of FILES) {
    const marked = readFileSync(file, 'utf8');
    const { text } = parseGold(marked);
    const result = extract(text, { referenceDate: findPublishDate(text) ?? '2024-03-01' });
    problems.push(...invariantProblems(text, result).map((p) => `${file}: ${p}`));
    pool.add(score(marked, result));
  }
  test('there are 29 texts', () => expect(FILES.length).toBe(29));
  test('every result holds the invariants (offsets, no overlap, spans inside tasks)', () => expect(problems).toEqual([]));
  test.each(['unit', 'deadline', 'target'] as const)('%s: pooled lenient F1 >= 0.80', (type) => {
    const { f1, gold } = pool.f1(type);
    console.log(`written texts ${type}: F1 ${f1.toFixed(3)} (gold ${gold})`);
    expect(f1).toBeGreaterThanOrEqual(0.8);
  });
});
