// No network: while Luoshi annotates the seed page, clips every task and exports CSV, nothing but the local test
// page and the extension's own chrome-extension:// files is requested.
// Two nets: Playwright sees every request of pages and of the extension's service worker (with who made it), and
// Chromium is pointed at a recording proxy so that any request leaving the browser by another way is caught too.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Request } from 'playwright-core';
import { activeTabId, launchWithExtension, seedText, servePages, type ExtensionBrowser, type PageServer } from './harness';
import { buildSeedPage } from '../pages/build-seed-page';


/**
 * Chromium's own services that it contacts whatever extensions do (account check at start-up, and the like).
 * Leaving them out of the proxy net hides nothing from the extension: its requests (pages, content scripts,
 * service worker) are all in Playwright's net, which has no such exception.
 */
const BROWSER_OWN_HOSTS = new Set(['accounts.google.com']);

interface Seen {
  url: string;
  by: string;
}

let server: PageServer;
let proxy: Server;
let proxyPort = 0;
let browser: ExtensionBrowser;
let downloads: string;
const requests: Seen[] = [];
const leftBrowser: string[] = [];

function who(request: Request): string {
  if (request.serviceWorker()) return `service worker ${request.serviceWorker()!.url()}`;
  try {
    return `page ${request.frame().url()}`;
  } catch {
    return 'unknown';
  }
}

beforeAll(async () => {
  // Anything sent to the proxy tried to leave the machine: record it and refuse it.
  proxy = createServer((req, res) => {
    leftBrowser.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    leftBrowser.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  proxyPort = (proxy.address() as { port: number }).port;

  server = await servePages({ '/speech.html': buildSeedPage(seedText()) });
  downloads = mkdtempSync(join(tmpdir(), 'luoshi-downloads-'));
  browser = await launchWithExtension({
    // loopback stays direct (the test page); everything else goes to the recording proxy
    args: [`--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=127.0.0.1'],
    downloadsDir: downloads,
  });
  browser.context.on('request', (request) => requests.push({ url: request.url(), by: who(request) }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((done) => proxy?.close(done));
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

/** Requests other than the extension's own files and the test page. */
function unexpected(): Seen[] {
  return requests.filter(({ url }) => {
    // the extension's own files; web-accessible ones (the content script's CSS) use a per-session dynamic id
    if (url.startsWith('chrome-extension://')) return false;
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    const parsed = new URL(url);
    return !(parsed.origin === server.origin && ['/speech.html', '/favicon.ico'].includes(parsed.pathname));
  });
}

test('both nets work: a page request and a service-worker request are seen, with who made them', async () => {
  const page = await browser.context.newPage();
  await page.goto('http://luoshi-page-check.invalid/').catch(() => undefined);
  await page.close();
  await browser.worker.evaluate(() => fetch('https://luoshi-worker-check.invalid/x').catch(() => undefined));
  await expect.poll(() => leftBrowser.join(' ')).toContain('luoshi-worker-check.invalid');
  expect(leftBrowser.some((line) => line.includes('luoshi-page-check.invalid'))).toBe(true);
  expect(requests.find((r) => r.url.includes('luoshi-worker-check.invalid'))?.by).toMatch(/^service worker chrome-extension:/);
  expect(requests.some((r) => r.url.includes('luoshi-page-check.invalid'))).toBe(true);
  leftBrowser.length = 0;
  requests.length = 0;
});

test('annotate, clip all and export the seed page: no request from the extension leaves the browser', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/speech.html`);
  await page.waitForSelector('mark.luoshi-mark[data-luoshi]', { timeout: 20_000 });
  await page.bringToFront();
  const tabId = await activeTabId(browser);
  expect(tabId).toBeDefined();

  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.click('[data-luoshi-action="clip-all"]');
  await popup.waitForSelector('[data-task-id]', { timeout: 15_000 });
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-luoshi-action="export-csv"]')]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  await download.path();
  // let late requests (beacons, prefetches) show up
  await page.waitForTimeout(1500);

  // the nets did see the work: the test page and the extension's own pages were requested
  expect(requests.some((r) => r.url === `${server.origin}/speech.html`)).toBe(true);
  expect(requests.some((r) => r.url.startsWith(`chrome-extension://${browser.extensionId}/popup.html`))).toBe(true);

  expect(unexpected().map((r) => `${r.url} (by ${r.by})`)).toEqual([]);
  const browserOwn = leftBrowser.filter((line) => BROWSER_OWN_HOSTS.has(hostOf(line)));
  if (browserOwn.length) console.info(`Chromium's own requests (not the extension's): ${browserOwn.join(', ')}`);
  expect(leftBrowser.filter((line) => !BROWSER_OWN_HOSTS.has(hostOf(line)))).toEqual([]);
});

/** The host of a proxy log line: "CONNECT host:443" or "GET http://host/path". */
function hostOf(line: string): string {
  const target = line.split(' ')[1] ?? '';
  return line.startsWith('CONNECT ') ? target.replace(/:\d+$/, '') : new URL(target).hostname;
}
