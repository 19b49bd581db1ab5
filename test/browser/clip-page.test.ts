// Clipping on the page (issue 4, page side): the 摘录 button by mouse and keyboard, visible clipped state,
// re-marking on a later visit even after the page changed a little, orphan flags, and the page's answers to
// the popup/background (page-tasks, selection-draft).
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { taskDraftSchema, type Task, type TaskDraft } from '../../lib/domain/task';
import { extract } from '../../lib/extract';
import { findPublishDate } from '../../lib/extract/page-date';
import { DEFAULT_SETTINGS, resolveReferenceDate } from '../../lib/settings';
import { buildSeedPage } from '../pages/build-seed-page';
import { askActiveTab, launchWithExtension, ROOT, seedText, servePages, type ExtensionBrowser, type PageServer } from './harness';
import { readableText, waitForAnnotation, expectedOnPage } from './page-text';

/** the extension API, inside functions evaluated in the service worker or an extension page */
declare const chrome: any;

const SHOTS = `${ROOT}/test-results`;
const seed = seedText();
const routes: Record<string, string> = { '/speech.html': buildSeedPage(seed) };
let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await servePages(routes); // routes are looked up per request: the test changes the page later
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const url = () => `${server.origin}/speech.html`;

async function openSpeech(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url());
  await waitForAnnotation(page);
  return page;
}

const askPage = (request: object): Promise<any> => askActiveTab(browser, request);

/** Asks the background for this page's stored tasks, from an extension page (as the popup would). */
async function storedTasks(): Promise<Task[]> {
  const ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const reply = await ext.evaluate((u) => chrome.runtime.sendMessage({ type: 'tasks-for-page', url: u }), url());
  await ext.close();
  expect(reply.ok).toBe(true);
  return reply.tasks;
}

const clippedTasks = (page: Page) =>
  page.evaluate(() => [
    ...new Set(Array.from(document.querySelectorAll('mark.luoshi-mark[data-luoshi-clipped]')).map((m) => m.getAttribute('data-luoshi-task'))),
  ]);

