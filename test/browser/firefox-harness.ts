// Set-up for tests in Firefox: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core (which never
// downloads a browser), with the built Firefox package installed as a temporary add-on.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Page as PlaywrightPage } from 'playwright-core';
import { FIREFOX_ID } from '../../wxt.config';
import { ROOT } from './harness';

/** Where `wxt build -b firefox` put the package (LUOSHI_OUT as for Chromium). */
export const FIREFOX_EXTENSION_DIR = join(ROOT, process.env.LUOSHI_OUT ?? '.output', 'firefox-mv3');

/**
 * The extension's internal UUID, fixed through the `extensions.webextensions.uuids` preference: Firefox serves
 * extension pages from moz-extension://<a UUID chosen at install>, which no API tells a test.
 */
const EXTENSION_UUID = '6f1e0c52-7a3b-4d8e-9c41-2b5d8e0f3a17';

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid>: the origin of popup.html and options.html */
  extensionOrigin: string;
  close(): Promise<void>;
}

/** Launches firefox-esr headless in a fresh profile (puppeteer makes and removes it) with the built package. */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(executablePath)) throw new Error(`No Firefox at ${executablePath}: install Debian's firefox-esr or set FIREFOX_PATH.`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox package at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first (npm test does).`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Firefox 153 refuses a WebDriver navigation to moz-extension:// (the popup and options pages) unless the
    // remote agent is allowed system access; 140 allowed it without
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: EXTENSION_UUID }),
      // Chinese UI, as Luoshi's readers have it (Debian's firefox-esr-l10n-zh-cn language pack); the extension
      // follows the browser's language
      'intl.locale.requested': 'zh-CN',
    },
  });
  try {
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (id !== FIREFOX_ID) throw new Error(`Firefox installed the package as ${id}, expected ${FIREFOX_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, extensionOrigin: `moz-extension://${EXTENSION_UUID}`, close: () => browser.close() };
}

/**
 * Waits until `fn(arg)`, evaluated in the page, is truthy; returns that value. For extension pages: their CSP
 * forbids the Function constructor that puppeteer's own waitForFunction/waitForSelector use there.
 */
export async function waitInPage<A, R>(page: Page, fn: (arg: A) => R, arg: A, timeout = 10_000): Promise<R> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = (await page.evaluate(fn as (arg: unknown) => R, arg)) as R;
      if (value) return value;
    } catch (error) {
      last = error; // the page may still be loading
    }
    if (Date.now() > deadline) throw new Error(`waitInPage: not true within ${timeout} ms: ${fn.toString().slice(0, 120)}${last ? ` (${last})` : ''}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Opens an extension page (e.g. `/popup.html?tab=3`) in a new tab and waits for `selector`. Firefox's BiDi does
 * not report a navigation to moz-extension:// as finished, so the test waits for the page's content instead.
 */
export async function openExtensionPage(ff: FirefoxWithExtension, path: string, selector: string): Promise<Page> {
  const page = await ff.browser.newPage();
  const url = `${ff.extensionOrigin}${path}`;
  void page.goto(url, { timeout: 5_000 }).catch(() => undefined);
  await waitInPage(page, ([u, sel]) => location.href === u && document.querySelector(sel) !== null, [url, selector], 15_000);
  return page;
}

/**
 * A puppeteer page seen through the one Playwright method the shared page helpers (page-text.ts: readableText,
 * markedSpans) call: `evaluate(fn, arg)`, which both drivers run the same way in the page.
 */
export function asEvaluator(page: Page): PlaywrightPage {
  return { evaluate: (fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn, arg) } as unknown as PlaywrightPage;
}
