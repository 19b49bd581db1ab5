// The options page in Chromium with the built extension: every control stores a validated value in
// browser.storage.local, refuses what it cannot use with a message, and can be worked from the keyboard.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, ROOT, seedText, servePages, type ExtensionBrowser, type PageServer } from './harness';
import { buildSeedPage } from '../pages/build-seed-page';


let browser: ExtensionBrowser;
let worker: Worker;
let page: Page;
let server: PageServer;

/** A message in the locale Chromium chose, with $1… filled in the way chrome.i18n does. */
const msg = (key: string, subs?: string[]) =>
  page.evaluate(([k, s]) => (globalThis as any).chrome.i18n.getMessage(k, s) as string, [key, subs] as const);

const stored = () =>
  worker.evaluate(async () => ((await (globalThis as any).chrome.storage.local.get('settings')).settings ?? {}) as Record<string, any>);

beforeAll(async () => {
  server = await servePages({ '/speech.html': buildSeedPage(seedText()) });
  browser = await launchWithExtension();
  worker = await browser.serviceWorker();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1024, height: 1500 });
});
afterAll(async () => {
  await browser?.close();
  await server?.close(); // after the browser: its keep-alive connections hold the server open
});
beforeEach(async () => {
  await worker.evaluate(() => (globalThis as any).chrome.storage.local.remove('settings'));
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.waitForSelector('#site-input');
});

test('the page is in the browser language with the seven settings', async () => {
  expect(await page.title()).toBe(await msg('options_title'));
  const headings = await page.locator('h2').allTextContents();
  expect(headings).toEqual([
    await msg('options_highlight_heading'),
    await msg('mine_options_heading'),
    await msg('options_sites_heading'),
    await msg('options_colors_heading'),
    await msg('options_refdate_heading'),
    await msg('options_csv_heading'),
    await msg('mine_csvUnits_heading'),
  ]);
  // the defaults are shown
  expect(await page.isChecked('#highlight-default')).toBe(true);
  expect(await page.isChecked('input[name="reference-date"][value="page"]')).toBe(true);
  expect(await page.isChecked('input[name="csv-headers"][value="zh"]')).toBe(true);
  expect(await page.isDisabled('#fixed-date')).toBe(true);
  expect(await page.locator('.site-list').count()).toBe(0);
});

test('Chromium took both keyboard shortcuts, and the page names the one for the highlights', async () => {
  const commands = await worker.evaluate(async () =>
    ((await (globalThis as any).chrome.commands.getAll()) as { name: string; shortcut: string }[]).map((c) => [c.name, c.shortcut]),
  );
  expect(Object.fromEntries(commands)).toEqual({ 'toggle-highlights': 'Alt+Shift+L', _execute_action: 'Alt+Shift+K' });
  await expect.poll(() => page.textContent('#highlight-hint')).toBe(await msg('options_highlight_shortcut', ['Alt+Shift+L']));
});

test('highlights by default: unticking stores false and says it is saved', async () => {
  await page.click('#highlight-default');
  await expect.poll(stored).toMatchObject({ highlightByDefault: false });
  await expect.poll(() => page.getAttribute('.save-status [role=status]', 'data-state')).toBe('saved');
  expect(await page.textContent('.save-status [role=status]')).toContain((await msg('options_saved', ['X'])).split('X')[0]);
  await page.reload();
  await page.waitForSelector('#site-input');
  expect(await page.isChecked('#highlight-default')).toBe(false);
});

