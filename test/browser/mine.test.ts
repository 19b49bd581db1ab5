// 我的任务 in Chromium (issue 12): two units of different kinds set in the options textarea, the seed speech
// page, and then which highlights, legend count, clipped rows and popup filter are "mine".
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { isMineTask, isMineUnit, parseMyUnits } from '../../lib/domain/mine';
import type { Task } from '../../lib/domain/task';
import { isWorkOrder } from '../../lib/tasks/work-orders';
import { buildSeedPage } from '../pages/build-seed-page';
import { activeTabId, launchWithExtension, ROOT, seedText, servePages, type ExtensionBrowser, type PageServer } from './harness';
import { readableText, waitForAnnotation, expectedOnPage } from './page-text';

const SHOTS = join(ROOT, 'test-results');
/** a county department with an alias, and a township given its kind */
const MY_UNITS = '县发改局=县发展和改革局\n杏坪镇|township';

let browser: ExtensionBrowser;
let server: PageServer;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await servePages({ '/speech.html': buildSeedPage(seedText()) });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page tasks whose highlights carry data-luoshi-mine, by task number. */
const mineTasksOnPage = () =>
  page.evaluate(() => [
    ...new Set(
      Array.from(document.querySelectorAll('mark.luoshi-mark[data-luoshi-mine][data-luoshi-task]')).map((m) =>
        Number(m.getAttribute('data-luoshi-task')),
      ),
    ),
  ].sort((a, b) => a - b));

/** The sentence of a page task: its marks' enclosing text is not enough, so the test reads it from extract() below. */
let sentences: string[] = [];

