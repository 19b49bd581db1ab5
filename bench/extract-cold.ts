// One cold call: a fresh process loads the engine (and its model) and reads the seed once, as every page does.
// Prints {"loadMs": …, "firstMs": …, "secondMs": …} on one line. Run by bench/extract.ts in several processes.
const t0 = performance.now();
const { extract } = await import('../lib/extract/index');
const { readSeed } = await import('./extract');
const loadMs = performance.now() - t0;
const text = readSeed();
let t = performance.now();
extract(text, { referenceDate: '2023-11-25' });
const firstMs = performance.now() - t;
t = performance.now();
extract(text, { referenceDate: '2023-11-25' });
const secondMs = performance.now() - t;
console.log(JSON.stringify({ loadMs, firstMs, secondMs }));