test('sites: a pasted address becomes its hostname; nonsense and duplicates are refused with a message', async () => {
  await page.fill('#site-input', 'not a host!');
  await page.press('#site-input', 'Enter');
  const error = page.locator('#site-error[role=alert]');
  expect(await error.textContent()).toBe(await msg('options_sites_errorInvalid', ['not a host!']));
  expect(await page.getAttribute('#site-input', 'aria-invalid')).toBe('true');
  expect((await stored()).disabledSites).toBeUndefined();

  await page.fill('#site-input', 'https://WWW.Example.gov.cn/zhengce/1.htm');
  expect(await error.count()).toBe(0); // typing clears the message
  await page.press('#site-input', 'Enter');
  await expect.poll(async () => (await stored()).disabledSites).toEqual(['www.example.gov.cn']);
  expect(await page.inputValue('#site-input')).toBe('');
  expect(await page.locator('.site-list li').allTextContents()).toEqual([`www.example.gov.cn${await msg('options_sites_remove')}`]);

  await page.fill('#site-input', 'www.example.gov.cn');
  await page.click('.site-add button[type=submit]');
  expect(await error.textContent()).toBe(await msg('options_sites_errorDuplicate'));

  await page.fill('#site-input', '');
  await page.press('#site-input', 'Enter');
  expect(await error.textContent()).toBe(await msg('options_sites_errorEmpty'));
  expect((await stored()).disabledSites).toEqual(['www.example.gov.cn']);
});

test('sites: removing with the keyboard keeps focus on the list, then returns to the input', async () => {
  for (const site of ['a.example.org', 'b.example.org']) {
    await page.fill('#site-input', site);
    await page.press('#site-input', 'Enter');
    await expect.poll(() => page.locator('.site-list li').count()).toBe(site === 'a.example.org' ? 1 : 2);
  }
  const removeA = page.locator('li[data-site="a.example.org"] button');
  expect(await removeA.getAttribute('aria-label')).toBe(await msg('options_sites_removeLabel', ['a.example.org']));
  await removeA.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await stored()).disabledSites).toEqual(['b.example.org']);
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.dataset.site)).toBe('b.example.org');
  await page.keyboard.press('Space');
  await expect.poll(async () => (await stored()).disabledSites).toEqual([]);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-input');
});

test('colours: a new colour is stored, previewed with the page mark style, and reset to the default', async () => {
  const previewBackground = () =>
    page.$eval('.preview mark[data-luoshi="deadline"]', (mark) => getComputedStyle(mark).backgroundColor);
  expect(await previewBackground()).toBe('rgb(191, 219, 254)'); // #bfdbfe, the default
  expect(await page.isDisabled('[data-kind="deadline"] button')).toBe(true);

  await page.fill('#color-deadline', '#ffcc00');
  await expect.poll(async () => (await stored()).colors).toEqual({ target: '#fde68a', deadline: '#ffcc00', unit: '#bbf7d0' });
  expect(await previewBackground()).toBe('rgb(255, 204, 0)');
  expect(await page.locator('.warning').count()).toBe(0);

  // too dark for the #111 text of a mark: a warning tied to the input
  await page.fill('#color-unit', '#202020');
  expect(await page.textContent('#color-unit-warning')).toBe(await msg('options_colors_lowContrast'));
  expect(await page.getAttribute('#color-unit', 'aria-describedby')).toBe('color-unit-warning');

  await page.click('[data-kind="deadline"] button');
  await expect.poll(async () => (await stored()).colors?.deadline).toBe('#bfdbfe');
  expect(await previewBackground()).toBe('rgb(191, 219, 254)');
});

test('reference date: fixed starts at today and takes a date; back to today; the page date is the default', async () => {
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  await page.check('input[name="reference-date"][value="fixed"]');
  await expect.poll(stored).toMatchObject({ referenceDate: 'fixed', fixedReferenceDate: today });
  expect(await page.isDisabled('#fixed-date')).toBe(false);
  expect(await page.inputValue('#fixed-date')).toBe(today);

  await page.fill('#fixed-date', '2023-11-25');
  await expect.poll(stored).toMatchObject({ referenceDate: 'fixed', fixedReferenceDate: '2023-11-25' });

  await page.fill('#fixed-date', '');
  expect(await page.textContent('#fixed-date-error')).toBe(await msg('options_refdate_dateError', ['2023-11-25']));
  expect((await stored()).fixedReferenceDate).toBe('2023-11-25');

  await page.check('input[name="reference-date"][value="today"]');
  await expect.poll(async () => (await stored()).referenceDate).toBe('today');
  expect(await page.isDisabled('#fixed-date')).toBe(true);
});

