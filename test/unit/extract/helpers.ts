// Shared by the extract tests: the corpus and the scorer (the project's copies in corpus/ and eval/).
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { resolve } from 'node:path';
import type { ExtractResult } from '../../../lib/extract/types';

/** The project's copy of the corpus and scorer (corpus/, eval/), kept in step with ../shared by npm run corpus:sync. */
export const SHARED = resolve(import.meta.dirname, '../../..');
export const SEED_TEXT = () => readFileSync(resolve(SHARED, 'corpus/seed/000_df3268c7679847d0.txt'), 'utf8');
export const SEED_GOLD = () => readFileSync(resolve(SHARED, 'corpus/gold/000_df3268c7679847d0.gold.txt'), 'utf8');
export const DEV_TEXT = (name: string) => readFileSync(resolve(SHARED, `corpus/dev/${name}.txt`), 'utf8');
export const DEV_GOLD = (name: string) => readFileSync(resolve(SHARED, `corpus/gold/${name}.gold.txt`), 'utf8');

interface Prf {
  p: number;
  r: number;
  f1: number;
}
export interface ScoreResult {
  types: Record<'unit' | 'deadline' | 'target', { gold: number; predicted: number; strict: Prf; lenient: Prf; missed: string[]; extra: string[] }>;
  tasks: { gold: number; predicted: number } & Prf;
  offsetErrors: number;
}
export interface Scorer {
  score(gold: string, prediction: ExtractResult): ScoreResult;
  sentences(text: string): Array<[number, number]>;
}

export async function loadScorer(): Promise<Scorer> {
  return (await import(resolve(import.meta.dirname, '../../../eval/score.mjs'))) as Scorer;
}

/** Invariants every extract() result must hold, whatever the text. Returns the problems found. */
export function invariantProblems(text: string, result: ExtractResult): string[] {
  const problems: string[] = [];
  let lastEnd = -1;
  let lastStart = -1;
  for (const s of result.spans) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length)) problems.push(`bad offsets ${s.start}-${s.end}`);
    if (text.slice(s.start, s.end) !== s.text) problems.push(`text differs at ${s.start}`);
    if (s.text.includes('\n')) problems.push(`line break inside span at ${s.start}`);
    if (s.start < lastStart) problems.push(`unsorted at ${s.start}`);
    if (s.start < lastEnd) problems.push(`overlap at ${s.start}`);
    lastStart = s.start;
    lastEnd = s.end;
  }
  for (const t of result.tasks) {
    if (text.slice(t.start, t.end) !== t.text) problems.push(`task text differs at ${t.start}`);
    const inside = result.spans.filter((s) => s.start >= t.start && s.start < t.end);
    if (!inside.length) problems.push(`task without span at ${t.start}`);
    if (inside.some((s) => s.end > t.end)) problems.push(`span crosses task end at ${t.end}`);
  }
  for (const s of result.spans) {
    if (result.tasks.filter((t) => s.start >= t.start && s.end <= t.end).length !== 1) problems.push(`span not in exactly one task at ${s.start}`);
  }
  return problems;
}
