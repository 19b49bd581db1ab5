// Debian's Chromium with the built extension, for the demo (headed or headless) and tests that need extra
// browser flags (the network test's recording proxy). test/browser/harness.ts is the everyday launcher.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { EXTENSION_DIR } from '../test/browser/harness';

export interface LaunchOptions {
  headed?: boolean;
  /** more Chromium flags */
  args?: string[];
  viewport?: { width: number; height: number } | null;
  downloadsDir?: string;
}

export interface LaunchedChromium {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedChromium> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath} (install Debian's chromium or set CHROMIUM_PATH)`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no built extension at ${EXTENSION_DIR}`);
  const profile = mkdtempSync(join(tmpdir(), 'luoshi-chromium-'));
  const args = [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    // Keep the browser's own traffic out of the picture: Luoshi's is what matters (and it must be none).
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--no-first-run',
    '--no-default-browser-check',
    '--lang=zh-CN',
    ...(options.args ?? []),
  ];
  if (!options.headed) args.push('--headless=new'); // the old headless mode cannot load extensions
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: false,
      args,
      locale: 'zh-CN',
      viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
      acceptDownloads: true,
      downloadsPath: options.downloadsDir,
      // On Linux Chromium takes its UI language (and so the extension's locale) from the environment.
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
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }).catch(async () => {
      await close();
      throw new Error('the extension did not start in Chromium (no service worker within 30 s; see chrome://extensions for its load error)');
    }));
  return { context, extensionId: new URL(worker.url()).host, worker, close };
}
