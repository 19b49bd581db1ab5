// Annotation in Chromium with the built extension ($LUOSHI_OUT, default .output), on the seed laid out as a page
// and on a page ten times the seed. Each run opens the page twice, each time in a fresh tab:
//  1. with the blocking probe (test/browser/page-text.ts): the wall time of 'luoshi:annotate' - from the cheap
//     check passing to the last mark painted, waiting for the background's extraction included (it runs in the
//     extension's own context, not on the page) - with its parts, and the longest main-thread block the probe saw;
//  2. traced, without the probe (whose heartbeat is script too; main-thread.ts): the script the page's main thread
//     ran during 'luoshi:annotate' (reading, loading the page part, receiving the reply, painting; the bootstrap's
//     cheap check before it is the "pages that are not speeches" figure) and its longest task, in thread CPU time
//     and wall time. Then the reference, in the same trace: our marks off, and mark.js markRanges() alone painting
//     the same ranges on the same page in one call (one task).
// Issue 10 §6 asks annotate <= 3 x markRanges alone (1.5 the aim). The like-for-like figure is the page's own
// script time against markRanges' (both main-thread script; the extraction is not on the page's thread any more),
// both in thread CPU time, which a busy machine does not inflate; the goal is checked on it. The wall time over
// markRanges' wall time is reported next to it, named as such. Also: script on pages that are not speeches, from
// navigation on (goal <= 5 ms; it includes the page's own scripts, which on news-list.html is one assignment).
// Needs a built extension (npx wxt build) and the seed in corpus/.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { buildSeedPage } from '../test/pages/build-seed-page';
import { askActiveTab, launchWithExtension, seedText, servePages, type ExtensionBrowser } from '../test/browser/harness';
import { annotateTiming, installBlockingProbe, waitForAnnotation } from '../test/browser/page-text';
import { PERF } from '../lib/page/perf';
import { median, type Measure } from './extract';
import { traceThread } from './main-thread';

const MARK_JS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');

/** Measure (medianMs, minMs, maxMs) is the wall time of 'luoshi:annotate', waiting for the background included. */
export interface AnnotateMeasure extends Measure {
  /** the first run's wall time: a cold engine in the background and a page part never compiled before, ms */
  firstMs: number;
  /** median of the parts (load, read, extract, mark), ms; they add up to the wall time */
  parts: Record<string, number>;
  /** the longest main-thread block the probe saw in each run (wall), ms: median and maximum over runs */
  blockMedianMs: number;
  blockMaxMs: number;
  /** the longest main-thread task during the annotation in each traced run, thread CPU time, ms: median and maximum */
  taskCpuMedianMs: number;
  taskCpuMaxMs: number;
  /** the page's main-thread script during the annotation, thread CPU time, ms: median, and the first run */
  scriptCpuMs: number;
  scriptCpuFirstMs: number;
  /** the same script, wall time, ms (median) */
  scriptWallMs: number;
  /** mark.js markRanges() alone on the same ranges: thread CPU time (median, first run) and wall time (median), ms */
  markRangesCpuMs: number;
  markRangesCpuFirstMs: number;
  markRangesWallMs: number;
  /** median over runs of page script / markRanges alone, thread CPU time: the goal's ratio (<= 3, aim 1.5) */
  ratio: number;
  /** median over runs of annotate wall time / markRanges alone wall time */
  wallRatio: number;
}

/**
 * The reference: the ranges our marks cover, as offsets in mark.js's concatenation of the body's text nodes; then
 * highlights off (the page's DOM restored), and mark.js markRanges() alone on the same ranges, in a task of its
 * own. Returns its window (performance.now()) for the trace, and its wall time.
 */
