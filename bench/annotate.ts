// Annotation in Chromium with the built extension ($LUOSHI_OUT, default .output), on the seed laid out as a page
// and on a page ten times the seed. Each run opens the page twice in a fresh tab:
//  1. with the blocking probe (test/browser/page-text.ts): the wall time of 'luoshi:annotate' (from the cheap check
//     passing to the last mark painted; it includes waiting for the background's extraction, which runs in the
//     extension's own context, not on the page) and its parts, and the longest main-thread block while it ran;
//  2. without the probe (whose heartbeat is script too): the page's main-thread script time, Chromium's
//     ScriptDuration metric from DOMContentLoaded to the last mark painted: the bootstrap, loading the page part,
//     reading, receiving the reply, painting - what annotating costs the page itself. Then the reference: our marks
//     off, and mark.js markRanges() alone painting the same ranges on the same page in one call, timed in the page.
// Issue 10 §6 asks annotate <= 3 x markRanges alone (1.5 the aim). The page's main-thread script time is the like
// for like figure (markRanges alone is main-thread script; extraction is not on the page's thread any more), so the
// goal is checked on it; the wall time over markRanges is reported next to it, named as such.
// Also: script time on pages that are not speeches (goal <= 5 ms; it includes the page's own scripts, which on
// news-list.html is one assignment). Needs a built extension (npx wxt build) and the seed in corpus/.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { buildSeedPage } from '../test/pages/build-seed-page';
import { askActiveTab, launchWithExtension, seedText, servePages, type ExtensionBrowser } from '../test/browser/harness';
import { annotateTiming, installBlockingProbe, waitForAnnotation } from '../test/browser/page-text';
import { PERF } from '../lib/page/perf';
import { median, type Measure } from './extract';

const MARK_JS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');

/** Measure (medianMs, minMs, maxMs) is the wall time of 'luoshi:annotate', waiting for the background included. */
export interface AnnotateMeasure extends Measure {
  /** the first run's wall time: a cold engine in the background and a page part never compiled before, ms */
  firstMs: number;
  /** median of the parts (load, read, extract, mark), ms; they add up to the wall time */
  parts: Record<string, number>;
  /** the longest main-thread block of each run, ms (goal: <= 50): their median and their maximum */
  blockMedianMs: number;
  longestBlockMs: number;
  /** median script time of the page's renderer from DOMContentLoaded to the last mark (ScriptDuration, no probe), ms */
  scriptMs: number;
  /** its first run (the page part compiled for the second time in this browser: see the file's notes), ms */
  scriptFirstMs: number;
  /** median time of mark.js markRanges() alone on the same ranges, ms; and its first run */
  markRangesMs: number;
  markRangesFirstMs: number;
  /** median over runs of page script / markRanges alone: the goal's ratio (<= 3, aim 1.5) */
  ratio: number;
  /** median over runs of wall time / markRanges alone */
  wallRatio: number;
}

/** A reader of Chromium's ScriptDuration for the page's renderer (counted from this call on), ms. */
async function scriptClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m: { name: string }) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
}

/**
 * The reference: the ranges our marks cover, as offsets in mark.js's concatenation of the body's text nodes; then
 * highlights off (the page's DOM restored), and mark.js markRanges() alone on the same ranges, timed in the page.
 */
async function markRangesAlone(browser: ExtensionBrowser, page: Page): Promise<{ ms: number; ranges: number; made: number }> {
  const ranges = await page.evaluate(() => {
    const skipped = new Set(['script', 'style', 'title', 'head', 'html']);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const out: { start: number; length: number }[] = [];
    let at = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent && skipped.has(parent.localName)) continue;
      const length = (n as Text).data.length;
      if (parent?.matches('mark.luoshi-mark')) out.push({ start: at, length });
      at += length;
    }
    return out;
  });
  await page.bringToFront();
  await askActiveTab(browser, { type: 'toggle-highlights', on: false });
  await page.waitForFunction(() => document.querySelectorAll('mark.luoshi-mark').length === 0);
  await page.addScriptTag({ path: MARK_JS });
  // no named inner functions: tsx would wrap them in a helper the page does not have
  return page.evaluate((list) => {
    const MarkJs = (window as unknown as { Mark: new (ctx: Element) => { markRanges(r: unknown, o: unknown): void } }).Mark;
    const start = performance.now();
    new MarkJs(document.body).markRanges(list, { element: 'mark', className: 'reference-mark' });
    const ms = performance.now() - start;
    return { ms, ranges: list.length, made: document.querySelectorAll('mark.reference-mark').length };
  }, ranges);
}

