// The marked documents of corpus/ as one list, for npm run train and npm run eval (Node only).
// Each document: its name, genre (from corpus/real/README.md's table; the seed is `speech`, the dev texts
// `tasklist`), the clean text, the gold spans (eval/gold.mjs) and the marked text the scorer reads.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GoldSpan } from '../lib/extract/learn/bio';

export const ROOT = resolve(import.meta.dirname, '..');
export const CORPUS = join(ROOT, 'corpus');

export interface Doc {
  name: string;
  genre: string;
  text: string;
  marked: string;
  spans: GoldSpan[];
}

const { parseGold } = (await import(join(ROOT, 'eval/gold.mjs'))) as {
  parseGold(marked: string): { text: string; spans: GoldSpan[] };
};

function genres(): Map<string, string> {
  const out = new Map<string, string>();
  const readme = readFileSync(join(CORPUS, 'real/README.md'), 'utf8');
  for (const m of readme.matchAll(/^\| (g\d+) \| (\w+) \|/gm)) out.set(m[1], m[2]);
  return out;
}

function load(name: string, genre: string, path: string): Doc {
  const marked = readFileSync(path, 'utf8');
  const { text, spans } = parseGold(marked);
  return { name, genre, text, marked, spans };
}

/** Every marked document: the seed, the two dev texts and real/, in a fixed order. */
export function loadCorpus(): Doc[] {
  const docs: Doc[] = [
    load('seed', 'speech', join(CORPUS, 'gold/000_df3268c7679847d0.gold.txt')),
    load('d05', 'tasklist', join(CORPUS, 'gold/d05.gold.txt')),
    load('d07', 'tasklist', join(CORPUS, 'gold/d07.gold.txt')),
  ];
  const g = genres();
  for (const file of readdirSync(join(CORPUS, 'real')).filter((f) => f.endsWith('.gold.txt')).sort()) {
    const name = file.replace('.gold.txt', '');
    docs.push(load(name, g.get(name) ?? 'unknown', join(CORPUS, 'real', file)));
  }
  return docs;
}