describe('我的任务', () => {
  test('the options textarea takes the units and saves them on change', async () => {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 900, height: 1000 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const area = options.locator('textarea[data-luoshi-setting="my-units"]');
    await area.fill(MY_UNITS);
    await area.blur(); // change fires when the field loses focus
    const worker = await browser.serviceWorker();
    await expect
      .poll(() => worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings?.myUnits))
      .toBe(MY_UNITS);
    // the reading under it: two units, a department (from the name) and a township (as written)
    expect(await options.locator('[data-luoshi-my-unit]').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-luoshi-my-unit'), r.getAttribute('data-kind')]))).toEqual([
      ['县发改局', 'department'],
      ['杏坪镇', 'township'],
    ]);
    // a line that cannot be read is named by its number, and the field says it is invalid
    await area.fill(`${MY_UNITS}\n县财政局|office`);
    await expect.poll(() => options.locator('#my-units-problems').textContent()).toContain('3');
    expect(await area.getAttribute('aria-invalid')).toBe('true');
    await area.fill(MY_UNITS);
    await area.blur();
    await options.locator('#my-units-heading').scrollIntoViewIfNeeded();
    await options.screenshot({ path: join(SHOTS, 'mine-options.png') });
    await options.close();
  });

  test('on the seed speech, the highlights of tasks that are mine carry data-luoshi-mine', async () => {
    page = await browser.context.newPage();
    await page.goto(`${server.origin}/speech.html`);
    await waitForAnnotation(page);
    const text = await readableText(page);
    const { tasks } = expectedOnPage(text);
    sentences = tasks.map((task) => task.text);
    const { units } = parseMyUnits(MY_UNITS);
    const expected = tasks.flatMap((task, i) => (isMineTask(task, units) ? [i] : []));
    await expect.poll(mineTasksOnPage, { timeout: 10_000 }).toEqual(expected);

    // checked by hand in the seed: mine by name, by another spelling, and as a collective of either kind
    const mineText = (await mineTasksOnPage()).map((i) => sentences[i]);
    const has = (snippet: string) => mineText.some((sentence) => sentence.includes(snippet));
    expect(has('县政府督查室、县发改局、县重点项目办要切实加强')).toBe(true); // 县发改局 as written
    expect(has('发改局要结合全省')).toBe(true); // 发改局: the county's, without its level
    expect(has('杏坪镇、小岭镇政府和相关部门主要领导')).toBe(true); // 杏坪镇
    expect(has('各乡镇在全力协助县上抓好相关项目建设')).toBe(true); // 各乡镇 includes a township
    // and not mine: tasks whose units are neither (各县市区, 各企业, 市直各有关部门)
    const notMine = sentences.filter((_, i) => !expected.includes(i));
    expect(notMine.length).toBeGreaterThan(20);
    for (const snippet of ['各县市区', '各企业']) {
      const only = tasks.filter((task) => task.units.length === 1 && task.units[0] === snippet);
      expect(only.length).toBeGreaterThan(0);
      for (const task of only) expect(mineText).not.toContain(task.text);
    }

    // every highlight of a mine task carries it, and no highlight of another task does
    const wrong = await page.evaluate((mine) => {
      const out: string[] = [];
      for (const m of Array.from(document.querySelectorAll('mark.luoshi-mark[data-luoshi-task]'))) {
        const isMine = mine.includes(Number(m.getAttribute('data-luoshi-task')));
        if (isMine !== m.hasAttribute('data-luoshi-mine')) out.push(m.textContent ?? '');
      }
      return out;
    }, expected);
    expect(wrong).toEqual([]);
    // the style is stronger, not only another colour: bold text and an outline
    const style = await page.locator('mark.luoshi-mark[data-luoshi-mine]').first().evaluate((m) => {
      const s = getComputedStyle(m);
      return { weight: Number(s.fontWeight), outline: s.outlineStyle };
    });
    expect(style.weight).toBeGreaterThanOrEqual(700);
    expect(style.outline).toBe('solid');
  });

  test('the legend counts them and its button steps through them', async () => {
    const expected = (await mineTasksOnPage()).length;
    const legend = page.locator('luoshi-page-ui');
    await expect.poll(() => legend.locator('[data-luoshi-count="mine"]').textContent()).toBe(String(expected));
    const next = legend.locator('[data-luoshi-action="next-mine"]');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.matches('mark.luoshi-mark[data-luoshi-mine]') ? Number(el.getAttribute('data-luoshi-task')) : null;
      });
    const mine = await mineTasksOnPage();
    await next.click();
    await expect.poll(focused).toBe(mine[0]);
    await next.click();
    await expect.poll(focused).toBe(mine[1]);
    await page.waitForTimeout(600); // the smooth scroll
    await page.screenshot({ path: join(SHOTS, 'mine-page.png') });
  });

  test('只摘录我的 clips my work orders, then the rest of mine; the popup marks their rows, and its filter (on by default) shows exactly those', async () => {
    await page.bringToFront();
    const tabId = await activeTabId(browser);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 560 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('[data-luoshi-action="clip-mine"]').click();
    await popup.locator('[data-luoshi-notice="info"]').waitFor();
    const stored = async (): Promise<Task[]> =>
      (await popup.evaluate((u) => (globalThis as any).chrome.runtime.sendMessage({ type: 'tasks-for-page', url: u }), `${server.origin}/speech.html`)).tasks;
    const { units } = parseMyUnits(MY_UNITS);
    const orders = await stored();
    expect(orders.length).toBeGreaterThan(5);
    expect(orders.every((task) => isMineTask(task, units))).toBe(true);
    // like 摘录全部 (issue 11), it takes the work orders among mine; the rest of mine is one click away, and
    // that click clips only mine: then every task of the page that is mine is in the list
    expect(orders.every((task) => isWorkOrder(task))).toBe(true);
    const onPage = (await mineTasksOnPage()).length;
    const rest = popup.locator('[data-luoshi-action="clip-rest"]');
    expect(Number(/\d+/.exec((await rest.textContent()) ?? '')?.[0])).toBe(onPage - orders.length);
    expect(await popup.locator('[data-luoshi-notice="info"]').textContent()).toContain('涉及本单位');
    await popup.screenshot({ path: join(SHOTS, 'mine-popup-clip-rest.png') });
    await rest.click();
    await expect.poll(async () => (await stored()).length).toBe(onPage);
    const clipped = await stored();
    expect(clipped.every((task) => isMineTask(task, units))).toBe(true);

    // now everything on the page
    await popup.locator('[data-luoshi-action="clip-all"]').click();
    await expect.poll(async () => (await stored()).length).toBeGreaterThan(clipped.length);
    const all = await stored();
    const mineIds = all.filter((task) => isMineTask(task, units)).map((task) => task.id).sort();
    expect(mineIds.length).toBe(clipped.length);

    const filter = popup.locator('[data-luoshi-filter="mine"]');
    expect(await filter.getAttribute('aria-pressed')).toBe('true');
    const rows = (selector: string) =>
      popup.locator(selector).evaluateAll((els) => els.map((el) => el.getAttribute('data-task-id')!).sort());
    await expect.poll(() => rows('[data-task-id]')).toEqual(mineIds);
    expect(await rows('[data-task-id][data-luoshi-mine]')).toEqual(mineIds);
    expect(await filter.textContent()).toContain(String(mineIds.length));
    await popup.screenshot({ path: join(SHOTS, 'mine-popup.png') });

    await filter.click();
    expect(await filter.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => (await rows('[data-task-id]')).length).toBe(all.length);
    expect(await rows('[data-task-id][data-luoshi-mine]')).toEqual(mineIds);
    await popup.close();
  });

  test('on a page that undoes our marks (CSS Custom Highlights, no DOM change), the spans that are mine are in the mine highlights', async () => {
    const fighting = await browser.context.newPage();
    await fighting.goto(`${server.origin}/fighting.html`);
    /** the text of each range of a CSS highlight, in page order */
    const painted = (name: string) =>
      fighting.evaluate((n) => {
        const h = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(n);
        return [...(h ?? [])].map((r) => (r instanceof Range ? r.toString() : ''));
      }, name);
    await expect.poll(async () => (await painted('luoshi-unit')).length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await fighting.locator('#article mark').count()).toBe(0);
    const text = await readableText(fighting);
    const { spans, tasks } = expectedOnPage(text);
    const { units } = parseMyUnits(MY_UNITS);
    // a span is mine when its task is, or when it is a unit that is mine (as lib/page/mine.ts says)
    const taskOf = (start: number) => tasks.find((t) => t.start <= start && start < t.end);
    const mine = spans.filter((s) => {
      const task = taskOf(s.start);
      return (task && isMineTask(task, units)) || (s.type === 'unit' && isMineUnit(s.text, units));
    });
    // read by eye in test/pages/fighting.html: 各乡镇 (a township's collective) and 各部门 (a department's) are mine,
    // the county's named departments (县农业农村局, 县商务局 …) are not
    const mineUnits = mine.filter((s) => s.type === 'unit').map((s) => s.text);
    expect(mineUnits).toEqual(expect.arrayContaining(['各乡镇', '各部门']));
    expect(mineUnits).not.toContain('县商务局');
    for (const kind of ['target', 'deadline', 'unit'] as const) {
      await expect.poll(async () => (await painted(`luoshi-mine-${kind}`)).sort(), { timeout: 5_000 }).toEqual(
        mine.filter((s) => s.type === kind).map((s) => s.text).sort(),
      );
    }
    // styled: a thick dark underline (::highlight() takes no font weight or outline)
    const sheet = await fighting.locator('style[data-luoshi-ui="marks"]').textContent();
    expect(sheet).toMatch(/::highlight\(luoshi-mine-unit\)[^{]*\{text-decoration:underline solid #7f1d1d 3px\}/);
    await expect.poll(() => fighting.locator('luoshi-page-ui [data-luoshi-count="mine"]').textContent()).toBe(
      String(tasks.filter((t) => isMineTask(t, units)).length),
    );
    await fighting.screenshot({ path: join(SHOTS, 'mine-fighting.png') });
    await fighting.close();
  });
});
