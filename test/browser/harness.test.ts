import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, servePages, type ExtensionBrowser, type PageServer } from './harness';

let browser: ExtensionBrowser;
let server: PageServer;
beforeAll(async () => {
  server = await servePages({ '/hello.html': '<!doctype html><title>hi</title><p>hello</p>' });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the extension loads in Chromium and its service worker runs', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/hello.html`);
  expect(await page.textContent('p')).toBe('hello');
  const manifest = await (await browser.serviceWorker()).evaluate(() => (globalThis as any).chrome.runtime.getManifest() as { manifest_version: number });
  expect(manifest.manifest_version).toBe(3);
});