async function markRangesAlone(
  browser: ExtensionBrowser,
  page: Page,
): Promise<{ from: number; until: number; wallMs: number; ranges: number; made: number }> {
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
  return page.evaluate(
    (list) =>
      new Promise((resolve) =>
        setTimeout(() => {
          const MarkJs = (window as unknown as { Mark: new (ctx: Element) => { markRanges(r: unknown, o: unknown): void } }).Mark;
          const from = performance.now();
          new MarkJs(document.body).markRanges(list, { element: 'mark', className: 'reference-mark' });
          const until = performance.now();
          resolve({ from, until, wallMs: until - from, ranges: list.length, made: document.querySelectorAll('mark.reference-mark').length });
        }, 0),
      ),
    ranges,
  ) as Promise<{ from: number; until: number; wallMs: number; ranges: number; made: number }>;
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
      const taskCpus: number[] = [];
      const scriptCpus: number[] = [];
      const scriptWalls: number[] = [];
      const refCpus: number[] = [];
      const refWalls: number[] = [];
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
        // 2. traced without the probe: the page's script and longest task, then markRanges alone on the same page
        const page = await browser.context.newPage();
        const trace = await traceThread(page);
        await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
        const measure = `performance.getEntriesByName(${JSON.stringify(PERF.annotate)})`;
        await trace.waitFor(`${measure}.length > 0`);
        const annotate = await trace.evaluate<{ from: number; until: number }>(
          `(() => { const m = ${measure}[0]; return { from: m.startTime, until: m.startTime + m.duration }; })()`,
        );
        await page.waitForTimeout(200);
        const reference = await markRangesAlone(browser, page);
        if (reference.made < reference.ranges) throw new Error(`mark.js made ${reference.made} of ${reference.ranges} marks`);
        const thread = await trace.finish();
        const script = thread.script(annotate.from, annotate.until);
        const referenceScript = thread.script(reference.from, reference.until);
        taskCpus.push(thread.longestTask(annotate.from, annotate.until).cpuMs);
        scriptCpus.push(script.cpuMs);
        scriptWalls.push(script.wallMs);
        refCpus.push(referenceScript.cpuMs);
        refWalls.push(reference.wallMs);
        ratios.push(script.cpuMs / referenceScript.cpuMs);
        wallRatios.push(total / reference.wallMs);
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
        blockMaxMs: Math.max(...blocks),
        taskCpuMedianMs: median(taskCpus),
        taskCpuMaxMs: Math.max(...taskCpus),
        scriptCpuMs: median(scriptCpus),
        scriptCpuFirstMs: scriptCpus[0],
        scriptWallMs: median(scriptWalls),
        markRangesCpuMs: median(refCpus),
        markRangesCpuFirstMs: refCpus[0],
        markRangesWallMs: median(refWalls),
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
        const trace = await traceThread(page);
        await page.goto(`${server.origin}${path}`);
        await trace.waitFor(`performance.getEntriesByName(${JSON.stringify(PERF.detect)}).length > 0`, 10_000);
        await page.waitForTimeout(300);
        const end = await trace.evaluate<number>('performance.now()');
        times.push((await trace.finish()).script(0, end).cpuMs);
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
    `${pad}   (first/cold ${m.firstMs.toFixed(1)}, min ${m.minMs.toFixed(1)}, max ${m.maxMs.toFixed(1)}, ${m.runs} runs; ${parts})`,
    `${pad} page main-thread script in that time: median ${m.scriptCpuMs.toFixed(1)} ms thread CPU (first ${m.scriptCpuFirstMs.toFixed(1)}), ${m.scriptWallMs.toFixed(1)} ms wall`,
    `${pad} mark.js markRanges alone, same ranges: median ${m.markRangesCpuMs.toFixed(1)} ms thread CPU (first ${m.markRangesCpuFirstMs.toFixed(1)}), ${m.markRangesWallMs.toFixed(1)} ms wall`,
    `${pad} page script / markRanges (thread CPU; the goal's ratio) ${m.ratio.toFixed(2)}; wall time / markRanges wall ${m.wallRatio.toFixed(2)}`,
    `${pad} longest main-thread task: thread CPU median ${m.taskCpuMedianMs.toFixed(1)} ms, max ${m.taskCpuMaxMs.toFixed(1)}; probe (wall) median ${m.blockMedianMs} ms, max ${m.blockMaxMs}`,
  ].join('\n');
}
