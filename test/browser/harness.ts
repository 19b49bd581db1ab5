// Shared set-up for real-browser tests: Debian's Chromium driven by playwright-core,
// with the built extension loaded, and a local http server for the pages in test/pages.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Where `wxt build` put the extension; LUOSHI_OUT lets parallel work build into separate folders. */
export const EXTENSION_DIR = join(ROOT, process.env.LUOSHI_OUT ?? '.output', 'chrome-mv3');
export const PAGES_DIR = join(ROOT, 'test/pages');
export const SEED_PATH = resolve(ROOT, 'corpus/seed/000_df3268c7679847d0.txt');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves test/pages (and any extra routes given) on 127.0.0.1 at a free port. */
export async function servePages(routes: Record<string, string> = {}): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path in routes) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? TYPES['.html'] });
      res.end(routes[path]);
      return;
    }
    const file = normalize(join(PAGES_DIR, path));
    if (!file.startsWith(PAGES_DIR) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface LaunchOptions {
  /** a visible window (the demo with a display); otherwise --headless=new */
  headed?: boolean;
  /** more Chromium flags (the network test's recording proxy) */
  args?: string[];
  /** null: the window's own size (headed) */
  viewport?: { width: number; height: number } | null;
  downloadsDir?: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** the extension's service worker as it was at launch */
  worker: Worker;
  /** the running service worker (a new one after the worker was stopped) */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Launches Debian's Chromium with the built extension in a fresh profile: for tests, the bench and the demo. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH.`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npx wxt build\` first (npm test does).`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'luoshi-profile-'));
  const args = [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    // keep the browser's own traffic out of the picture: Luoshi's is what matters (and it must be none)
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-quic',
    // the seed page has a search form: Chromium's autofill would ask Google about it
    '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter',
    '--no-first-run',
    '--no-default-browser-check',
    '--lang=zh-CN',
    ...(options.args ?? []),
  ];
  if (!options.headed) args.push('--headless=new', '--disable-gpu'); // the old headless mode cannot load extensions
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: false, // --headless=new above
      args,
      locale: 'zh-CN',
      viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
      acceptDownloads: true,
      downloadsPath: options.downloadsDir,
      // on Linux Chromium takes its UI language (and so the extension's locale) from the environment
      env: { ...process.env, LANGUAGE: 'zh_CN:zh' },
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  const serviceWorker = async () =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const worker = await serviceWorker().catch(async () => {
    await close();
    throw new Error('The extension did not start in Chromium (no service worker within 30 s; see chrome://extensions for its load error).');
  });
  return { context, extensionId: new URL(worker.url()).host, worker, serviceWorker, close };
}

/** The id of the tab in front (bring the page to the front first), from the running service worker. */
export async function activeTabId(browser: ExtensionBrowser): Promise<number | undefined> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(async () => {
    const [tab] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id as number | undefined;
  });
}

/** Sends a content request to the tab in front from the service worker, as the popup and the background do. */
export async function askActiveTab(browser: ExtensionBrowser, request: object): Promise<any> {
  const tabId = await activeTabId(browser);
  if (tabId === undefined) throw new Error('no active tab');
  const worker = await browser.serviceWorker();
  return worker.evaluate(([id, req]) => (globalThis as any).chrome.tabs.sendMessage(id, req), [tabId, request] as const);
}

/** The seed text, as the tests and the demo lay it out. */
export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');
