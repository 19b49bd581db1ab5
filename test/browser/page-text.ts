// Helpers for page tests: the page's readable text computed in the page by the test itself (a separate,
// plain implementation of the rules in lib/page/readable-text.ts, sharing only the skipped-tag list: a block is
// whatever the browser lays out as one, by computed display), and the highlights grouped by span.
import type { Page } from 'playwright-core';
import { extract } from '../../lib/extract';
import { findPublishDate } from '../../lib/extract/page-date';
import { SKIPPED_TAGS } from '../../lib/page/readable-text';
import { DEFAULT_SETTINGS, resolveReferenceDate } from '../../lib/settings';

/** extract() in Node on the text a test read from the page, with the reference date the extension uses. */
export function expectedOnPage(text: string) {
  return extract(text, { referenceDate: resolveReferenceDate(DEFAULT_SETTINGS, findPublishDate(text)) });
}

export interface MarkedSpan {
  span: number;
  kind: string;
  task: string | null;
  text: string;
  pieces: number;
}

export function readableText(page: Page): Promise<string> {
  return page.evaluate(
    ({ skipped }) => {
      const skip = new Set(skipped);
      let out = '';
      const br = () => {
        if (out.length && !out.endsWith('\n')) out += '\n';
      };
      const visit = (el: Element, pre: boolean) => {
        for (const n of Array.from(el.childNodes)) {
          if (n.nodeType === Node.TEXT_NODE) {
            const data = (n as Text).data;
            if (!pre && /^[ \n\r\t\f]*[\n\r][ \n\r\t\f]*$/.test(data)) continue;
            out += pre ? data : data.replace(/[\n\r\t\f]/g, ' ');
          } else if (n.nodeType === Node.ELEMENT_NODE) {
            const e = n as Element;
            const name = e.localName;
            if (skip.has(name) || name.startsWith('luoshi-') || e.hasAttribute('hidden') || e.hasAttribute('data-luoshi-ui')) continue;
            const editable = e.getAttribute('contenteditable');
            if (editable !== null && editable !== 'false') continue;
            if (name === 'br') {
              br();
              continue;
            }
            const style = getComputedStyle(e);
            if (style.display === 'none' || style.visibility === 'hidden') continue;
            // outer display type: inline-level boxes (inline, inline-block, inline-flex…, contents, ruby) flow in the line
            const display = style.display;
            const inline = display.startsWith('inline') || display === 'contents' || display.startsWith('ruby');
            if (!inline) {
              br();
              visit(e, pre || name === 'pre');
              br();
            } else visit(e, pre);
          }
        }
      };
      visit(document.body, false);
      return out;
    },
    { skipped: [...SKIPPED_TAGS] },
  );
}

/** Highlights grouped by data-luoshi-span, in document order of their first piece. */
export function markedSpans(page: Page): Promise<MarkedSpan[]> {
  return page.evaluate(() => {
    const bySpan = new Map<string, { span: number; kind: string; task: string | null; text: string; pieces: number }>();
    for (const m of Array.from(document.querySelectorAll('mark.luoshi-mark'))) {
      const id = m.getAttribute('data-luoshi-span') ?? '?';
      const entry = bySpan.get(id) ?? { span: Number(id), kind: m.getAttribute('data-luoshi') ?? '', task: m.getAttribute('data-luoshi-task'), text: '', pieces: 0 };
      entry.text += m.textContent ?? '';
      entry.pieces++;
      bySpan.set(id, entry);
    }
    return [...bySpan.values()];
  });
}

export function countKinds(items: { type?: string; kind?: string }[]): Record<string, number> {
  const counts: Record<string, number> = { target: 0, deadline: 0, unit: 0 };
  for (const i of items) counts[(i.type ?? i.kind) as string]++;
  return counts;
}

/** The source HTML of the current page parsed without running it: the DOM before any script touched it. */
export function pristineBodyHtml(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  });
}

export async function waitForAnnotation(page: Page, timeout = 30_000): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('luoshi:annotate').length > 0, null, { timeout });
  return page.evaluate(() => performance.getEntriesByName('luoshi:annotate')[0].duration);
}

/**
 * Watches main-thread blocking from the page's main world, from before the page loads: the Long Tasks API, and a
 * heartbeat of zero-delay messages whose gaps show how long anything (our content script too, which the Long
 * Tasks API does not report in Chromium) held the thread.
 */
export async function installBlockingProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[][]; __gaps: number[][] };
    w.__longTasks = [];
    w.__gaps = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    const channel = new MessageChannel();
    let last = performance.now();
    channel.port1.onmessage = () => {
      const now = performance.now();
      if (now - last > 50) w.__gaps.push([last, now - last]);
      last = now;
      if (now < 30_000) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
  });
}

export interface AnnotateTiming {
  /** the luoshi:annotate measure and its parts (read, extract, mark), ms */
  measures: Record<string, number>;
  /** long tasks and heartbeat gaps overlapping luoshi:annotate, ms */
  longTasks: number[];
  gaps: number[];
  /** the longest main-thread block seen during luoshi:annotate, ms */
  longest: number;
}

/** After waitForAnnotation: what installBlockingProbe saw while luoshi:annotate ran. */
export function annotateTiming(page: Page): Promise<AnnotateTiming> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks?: number[][]; __gaps?: number[][] };
    const m = performance.getEntriesByName('luoshi:annotate')[0];
    const start = m.startTime;
    const end = m.startTime + m.duration;
    // no named inner functions: tsx (bench) would wrap them in a helper the page does not have
    const [longTasks, gaps] = [w.__longTasks ?? [], w.__gaps ?? []].map((list) =>
      // only the part inside luoshi:annotate: a block that began earlier is the page's own loading
      list.filter(([s, d]) => s + d > start && s < end).map(([s, d]) => Math.round(Math.min(s + d, end) - Math.max(s, start))),
    );
    const measures: Record<string, number> = {};
    for (const e of performance.getEntriesByType('measure')) if (e.name.startsWith('luoshi:')) measures[e.name] = e.duration;
    return { measures, longTasks, gaps, longest: Math.max(0, ...longTasks, ...gaps) };
  });
}
