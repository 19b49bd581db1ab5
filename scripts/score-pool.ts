// Pools the scorer's per-document figures into micro precision/recall/F1 (sums of true positives, predictions
// and gold spans over documents), per type, strict and lenient, and for tasks. Node only (eval/score.mjs).
import { join } from 'node:path';
import { ROOT } from './corpus';

interface Prf { p: number; r: number; f1: number }
interface TypeScore { gold: number; predicted: number; strict: Prf; lenient: Prf; missed: string[]; extra: string[] }
export interface DocScore { types: Record<string, TypeScore>; tasks: { gold: number; predicted: number } & Prf }

export const { score } = (await import(join(ROOT, 'eval/score.mjs'))) as {
  score(marked: string, prediction: { spans: unknown[]; tasks: unknown[] }): DocScore;
};

export const KINDS = ['unit', 'deadline', 'target', 'tasks'] as const;
export type Kind = (typeof KINDS)[number];

interface Counts { tp: number; pred: number; gold: number }
export class Pool {
  strict = new Map<Kind, Counts>();
  lenient = new Map<Kind, Counts>();
  add(s: DocScore): void {
    const put = (m: Map<Kind, Counts>, k: Kind, tp: number, pred: number, gold: number) => {
      const c = m.get(k) ?? { tp: 0, pred: 0, gold: 0 };
      c.tp += tp; c.pred += pred; c.gold += gold;
      m.set(k, c);
    };
    for (const k of ['unit', 'deadline', 'target'] as const) {
      const t = s.types[k];
      put(this.strict, k, Math.round(t.strict.r * t.gold), t.predicted, t.gold);
      put(this.lenient, k, Math.round(t.lenient.r * t.gold), t.predicted, t.gold);
    }
    const tp = Math.round(s.tasks.r * s.tasks.gold);
    put(this.strict, 'tasks', tp, s.tasks.predicted, s.tasks.gold);
    put(this.lenient, 'tasks', tp, s.tasks.predicted, s.tasks.gold);
  }
  f1(k: Kind, lenient = true): Prf & Counts {
    const c = (lenient ? this.lenient : this.strict).get(k) ?? { tp: 0, pred: 0, gold: 0 };
    const p = c.pred ? c.tp / c.pred : c.gold ? 0 : 1;
    const r = c.gold ? c.tp / c.gold : 1;
    return { ...c, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  }
}
