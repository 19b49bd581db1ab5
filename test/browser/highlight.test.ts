// Highlights on pages, in Chromium with the built extension: counts and texts against extract() run here in
// Node on the same readable text, pages left alone, hidden and dynamic content, turning off, speed.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { extract } from '../../lib/extract';
import { buildDynamicPage, buildSeedPage, buildStagedPage } from '../pages/build-seed-page';
import { askActiveTab, launchWithExtension, ROOT, seedText, servePages, type ExtensionBrowser, type PageServer } from './harness';
import { annotateTiming, countKinds, installBlockingProbe, markedSpans, pristineBodyHtml, readableText, waitForAnnotation, expectedOnPage } from './page-text';

/** the extension API, inside functions evaluated in the service worker or an extension page */
declare const chrome: any;

const SHOTS = `${ROOT}/test-results`;
let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const seed = seedText();
  server = await servePages({
    '/seed.html': buildSeedPage(seed),
    '/seed10.html': buildSeedPage(seed, { repeat: 10 }),
    '/dynamic.html': buildDynamicPage(seed),
    '/staged.html': buildStagedPage(seed),
  });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function expectMarksMatchExtract(page: Page) {
  const text = await readableText(page);
  const result = expectedOnPage(text);
  const marked = await markedSpans(page);
  expect(result.spans.length).toBeGreaterThan(0);
  expect(countKinds(marked)).toEqual(countKinds(result.spans));
  // every highlight (its pieces joined) is exactly its span, in order
  expect(marked.map((m) => [m.kind, m.text])).toEqual(result.spans.map((s) => [s.type, s.text]));
  // no highlight inside another one
  expect(await page.locator('mark.luoshi-mark mark.luoshi-mark').count()).toBe(0);
  return { text, result, marked };
}

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`);
  return page;
}

describe('the seed laid out as a document-site page', () => {
  let page: Page;
  let duration: number;
  beforeAll(async () => {
    page = await open('/seed.html');
    duration = await waitForAnnotation(page);
  });
  afterAll(() => page?.close());

  test('every span extract() finds in the readable text is highlighted, with its kind, and nothing else', async () => {
    const { result, marked } = await expectMarksMatchExtract(page);
    // some spans really do cross inline tags
    expect(marked.some((m) => m.pieces > 1)).toBe(true);
    // the legend counts spans per kind
    for (const kind of ['target', 'deadline', 'unit'] as const) {
      await expect
        .poll(() => page.locator(`[data-luoshi-count="${kind}"]`).textContent())
        .toBe(String(result.spans.filter((s) => s.type === kind).length));
    }
    const parts = await page.evaluate(() => performance.getEntriesByType('measure').map((e) => `${e.name} ${Math.round(e.duration)}`));
    console.log(`seed: ${parts.join(', ')}; spans`, countKinds(result.spans));
  });

  // The 150 ms goal is checked by `npm run bench` (medians of several runs), not here: a timed test fails on a busy machine.
  test('records luoshi:annotate with its load, read, extract and mark parts', async () => {
    expect(duration).toBeGreaterThan(0);
    const parts = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('measure').filter((e) => e.name.startsWith('luoshi:annotate:')).map((e) => [e.name, e.duration])),
    );
    expect(Object.keys(parts).sort()).toEqual(['luoshi:annotate:extract', 'luoshi:annotate:load', 'luoshi:annotate:mark', 'luoshi:annotate:read']);
    const sum = Object.values(parts).reduce((a, b) => a + b, 0);
    expect(sum).toBeLessThanOrEqual(duration + 1);
  });

  test('scripts, styles, form fields, editable and hidden regions are untouched', async () => {
    const inside = await page.evaluate(() =>
      ['script', 'style', 'textarea', 'input', 'select', 'noscript', '[contenteditable]', '#hidden-content', 'head'].map(
        (sel) => document.querySelectorAll(`${sel} mark`).length,
      ),
    );
    expect(inside).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(await page.inputValue('input[name="q"]')).toBe('各乡镇要在6月底前完成项目申报');
    expect(await page.locator('#fx-textarea').inputValue()).toBe('各部门要在年底前完成项目清单,县财政局负责资金保障。');
    expect(await page.locator('#fx-editable').innerHTML()).toBe('县住建局要在9月底前完成验收。');
    expect(await page.evaluate(() => document.head.querySelector('script')!.textContent)).toContain('各部门要在6月底前完成配置');
  });

  test('marks look right (screenshots)', async () => {
    await page.screenshot({ path: `${SHOTS}/seed-top.png` });
    const mark = page.locator('mark.luoshi-mark[data-luoshi="deadline"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await expect.poll(() => page.locator('[data-luoshi-action="clip"]').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/seed-popover.png` });
    await page.mouse.move(5, 5);
  });

  test('a kind can be switched off in the legend, and colours follow the settings live', async () => {
    const unit = page.locator('mark.luoshi-mark[data-luoshi="unit"]').first();
    const background = () => unit.evaluate((m) => getComputedStyle(m).backgroundColor);
    expect(await background()).toBe('rgb(187, 247, 208)'); // the default #bbf7d0
    await page.locator('input[data-luoshi-kind="unit"]').uncheck();
    await expect.poll(background).toBe('rgba(0, 0, 0, 0)');
    await page.locator('input[data-luoshi-kind="unit"]').check();
    await expect.poll(background).toBe('rgb(187, 247, 208)');

    // the options page saves settings with WXT storage ('local:settings'); the page follows without reload
    const ext = await browser.context.newPage();
    await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await ext.evaluate(() =>
      chrome.storage.local.set({ settings: { colors: { target: '#fde68a', deadline: '#bfdbfe', unit: '#fbcfe8' } } }),
    );
    await expect.poll(background).toBe('rgb(251, 207, 232)');
    await ext.evaluate(() => chrome.storage.local.remove('settings'));
    await ext.close();
    await expect.poll(background).toBe('rgb(187, 247, 208)');
  });

  test('content revealed by 查看隐藏内容 is highlighted once', async () => {
    expect(await page.locator('#hidden-content mark.luoshi-mark').count()).toBe(0);
    await page.click('#reveal');
    await expect.poll(() => page.locator('#hidden-content mark.luoshi-mark').count(), { timeout: 5000 }).toBeGreaterThan(0);
    await page.waitForTimeout(600); // a second, duplicate pass would have run by now
    await expectMarksMatchExtract(page);
  });
});

