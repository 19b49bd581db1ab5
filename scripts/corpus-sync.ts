// npm run corpus:sync: keeps the project's copy of the corpus (corpus/) and scorer (eval/) in step with
// ../shared/corpus and ../shared/eval, so that a clone runs alone.
//   - a file that is new in ../shared is copied in;
//   - a file that exists on both sides with different bytes is an error (exit 1): the copy was edited, or the
//     shared corpus changed a file under us. Nothing is overwritten; `--force` overwrites after you have looked.
//   - `--check` copies nothing and fails on any new or differing file (for CI of a machine that has ../shared).
// Without ../shared there is nothing to sync: it says so and exits 0.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const PAIRS: Array<[string, string]> = [
  [resolve(ROOT, '../shared/corpus'), join(ROOT, 'corpus')],
  [resolve(ROOT, '../shared/eval'), join(ROOT, 'eval')],
];
const check = process.argv.includes('--check');
const force = process.argv.includes('--force');

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

if (!existsSync(PAIRS[0][0])) {
  console.log('corpus:sync: no ../shared/corpus beside this clone; the copy in corpus/ is used as it is.');
  process.exit(0);
}

let added = 0;
let same = 0;
const differing: string[] = [];
for (const [from, to] of PAIRS) {
  for (const source of files(from)) {
    const target = join(to, relative(from, source));
    const name = relative(ROOT, target);
    if (!existsSync(target)) {
      added++;
      if (check) console.log(`new in ../shared: ${name}`);
      else {
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(source, target);
        console.log(`copied ${name}`);
      }
    } else if (!readFileSync(source).equals(readFileSync(target))) {
      if (force && !check) {
        copyFileSync(source, target);
        console.log(`overwritten ${name}`);
      } else differing.push(name);
    } else same++;
  }
}
for (const name of differing) console.error(`differs from ../shared: ${name}`);
console.log(`corpus:sync: ${same} unchanged, ${added} ${check ? 'missing' : 'copied'}, ${differing.length} differing`);
if (differing.length || (check && added)) {
  if (differing.length && !check) console.error('Look at the differences (diff -r ../shared/corpus corpus), then rerun with --force to take ../shared.');
  process.exit(1);
}
