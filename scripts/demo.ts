// `npm run demo`: builds the extension, serves the bundled sample speech as a web page on 127.0.0.1, and opens
// Chromium with Luoshi on it. With a display: a normal window, left open until you close it. Without one (CI,
// a server): headless; saves docs/screenshots/page.png (the highlighted page) and docs/screenshots/popup.png
// (the task list after 摘录全部), and prints the tasks found.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { activeTabId, askActiveTab, EXTENSION_DIR, launchWithExtension, ROOT, seedText, servePages, type ExtensionBrowser, type PageServer } from '../test/browser/harness';
import { buildSeedPage } from '../test/pages/build-seed-page';
import { extract } from '../lib/extract';
import { findPublishDate } from '../lib/extract/page-date';
import { pageTasksReplySchema } from '../lib/messages';
import { DEFAULT_SETTINGS, resolveReferenceDate } from '../lib/settings';

import { printTaskTable, type TaskRow } from './task-table';

/** LUOSHI_SCREENSHOTS lets tests keep the README's screenshots untouched. */
const SCREENSHOTS = resolve(ROOT, process.env.LUOSHI_SCREENSHOTS ?? 'docs/screenshots');
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

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 800, height: 1000 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  let clipped = 0;
  const clipAll = popup.locator('[data-luoshi-action="clip-all"]');
  if (await clipAll.waitFor({ timeout: 10_000 }).then(() => true, () => false)) {
    await clipAll.click();
    clipped = await popup
      .waitForSelector('[data-task-id]', { timeout: 15_000 })
      .then(() => popup.waitForTimeout(500))
      .then(() => popup.locator('[data-task-id]').count())
      .catch(() => 0);
  }
  const popupShot = join(SCREENSHOTS, 'popup.png');
  await popup.screenshot({ path: popupShot });
  console.log(`${clipped ? '✓' : '!'} Task list (popup): ${relative(ROOT, popupShot)}${clipped ? '' : ' (no tasks appeared after 摘录全部)'}`);

  printTaskTable(rows, reply.success ? 'Tasks found on the page (the drafts 摘录全部 stores):' : 'Tasks the engine finds (the page gave no list):');
  const kinds = ['target', 'deadline', 'unit'].map((kind) => `${counts[kind] ?? 0} ${kind}`).join(', ');
  console.log(`\nHighlights: ${kinds}. Tasks: ${rows.length} found, ${rows.filter((r) => r.due).length} with a due date; ${clipped} in the list after 摘录全部.`);
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
      console.log(`Chromium is open on ${url} with Luoshi loaded.`);
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