test('CSV headers: English is stored', async () => {
  await page.check('input[name="csv-headers"][value="en"]');
  await expect.poll(async () => (await stored()).csvHeaders).toBe('en');
});

test('CSV units: normalised is stored', async () => {
  expect(await page.isChecked('input[name="csv-units"][value="written"]')).toBe(true);
  await page.check('input[name="csv-units"][value="normalised"]');
  await expect.poll(async () => (await stored()).csvUnits).toBe('normalised');
});

test('a change made elsewhere shows up at once (watch)', async () => {
  await worker.evaluate(() =>
    (globalThis as any).chrome.storage.local.set({ settings: { csvHeaders: 'en', disabledSites: ['gov.cn'], highlightByDefault: false } }),
  );
  await expect.poll(() => page.isChecked('input[name="csv-headers"][value="en"]')).toBe(true);
  expect(await page.isChecked('#highlight-default')).toBe(false);
  expect(await page.locator('.site-list li').getAttribute('data-site')).toBe('gov.cn');
});

test('stored garbage does not break the page: it shows and keeps the defaults', async () => {
  await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ settings: { colors: 'red', referenceDate: 7 } }));
  await page.reload();
  await page.waitForSelector('#site-input');
  expect(await page.inputValue('#color-target')).toBe('#fde68a');
  expect(await page.isChecked('input[name="reference-date"][value="page"]')).toBe(true);
});

test('every control can be reached with Tab, in reading order', async () => {
  await page.fill('#site-input', 'a.example.org');
  await page.press('#site-input', 'Enter');
  await page.locator('#highlight-default').focus();
  const reached: string[] = [];
  for (let i = 0; i < 30; i++) {
    reached.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        return el.id || `${el.tagName.toLowerCase()}${el.name ? `[${el.name}]` : ''}`;
      }),
    );
    await page.keyboard.press('Tab');
  }
  const order = ['highlight-default', 'my-units', 'button', 'site-input', 'color-target', 'color-unit', 'input[reference-date]', 'input[csv-headers]', 'input[csv-units]'];
  const positions = order.map((id) => reached.indexOf(id));
  expect(positions.every((p) => p >= 0), reached.join(', ')).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
});

test('screenshot for review', async () => {
  await page.fill('#site-input', 'www.example.gov.cn');
  await page.press('#site-input', 'Enter');
  await page.fill('#site-input', 'example.com/中文?');
  await page.press('#site-input', 'Enter');
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'test-results/options.png'), fullPage: true });
  expect(await page.locator('#site-error').count()).toBe(0); // example.com/中文? is a valid address: it adds example.com
  expect((await stored()).disabledSites).toEqual(['www.example.gov.cn', 'example.com']);
});

test('applied live: a colour and a disabled site chosen here change an open speech page at once', async () => {
  const speech = await browser.context.newPage();
  await speech.goto(`${server.origin}/speech.html`);
  const mark = speech.locator('mark.luoshi-mark[data-luoshi="target"]').first();
  await mark.waitFor({ timeout: 20_000 });
  const background = () => mark.evaluate((m) => getComputedStyle(m).backgroundColor, undefined, { timeout: 2_000 });
  expect(await background()).toBe('rgb(253, 230, 138)'); // #fde68a

  await page.bringToFront();
  await page.fill('#color-target', '#ffc0cb');
  await expect.poll(background, { timeout: 5_000 }).toBe('rgb(255, 192, 203)');

  await page.fill('#site-input', server.origin);
  await page.press('#site-input', 'Enter');
  await expect.poll(async () => (await stored()).disabledSites).toEqual(['127.0.0.1']);
  await expect.poll(() => speech.locator('mark.luoshi-mark').count(), { timeout: 5_000 }).toBe(0);
  await speech.close();
});
