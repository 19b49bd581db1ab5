// npm run bench: speed of the extraction engine (goal: seed under 10 ms, 10x input under 12x the time),
// then the 'luoshi:annotate' measure in Chromium with the built extension (goal: seed page under 150 ms,
// no main-thread block over 100 ms on the 10x page). `npm run bench` builds the extension first.
import { formatMeasure, measureCold, measureExtract, measureLinearity } from './extract';
import { formatAnnotate, measureAnnotate } from './annotate';

const { seed, seed10, ratio } = await measureExtract(15);
console.log(formatMeasure(seed));
console.log(formatMeasure(seed10));
console.log(`ratio (seed x10 / seed)  ${ratio.toFixed(2)}  (goal < 12)`);
console.log(`seed goal (< 10 ms)      ${seed.medianMs < 10 ? 'met' : 'NOT met'}`);
const cold = measureCold(5);
console.log(
  `cold (fresh process, median of 5): load ${cold.loadMs.toFixed(0)} ms, first extract(seed) ${cold.firstMs.toFixed(1)} ms, ` +
    `second ${cold.secondMs.toFixed(1)} ms; first / warm median ${(cold.firstMs / seed.medianMs).toFixed(2)}`,
);
const lin = await measureLinearity(3);
console.log(formatMeasure(lin.small));
console.log(formatMeasure(lin.large));
console.log(`ratio (2M / 200k mix)    ${lin.ratio.toFixed(2)}  (goal <= 12: linear time)`);

if (process.argv.includes('--no-browser')) process.exit(0);
const annotate = await measureAnnotate(5);
console.log(formatAnnotate(annotate.seed));
console.log(formatAnnotate(annotate.seed10));
console.log(`seed page goal (< 150 ms) ${annotate.seed.medianMs < 150 ? 'met' : 'NOT met'}`);
console.log(`10x page goal (no block > 100 ms) ${annotate.seed10.longestBlockMs <= 100 ? 'met' : 'NOT met'}`);