export async function measureAnnotate(runs = 5): Promise<{ seed: AnnotateMeasure; seed10: AnnotateMeasure; otherPagesScriptMs: Record<string, number> }> {
  const seed = seedText();
  const server = await servePages({ '/seed.html': buildSeedPage(seed), '/seed10.html': buildSeedPage(seed, { repeat: 10 }) });
  const browser = await launchWithExtension();
  try {
    const one = async (label: string, path: string): Promise<AnnotateMeasure> => {
      const totals: number[] = [];
      const parts: Record<string, number[]> = {};
      const blocks: number[] = [];
      const scripts: number[] = [];
      const references: number[] = [];
      const ratios: number[] = [];
      const wallRatios: number[] = [];
      for (let i = 0; i < runs; i++) {
        // 1. wall time, its parts and main-thread blocks, with the probe
        const probed = await browser.context.newPage();
        await installBlockingProbe(probed);
        await probed.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
        await waitForAnnotation(probed, 60_000);
        await probed.waitForTimeout(200);
        const timing = await annotateTiming(probed);
        const total = timing.measures[PERF.annotate];
        totals.push(total);
        for (const [name, ms] of Object.entries(timing.measures)) {
          if (name.startsWith(`${PERF.annotate}:`)) (parts[name.slice(PERF.annotate.length + 1)] ??= []).push(ms);
        }
        blocks.push(timing.longest);
        await probed.close();
        // 2. the page's script time without the probe, then markRanges alone on the same page
        const page = await browser.context.newPage();
        const clock = await scriptClock(page);
        await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
        const scriptBefore = await clock();
        await waitForAnnotation(page, 60_000);
        const script = (await clock()) - scriptBefore;
        scripts.push(script);
        await page.waitForTimeout(200);
        const reference = await markRangesAlone(browser, page);
        if (reference.made < reference.ranges) throw new Error(`mark.js made ${reference.made} of ${reference.ranges} marks`);
        references.push(reference.ms);
        ratios.push(script / reference.ms);
        wallRatios.push(total / reference.ms);
        await page.close();
      }
      return {
        label,
        runs,
        firstMs: totals[0],
        medianMs: median(totals),
        minMs: Math.min(...totals),
        maxMs: Math.max(...totals),
        parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, median(v)])),
        blockMedianMs: median(blocks),
        longestBlockMs: Math.max(...blocks),
        scriptMs: median(scripts),
        scriptFirstMs: scripts[0],
        markRangesMs: median(references),
        markRangesFirstMs: references[0],
        ratio: median(ratios),
        wallRatio: median(wallRatios),
      };
    };
    const seedMeasure = await one('annotate(seed page)', '/seed.html');
    const seed10Measure = await one('annotate(seed x10 page)', '/seed10.html');
    // pages that are not speeches: the renderer's script time once the content script has decided
    const otherPagesScriptMs: Record<string, number> = {};
    for (const path of ['/news-list.html', '/english-article.html']) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await browser.context.newPage();
        const clock = await scriptClock(page);
        await page.goto(`${server.origin}${path}`);
        await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, PERF.detect, { timeout: 10_000 });
        await page.waitForTimeout(300);
        times.push(await clock());
        await page.close();
      }
      otherPagesScriptMs[path] = median(times);
    }
    return { seed: seedMeasure, seed10: seed10Measure, otherPagesScriptMs };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function formatAnnotate(m: AnnotateMeasure): string {
  const parts = Object.entries(m.parts).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
  const pad = ''.padEnd(24);
  return [
    `${m.label.padEnd(24)} wall time (cheap check passed -> last mark, waiting for the background included): median ${m.medianMs.toFixed(1)} ms`,
    `${pad} (first/cold ${m.firstMs.toFixed(1)}, min ${m.minMs.toFixed(1)}, max ${m.maxMs.toFixed(1)}, ${m.runs} runs; ${parts})`,
    `${pad} page main-thread script (DOMContentLoaded -> last mark, ScriptDuration): median ${m.scriptMs.toFixed(1)} ms (first ${m.scriptFirstMs.toFixed(1)})`,
    `${pad} longest main-thread block: median of runs ${m.blockMedianMs} ms, max ${m.longestBlockMs} ms`,
    `${pad} mark.js markRanges alone: median ${m.markRangesMs.toFixed(1)} ms (first ${m.markRangesFirstMs.toFixed(1)})`,
    `${pad} page script / markRanges ${m.ratio.toFixed(2)} (the goal's ratio); wall time / markRanges ${m.wallRatio.toFixed(2)}`,
  ].join('\n');
}