describe('clipping from the page', () => {
  let page: Page;
  let drafts: TaskDraft[];
  const clipped: { task: string; sentence: string }[] = [];

  beforeAll(async () => {
    page = await openSpeech();
  });
  afterAll(() => page?.close());

  test('page-tasks answers every task extract() finds, as valid drafts with the page title', async () => {
    const reply = await askPage({ type: 'page-tasks' });
    expect(reply.ok).toBe(true);
    expect(reply.title).toBe(await page.title());
    const text = await readableText(page);
    const expected = expectedOnPage(text);
    drafts = reply.drafts;
    expect(drafts.length).toBe(expected.tasks.length);
    for (const [i, draft] of drafts.entries()) {
      expect(taskDraftSchema.safeParse(draft).success).toBe(true);
      expect(draft.text).toBe(expected.tasks[i].text.trim());
      expect(draft.units).toEqual([...new Set(expected.tasks[i].units)]);
      expect(draft.source.url).toBe(url());
      expect(draft.source.published).toBe('2023-11-25');
      expect(text.slice(draft.anchor.start, draft.anchor.end)).toBe(draft.anchor.exact);
      // the section: the speech's own heading (an <h2> on this page), the last one before the sentence in the text
      const heading = [...text.slice(0, draft.anchor.start).matchAll(/项目推进会上的讲话内容篇[一二三四五六七八九]/g)].pop()?.[0];
      expect(draft.section).toBe(heading);
    }
    expect(new Set(drafts.map((d) => d.section)).size).toBeGreaterThan(5);
  });

  test('hovering a task shows 摘录; clicking it stores the task and marks the sentence as clipped', async () => {
    // a task with a unit and a deadline, so the stored task has both
    const index = drafts.findIndex((d) => d.units.length && d.deadlines.some((x) => x.due));
    expect(index).toBeGreaterThanOrEqual(0);
    const mark = page.locator(`mark.luoshi-mark[data-luoshi-task="${index}"]`).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const button = page.locator('[data-luoshi-action="clip"]');
    await expect.poll(() => button.count()).toBe(1);
    await button.click();
    await expect.poll(() => clippedTasks(page), { timeout: 5000 }).toContain(String(index));
    // every piece of every highlight of that sentence carries the flag, and only that sentence's
    const marks = page.locator(`mark.luoshi-mark[data-luoshi-task="${index}"]`);
    expect(await marks.count()).toBe(await page.locator(`mark.luoshi-mark[data-luoshi-task="${index}"][data-luoshi-clipped]`).count());
    await page.screenshot({ path: `${SHOTS}/clip-done.png` });
    clipped.push({ task: String(index), sentence: drafts[index].text });

    const stored = await storedTasks();
    const task = stored.find((t) => t.text === drafts[index].text)!;
    expect(task).toBeTruthy();
    expect(task.units).toEqual(drafts[index].units);
    expect(task.due).toBe(drafts[index].due);
    expect(task.section).toMatch(/^项目推进会上的讲话内容篇/);
    expect(task.section).toBe(drafts[index].section);
    expect(task.anchor.prefix.length).toBeGreaterThan(0);
  });

  test('the 摘录 button is reachable by keyboard: focus a highlight, Tab, Enter', async () => {
    await page.mouse.move(1, 1);
    const index = drafts.findIndex((d, i) => i > Number(clipped[0].task) + 3 && d.units.length > 0);
    const first = page.locator(`mark.luoshi-mark[data-luoshi-task="${index}"][tabindex="0"]`);
    await first.focus();
    await expect.poll(() => page.locator('[data-luoshi-action="clip"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const host = document.activeElement;
      return host?.shadowRoot?.activeElement?.getAttribute('data-luoshi-action') ?? null;
    });
    expect(focused).toBe('clip');
    await page.keyboard.press('Enter');
    await expect.poll(() => clippedTasks(page), { timeout: 5000 }).toContain(String(index));
    clipped.push({ task: String(index), sentence: drafts[index].text });
    // focus stays on the (now 已摘录) button, and Tab goes on to the next task's first highlight
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('data-luoshi-action') ?? null)).toBe('clip');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-luoshi-task') ?? null);
    expect(Number(next)).toBeGreaterThan(index);
  });

  test('selection-draft: the selected text as a draft, with units from extract() and its text quote', async () => {
    const selected = await page.evaluate(() => {
      const p = Array.from(document.querySelectorAll('article p')).find((el) => /各(乡镇|部门)/.test(el.textContent ?? ''))!;
      const range = document.createRange();
      range.selectNodeContents(p);
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return sel.toString();
    });
    const reply = await askPage({ type: 'selection-draft' });
    expect(reply.ok).toBe(true);
    const draft: TaskDraft = reply.draft;
    expect(taskDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft.anchor.exact).toBe(selected.trim());
    expect(draft.anchor.prefix.length).toBeGreaterThan(0);
    const text = await readableText(page);
    const units = [...new Set(extract(selected.trim(), { referenceDate: resolveReferenceDate(DEFAULT_SETTINGS, findPublishDate(text)) }).tasks.flatMap((t) => t.units))];
    expect(draft.units).toEqual(units);
    expect(units.length).toBeGreaterThan(0);
    await page.evaluate(() => getSelection()?.removeAllRanges());
    expect((await askPage({ type: 'selection-draft' })).draft).toBeNull();
  });

  test('on a later visit the clipped sentences are marked again, even after the page changed a little', async () => {
    const [kept, removed] = clipped;
    // the page changes: a new paragraph on top, the kept sentence edited by one character, the other one gone
    const keptSentence = kept.sentence;
    const draft = drafts[Number(kept.task)];
    const spanTexts = [...draft.units, ...draft.targets, ...draft.deadlines.map((d) => d.text)];
    let at = Math.floor(keptSentence.length / 2);
    while (at < keptSentence.length && !spanTexts.every((s) => (keptSentence.slice(0, at) + '也' + keptSentence.slice(at)).includes(s))) at++;
    const edited = keptSentence.slice(0, at) + '也' + keptSentence.slice(at);
    expect(seed.includes(keptSentence) && seed.includes(removed.sentence)).toBe(true);
    const changed = seed
      .replace('同志们:', '本文根据录音整理。\n\n同志们:')
      .replace(keptSentence, edited)
      .replace(removed.sentence, '');
    routes['/speech.html'] = buildSeedPage(changed);

    const again = await openSpeech();
    await expect
      .poll(() => again.evaluate(() => document.querySelectorAll('mark.luoshi-mark[data-luoshi-clipped]').length), { timeout: 5000 })
      .toBeGreaterThan(0);
    const texts = await again.evaluate(() => {
      const tasks = new Set(Array.from(document.querySelectorAll('mark.luoshi-mark[data-luoshi-clipped]')).map((m) => m.getAttribute('data-luoshi-task')));
      return [...tasks].map((t) => Array.from(document.querySelectorAll(`mark.luoshi-mark[data-luoshi-task="${t}"]`)).map((m) => m.textContent).join('|'));
    });
    expect(texts).toHaveLength(1);
    for (const s of draft.units) expect(texts[0]).toContain(s);
    await again.locator('mark.luoshi-mark[data-luoshi-clipped]').first().scrollIntoViewIfNeeded();
    await again.screenshot({ path: `${SHOTS}/clip-reanchored.png` });

    // the sentence that is gone is flagged, not dropped; the one found is not
    await expect
      .poll(async () => (await storedTasks()).map((t) => [t.text === removed.sentence, !!t.orphaned]), { timeout: 5000 })
      .toEqual(expect.arrayContaining([[true, true], [false, false]]));
    await again.close();
    routes['/speech.html'] = buildSeedPage(seed);
  });

  test('clipping every task from elsewhere (摘录全部 in the popup) marks them all on the open page', async () => {
    const fresh = await openSpeech();
    const reply = await askPage({ type: 'page-tasks' });
    const ext = await browser.context.newPage();
    await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const clip = await ext.evaluate((drafts) => chrome.runtime.sendMessage({ type: 'clip', drafts }), reply.drafts);
    await ext.close();
    expect(clip.ok).toBe(true);
    // the background tells the page (clipped-changed); the page finds every sentence again and marks it
    const tasks = await fresh.evaluate(() => new Set(Array.from(document.querySelectorAll('mark.luoshi-mark[data-luoshi-task]')).map((m) => m.getAttribute('data-luoshi-task'))).size);
    await expect.poll(async () => (await clippedTasks(fresh)).length, { timeout: 5000 }).toBe(tasks);
    await fresh.close();
  });
});
