// The Firefox package in Firefox (Debian's firefox-esr over WebDriver BiDi, firefox-harness.ts): the seed speech
// page highlights as in Chromium (every span extract() finds in the readable text, with its kind; the legend counts
// them), a sentence clipped with 摘录 on the page shows up in the popup's list, and 摘录全部 from the popup stores the
// page's tasks. Screenshots go to test-results/firefox-*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { buildSeedPage } from '../pages/build-seed-page';
import { ROOT, seedText, servePages, type PageServer } from './harness';
import { asEvaluator, launchFirefoxWithExtension, openExtensionPage, waitInPage, type FirefoxWithExtension } from './firefox-harness';
import { countKinds, markedSpans, readableText, expectedOnPage } from './page-text';

/** the extension API, inside functions evaluated in an extension page */
declare const browser: any;

const SHOTS = join(ROOT, 'test-results');
let ff: FirefoxWithExtension;
let server: PageServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await servePages({ '/seed.html': buildSeedPage(seedText()) });
  ff = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function openSeed(): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(`${server.origin}/seed.html`);
  await page.waitForFunction(() => performance.getEntriesByName('luoshi:annotate').length > 0, { timeout: 30_000 });
  return page;
}

/** The legend's count for a kind, read inside its shadow root. */
const legendCount = (page: Page, kind: string) =>
  page.$eval(`>>> [data-luoshi-count="${kind}"]`, (e) => e.textContent).catch(() => null);

/** The text of each row of the popup's list. */
const taskRows = (popup: Page) => popup.$$eval('[data-task-id]', (rows) => rows.map((r) => r.textContent ?? ''));

describe('the seed speech page in Firefox', () => {
  let page: Page;
  let expected: ReturnType<typeof expectedOnPage>;

  beforeAll(async () => {
    page = await openSeed();
    const text = await readableText(asEvaluator(page));
    expected = expectedOnPage(text);
  });
  afterAll(() => page?.close());

  test('every span extract() finds in the readable text is highlighted, with its kind, and nothing else', async () => {
    const marked = await markedSpans(asEvaluator(page));
    expect(expected.spans.length).toBeGreaterThan(100);
    expect(countKinds(marked)).toEqual(countKinds(expected.spans));
    expect(marked.map((m) => [m.kind, m.text])).toEqual(expected.spans.map((s) => [s.type, s.text]));
    expect(await page.$$eval('mark.luoshi-mark mark.luoshi-mark', (m) => m.length)).toBe(0);
    for (const kind of ['target', 'deadline', 'unit'] as const) {
      await expect.poll(() => legendCount(page, kind)).toBe(String(expected.spans.filter((s) => s.type === kind).length));
    }
    console.log('Firefox seed page: spans', countKinds(marked));
    await page.screenshot({ path: join(SHOTS, 'firefox-seed.png') });
  });

  test('摘录 on a highlighted sentence stores it, and the popup lists it', async () => {
    // a sentence with a unit and a deadline, as a reader would pick
    const index = expected.tasks.findIndex((t) => t.units.length > 0 && t.deadlines.some((d) => d.due));
    expect(index).toBeGreaterThanOrEqual(0);
    const mark = `mark.luoshi-mark[data-luoshi-task="${index}"]`;
    await page.$eval(mark, (m) => m.scrollIntoView({ block: 'center' }));
    await page.hover(mark);
    const button = await page.waitForSelector('>>> [data-luoshi-action="clip"]', { visible: true, timeout: 5_000 });
    await button!.click();
    await page.waitForSelector(`${mark}[data-luoshi-clipped]`, { timeout: 5_000 });
    await page.screenshot({ path: join(SHOTS, 'firefox-clip.png') });

    const popup = await openExtensionPage(ff, '/popup.html', '.popup');
    await waitInPage(popup, (sel) => document.querySelector(sel) !== null, '[data-task-id]');
    // Firefox's language is Chinese (firefox-harness.ts): so is the extension's
    expect(await popup.evaluate(() => document.querySelector('h1')?.textContent)).toContain('任务清单');
    const rows = await taskRows(popup);
    expect(rows).toHaveLength(1);
    // the row shows the sentence (its start is enough: long ones are cut with an ellipsis) and its unit
    expect(rows[0]).toContain(expected.tasks[index].text.trim().slice(0, 12));
    expect(rows[0]).toContain(expected.tasks[index].units[0]);
    await popup.screenshot({ path: join(SHOTS, 'firefox-popup-clip.png') });
    await popup.close();
  });

  test('摘录全部 from the popup (opened for this tab) stores the page\'s tasks, and the list shows them', async () => {
    const probe = await openExtensionPage(ff, '/popup.html', '.popup');
    const url = `${server.origin}/seed.html`;
    // the seed page's tab, found by its address (Firefox shows it to an extension whose content script runs there)
    const seedTab: number | undefined = await probe.evaluate(async (u) => (await browser.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id, url);
    expect(seedTab).toBeGreaterThan(0);
    await probe.close();
    const inTab = await openExtensionPage(ff, `/popup.html?tab=${seedTab}`, '.popup');
    await inTab.click('[data-luoshi-action="clip-all"]');
    const notice = await waitInPage(inTab, () => {
      const n = document.querySelector('[data-luoshi-notice]');
      return n && `${n.getAttribute('data-luoshi-notice')}: ${n.textContent}`;
    }, null);
    expect(notice).toMatch(/^info: /);
    const reply = await inTab.evaluate((u) => browser.runtime.sendMessage({ type: 'tasks-for-page', url: u }), url);
    expect(reply.ok).toBe(true);
    expect(reply.tasks.length).toBeGreaterThan(5);
    // every stored task of the page is a row of the list, linking back to the page
    await waitInPage(
      inTab,
      ([u, n]) => Array.from(document.querySelectorAll<HTMLAnchorElement>('[data-task-id] a.task-source')).filter((a) => a.href.startsWith(u)).length === n,
      [url, reply.tasks.length] as const,
    );
    await inTab.screenshot({ path: join(SHOTS, 'firefox-popup-clip-all.png') });
    console.log(`Firefox clip-all: ${reply.tasks.length} tasks stored for the seed page (${expected.tasks.length} found)`);
    await inTab.close();
  });
});
