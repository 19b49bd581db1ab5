// `npm run demo`: builds the extension, serves the bundled sample speech as a web page on 127.0.0.1, and opens
// Chromium with Luoshi on it. With a display: a normal window, left open until you close it, with the task list in
// a second tab. Without one (CI, a server): headless; saves page.png (the highlighted page) and popup.png (the task
// list after 摘录全部, at the popup's own 420 × 560) to test-results/demo/ (ignored by git), and prints the tasks
// found. `npm run demo -- --update-screenshots` writes the two to docs/screenshots/ instead, for the README.
//
// The sample speech is years old: the list is shown as of DEMO_DAYS_AFTER days after the page's upload date
// (popup.html?today=, components/popup/clock.ts), so its deadlines count down instead of all reading 逾期.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { activeTabId, askActiveTab, EXTENSION_DIR, launchWithExtension, ROOT, seedText, servePages, type ExtensionBrowser, type PageServer } from '../test/browser/harness';
import { buildSeedPage } from '../test/pages/build-seed-page';
import { extract } from '../lib/extract';
import { findPublishDate } from '../lib/extract/page-date';
import { addDays, localDate } from '../lib/dates';
import { adjustReferenceDate } from '../lib/extract/year-hint';
import { pageTasksReplySchema } from '../lib/messages';
import { DEFAULT_SETTINGS, resolveReferenceDate } from '../lib/settings';

import { printTaskTable, type TaskRow } from './task-table';