describe('turning highlights off and on', () => {
  test('off restores the page exactly; on marks it again', async () => {
    const page = await open('/seed.html');
    await waitForAnnotation(page);
    const pristine = await pristineBodyHtml(page);
    await page.locator('[data-luoshi-action="highlights-off"]').click();
    await expect.poll(() => page.locator('mark.luoshi-mark').count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(pristine);
    expect(await page.locator('luoshi-page-ui').count()).toBe(0);

    // on again, as the popup and the keyboard command ask
    await askActiveTab(browser, { type: 'toggle-highlights', on: true });
    await expect.poll(() => page.locator('mark.luoshi-mark').count()).toBeGreaterThan(0);
    await expectMarksMatchExtract(page);
    await page.close();
  });
});

describe('pages that are not speeches', () => {
  for (const path of ['/news-list.html', '/english-article.html']) {
    test(`${path}: no marks, DOM unchanged, decided quickly`, async () => {
      const page = await open(path);
      await page.waitForFunction(() => performance.getEntriesByName('luoshi:detect').length > 0, null, { timeout: 10_000 });
      await page.waitForTimeout(300);
      expect(await page.locator('mark').count()).toBe(0);
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(await pristineBodyHtml(page));
      expect(await page.evaluate(() => document.head.querySelectorAll('[data-luoshi-ui]').length)).toBe(0);
      const detect = await page.evaluate(() => performance.getEntriesByName('luoshi:detect')[0].duration);
      console.log(`${path}: luoshi:detect ${detect.toFixed(2)} ms`);
      expect(detect).toBeLessThan(5);
      await page.close();
    });
  }

  test('the reader can still turn highlights on for a skipped page', async () => {
    const page = await open('/english-article.html');
    await page.waitForFunction(() => performance.getEntriesByName('luoshi:detect').length > 0);
    await askActiveTab(browser, { type: 'toggle-highlights' });
    // the legend appears with whatever extract() finds (here: English text, nothing)
    await expect.poll(() => page.locator('[data-luoshi-count="unit"]').count()).toBe(1);
    const text = await readableText(page);
    expect(await page.locator('mark.luoshi-mark').count()).toBe(expectedOnPage(text).spans.length);
    await page.close();
  });
});

describe('a page that loads its speech later', () => {
  test('a speech arriving just after a first addition that was not one is still highlighted', async () => {
    const page = await open('/staged.html');
    await expect.poll(() => page.locator('mark.luoshi-mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await expectMarksMatchExtract(page);
    await page.close();
  });

  test('the speech is highlighted when it appears, and 展开全文 content too, never twice', async () => {
    const page = await open('/dynamic.html');
    await expect.poll(() => page.locator('mark.luoshi-mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await expectMarksMatchExtract(page);
    const before = await page.locator('mark.luoshi-mark').count();
    await page.click('#more');
    await expect.poll(() => page.locator('mark.luoshi-mark').count(), { timeout: 5000 }).toBeGreaterThan(before);
    await page.waitForTimeout(600);
    await expectMarksMatchExtract(page);
    await page.screenshot({ path: `${SHOTS}/dynamic.png`, fullPage: false });
    await page.close();
  });
});

describe('a page ten times the seed', () => {
  // The 100 ms goal is checked by `npm run bench`; here: the work is split, so no block is most of the annotation.
  test('is fully highlighted in several main-thread tasks', async () => {
    const page = await browser.context.newPage();
    await installBlockingProbe(page);
    await page.goto(`${server.origin}/seed10.html`);
    await waitForAnnotation(page, 60_000);
    await page.waitForTimeout(300);
    const timing = await annotateTiming(page);
    console.log('10x:', JSON.stringify(timing));
    await expectMarksMatchExtract(page);
    expect(timing.longest).toBeLessThan(timing.measures['luoshi:annotate'] / 2);
    await page.close();
  });
});

describe('on a dark page', () => {
  test('highlights stay readable (screenshot)', async () => {
    const page = await open('/seed.html');
    await waitForAnnotation(page);
    await page.addStyleTag({ content: 'body,article,aside.ad{background:#121212 !important;color:#ddd !important}' });
    const mark = page.locator('mark.luoshi-mark[data-luoshi="target"]').nth(5);
    await mark.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/seed-dark.png` });
    // marked text is dark on its light background whatever the page's text colour
    expect(await mark.evaluate((m) => getComputedStyle(m).color)).toBe('rgb(17, 17, 17)');
    await page.close();
  });
});

describe('never on this site', () => {
  test('the legend turns Luoshi off for the site, now and on the next visit', async () => {
    const page = await open('/seed.html');
    await waitForAnnotation(page);
    await page.locator('[data-luoshi-action="disable-site"]').click();
    await expect.poll(() => page.locator('mark.luoshi-mark').count()).toBe(0);
    expect(await page.locator('luoshi-page-ui').count()).toBe(0);
    await page.reload();
    await page.waitForTimeout(1000);
    expect(await page.locator('mark.luoshi-mark').count()).toBe(0);
    // the cheap look runs on every page (it reads the settings only for a page that looks like a speech); on a site
    // turned off nothing follows it: no annotation started
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('luoshi:detect').length)).toBe(1);
    expect(await page.evaluate(() => performance.getEntriesByName('luoshi:annotate:start').length)).toBe(0);
    await page.close();
  });
});
