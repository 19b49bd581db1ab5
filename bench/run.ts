// npm run bench: speed of the extraction engine (goal: seed under 10 ms, 10x input under 12x the time).
import { formatMeasure, measureExtract } from './extract';

const { seed, seed10, ratio } = await measureExtract(15);
console.log(formatMeasure(seed));
console.log(formatMeasure(seed10));
console.log(`ratio (seed x10 / seed)  ${ratio.toFixed(2)}  (goal < 12)`);
console.log(`seed goal (< 10 ms)      ${seed.medianMs < 10 ? 'met' : 'NOT met'}`);