/** Where the screenshots go: the README's images only when asked; LUOSHI_SCREENSHOTS (the demo's test) wins. */
const UPDATE_SCREENSHOTS = process.argv.includes('--update-screenshots');
const SCREENSHOTS = resolve(ROOT, process.env.LUOSHI_SCREENSHOTS ?? (UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/demo'));
/** The popup's size in Chrome's toolbar (components/popup/popup.css). */
const POPUP_SIZE = { width: 420, height: 560 };
/** The list is shown as of this many days after the sample's upload date. */
const DEMO_DAYS_AFTER = 3;
const MARK = 'mark.luoshi-mark[data-luoshi]';
const headed = Boolean(process.env.DISPLAY);

class DemoError extends Error {}

function build(): void {
  console.log(`Building the extension (wxt build → ${relative(ROOT, EXTENSION_DIR)}) …`);
  try {
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '');
    const first = stderr.split('\n').find((line) => line.trim() && !/^\s+at /.test(line))?.trim();
    throw new DemoError(`the build failed${first ? `: ${first}` : ''} (run \`npx wxt build\` to see why)`);
  }
}

/**
 * The day the list is shown as of: a few days after the page's date as the engine reads it, that is the publish
 * date moved into the year the text's paired dates fix (the sample's 2月17日(正月十五) fixes 2011; year-hint.ts),
 * or today when the page shows no date.
 */
function demoToday(text: string): string {
  const published = findPublishDate(text);
  return published ? addDays(adjustReferenceDate(text, published), DEMO_DAYS_AFTER) : localDate(new Date());
}

/** The tasks as the engine finds them in the page's text, without the browser: the fallback when the page part is not there. */
function tasksFromEngine(text: string): TaskRow[] {
  const referenceDate = resolveReferenceDate(DEFAULT_SETTINGS, findPublishDate(text));
  return extract(text, { referenceDate }).tasks.map((task) => ({
    units: task.units,
    deadlines: task.deadlines,
    targets: task.targets,
    due: task.due,
    text: task.text,
  }));
}

async function headless(browser: ExtensionBrowser, page: Page, url: string): Promise<void> {
  await page.goto(url);
  mkdirSync(SCREENSHOTS, { recursive: true });

  const marked = await page
    .waitForSelector(MARK, { timeout: 20_000 })
    .then(() => true)
    .catch(() => false);
  const pageText = await page.locator('article').innerText();
  if (!marked) {
    console.log('! No highlights appeared on the page within 20 s (is the content script in place?).');
    const rows = tasksFromEngine(pageText);
    printTaskTable(rows, 'Tasks the engine finds in the page text (lib/extract, run directly):');
    if (rows.length === 0) throw new DemoError('no highlights on the page and the engine found no tasks in the sample');
    return;
  }

  // A stretch of the speech where all three kinds are marked, in view as a reader would see it.
  // a span that crosses inline tags is several <mark> pieces sharing one data-luoshi-span: count spans, not pieces
  const spansMarked = await page.$$eval(MARK, (marks) => marks.map((mark) => [(mark as HTMLElement).dataset.luoshiSpan ?? '', (mark as HTMLElement).dataset.luoshi ?? ''] as const));
  const counts: Record<string, number> = {};
  for (const [, kind] of new Map(spansMarked)) counts[kind] = (counts[kind] ?? 0) + 1;
  // (no named helpers inside: tsx would wrap them in a __name() the page does not have)
  await page.evaluate((selector) => {
    let best: Element | null = null;
    let bestKinds = 0;
    for (const paragraph of document.querySelectorAll('article p')) {
      const kinds = new Set([...paragraph.querySelectorAll<HTMLElement>(selector)].map((m) => m.dataset.luoshi)).size;
      if (kinds > bestKinds) [best, bestKinds] = [paragraph, kinds];
    }
    if (best) window.scrollTo(0, best.getBoundingClientRect().top + window.scrollY - 240);
  }, MARK);
  await page.waitForTimeout(300);
  const pageShot = join(SCREENSHOTS, 'page.png');
  await page.screenshot({ path: pageShot });
  console.log(`✓ Highlighted page: ${relative(ROOT, pageShot)}`);

  // The tab's id, as the popup needs it (popup.html?tab=<id> is the popup opened in a tab).
  await page.bringToFront();
  const tabId = await activeTabId(browser);
  if (tabId === undefined) throw new DemoError('could not find the tab of the sample page');

  // What the page found, straight from its content script (the same drafts 摘录全部 stores).
  const reply = pageTasksReplySchema.safeParse(
    await askActiveTab(browser, { type: 'page-tasks' }).catch(() => null),
  );
  const rows: TaskRow[] = reply.success ? reply.data.drafts : tasksFromEngine(pageText);

  const today = demoToday(pageText);
  const popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}&today=${today}`);
  let clipped = 0;
  let left = 0;
  const clipAll = popup.locator('[data-luoshi-action="clip-all"]');
  if (await clipAll.waitFor({ timeout: 10_000 }).then(() => true, () => false)) {
    await clipAll.click();
    clipped = await popup
      .waitForSelector('[data-task-id]', { timeout: 15_000 })
      .then(() => popup.waitForTimeout(500))
      .then(() => popup.locator('[data-task-id]').count())
      .catch(() => 0);
    // the notice offers, with one click, the sentences that are not work orders: count them, then close it
    const rest = popup.locator('[data-luoshi-action="clip-rest"]');
    if (await rest.count()) left = Number(/\d+/.exec((await rest.textContent()) ?? '')?.[0] ?? 0);
    await popup.locator('.notice-close').click().catch(() => undefined);
  }
  await popup.mouse.move(0, 0);
  const popupShot = join(SCREENSHOTS, 'popup.png');
  await popup.screenshot({ path: popupShot });
  console.log(`${clipped ? '✓' : '!'} Task list (popup, as of ${today}): ${relative(ROOT, popupShot)}${clipped ? '' : ' (no tasks appeared after 摘录全部)'}`);

  printTaskTable(rows, reply.success ? 'Tasks found on the page (the drafts 摘录全部 offers):' : 'Tasks the engine finds (the page gave no list):');
  const kinds = ['target', 'deadline', 'unit'].map((kind) => `${counts[kind] ?? 0} ${kind}`).join(', ');
  console.log(`\nHighlights: ${kinds}. Tasks: ${rows.length} found, ${rows.filter((r) => r.due).length} with a due date; ${clipped} in the list after 摘录全部, ${left} more one click away.`);
  if (rows.length === 0) throw new DemoError('the page was highlighted but no tasks were found');
}

async function main(): Promise<void> {
  build();
  const server: PageServer = await servePages({ '/speech.html': buildSeedPage(seedText()) });
  const url = `${server.origin}/speech.html`;
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchWithExtension({ headed, viewport: headed ? null : undefined }).catch((error: Error) => {
      throw new DemoError(error.message.split('\n')[0]);
    });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    if (headed) {
      await page.goto(url);
      const tabId = await activeTabId(browser);
      const list = await browser.context.newPage();
      const query = new URLSearchParams({ ...(tabId !== undefined && { tab: String(tabId) }), today: demoToday(seedText()) });
      await list.goto(`chrome-extension://${browser.extensionId}/popup.html?${query}`);
      await page.bringToFront();
      console.log(`Chromium is open on ${url} with Luoshi loaded; the second tab is its task list as of ${demoToday(seedText())}.`);
      console.log('Click the 落实 toolbar button for the task list (Alt+Shift+K); Alt+Shift+L shows or hides the highlights.');
      console.log('Close the browser window to end the demo.');
      await new Promise<void>((done) => browser!.context.on('close', () => done()));
    } else {
      console.log(`No display: running headless on ${url}`);
      await headless(browser, page, url);
    }
  } finally {
    await browser?.close();
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    const reason = error instanceof DemoError ? error.message : error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`demo failed: ${reason}`);
    process.exit(1);
  },
);
