// The 'luoshi:annotate' measure in Chromium with the built extension ($LUOSHI_OUT, default .output): the seed
// laid out as a page, and a page ten times the seed; also the longest main-thread block while it ran.
// Needs a built extension (npx wxt build) and the seed in corpus/.
import { buildSeedPage } from '../test/pages/build-seed-page';
import { launchWithExtension, seedText, servePages } from '../test/browser/harness';
import { annotateTiming, installBlockingProbe, waitForAnnotation } from '../test/browser/page-text';
import { median, type Measure } from './extract';

export interface AnnotateMeasure extends Measure {
  /** median of read / extract / mark parts, ms */
  parts: Record<string, number>;
  /** the longest main-thread block over all runs, ms (goal: <= 100 on the 10x page) */
  longestBlockMs: number;
}

export async function measureAnnotate(runs = 5): Promise<{ seed: AnnotateMeasure; seed10: AnnotateMeasure }> {
  const seed = seedText();
  const server = await servePages({ '/seed.html': buildSeedPage(seed), '/seed10.html': buildSeedPage(seed, { repeat: 10 }) });
  const browser = await launchWithExtension();
  try {
    const one = async (label: string, path: string): Promise<AnnotateMeasure> => {
      const totals: number[] = [];
      const parts: Record<string, number[]> = {};
      let longest = 0;
      for (let i = 0; i < runs; i++) {
        const page = await browser.context.newPage();
        await installBlockingProbe(page);
        await page.goto(`${server.origin}${path}`);
        await waitForAnnotation(page, 60_000);
        await page.waitForTimeout(200);
        const timing = await annotateTiming(page);
        await page.close();
        totals.push(timing.measures['luoshi:annotate']);
        for (const [name, ms] of Object.entries(timing.measures)) (parts[name.replace('luoshi:annotate:', '')] ??= []).push(ms);
        longest = Math.max(longest, timing.longest);
      }
      return {
        label,
        runs,
        medianMs: median(totals),
        minMs: Math.min(...totals),
        maxMs: Math.max(...totals),
        parts: Object.fromEntries(Object.entries(parts).filter(([k]) => k !== 'luoshi:annotate').map(([k, v]) => [k, median(v)])),
        longestBlockMs: longest,
      };
    };
    return { seed: await one('annotate(seed page)', '/seed.html'), seed10: await one('annotate(seed x10 page)', '/seed10.html') };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function formatAnnotate(m: AnnotateMeasure): string {
  const parts = Object.entries(m.parts).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
  return `${m.label.padEnd(24)} median ${m.medianMs.toFixed(1).padStart(7)} ms  (min ${m.minMs.toFixed(1)}, max ${m.maxMs.toFixed(1)}, ${m.runs} runs; ${parts}; longest main-thread block ${m.longestBlockMs} ms)`;
}
