// Benchmark building blocks: time a function over several runs and report the median.
// bench/run.ts composes them; other measures (e.g. a browser "luoshi:annotate" timing) can reuse measure().
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extract } from '../lib/extract/index';

export interface Measure {
  label: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed. Works for sync and async functions. */
export async function measure(label: string, fn: () => unknown, runs = 15, warmup = 10): Promise<Measure> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return { label, runs, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times) };
}

export const SEED_PATH = resolve(import.meta.dirname, '../corpus/seed/000_df3268c7679847d0.txt');

export function readSeed(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

/** extract() on the seed and on the seed repeated ten times; ratio = 10x time / 1x time (goal: under 12). */
export async function measureExtract(runs = 15): Promise<{ seed: Measure; seed10: Measure; ratio: number }> {
  const text = readSeed();
  const ten = text.repeat(10);
  const seed = await measure('extract(seed)', () => extract(text, { referenceDate: '2023-11-25' }), runs);
  const seed10 = await measure('extract(seed x10)', () => extract(ten, { referenceDate: '2023-11-25' }), runs);
  return { seed, seed10, ratio: seed10.medianMs / seed.medianMs };
}

export function formatMeasure(m: Measure): string {
  return `${m.label.padEnd(22)} median ${m.medianMs.toFixed(2).padStart(8)} ms  (min ${m.minMs.toFixed(2)}, max ${m.maxMs.toFixed(2)}, ${m.runs} runs)`;
}

/** The first extract() of the seed in a fresh process (module and model load apart), median over `runs` processes. */
export function measureCold(runs = 5): { loadMs: number; firstMs: number; secondMs: number } {
  const samples: Array<{ loadMs: number; firstMs: number; secondMs: number }> = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'extract-cold.ts')], { encoding: 'utf8' });
    samples.push(JSON.parse(out.trim().split('\n').pop()!));
  }
  return {
    loadMs: median(samples.map((s) => s.loadMs)),
    firstMs: median(samples.map((s) => s.firstMs)),
    secondMs: median(samples.map((s) => s.secondMs)),
  };
}

/** The robustness mix of issue 9: CJK, cue words, digits and punctuation drawn uniformly (seeded). */
export function randomMix(length: number, seed = 42): string {
  const MIX = '要在月底前完成局委办县乡镇增长亿元左右确保力争各部门、,。;:()xX×0123456789 \n';
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    out += MIX[state % MIX.length];
  }
  return out;
}

/** extract() on 200,000 and 2,000,000 characters of the random mix; ratio goal: at most 12 (linear time). */
export async function measureLinearity(runs = 3): Promise<{ small: Measure; large: Measure; ratio: number }> {
  const small = randomMix(200_000);
  const large = randomMix(2_000_000);
  const s = await measure('extract(mix 200k)', () => extract(small, { referenceDate: '2023-11-25' }), runs, 1);
  const l = await measure('extract(mix 2M)', () => extract(large, { referenceDate: '2023-11-25' }), runs, 1);
  return { small: s, large: l, ratio: l.medianMs / s.medianMs };
}
