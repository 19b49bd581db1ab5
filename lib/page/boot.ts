// The content script that runs on every http(s) page: small on purpose (test/browser/script-size.test.ts keeps it
// under 60 KB). It looks cheaply whether the page is a speech (speech-watcher.ts), then reads whether Luoshi runs
// on this site, and only then loads the page part of the extension (entrypoints/page-main.ts: reading,
// painting, the legend), which the background's engine serves (lib/background/extract.ts). Requests from the popup
// and background load the page part too, and are handed to it.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentRequest, Request } from '../messages';
import { runsOnSite } from '../site-rules';
import { markAnnotateStart, measurePart, PERF } from './perf';
import { readTextPaced } from './readable-text';
import { SpeechWatcher } from './speech-watcher';
import type { TextMap } from './text-map';

/**
 * The extension API under its global name, which the bundler leaves as it is: Mozilla's review linter accepts an
 * import() argument only as a literal or a call spelt `chrome.runtime.getURL(…)` / `browser.runtime.getURL(…)`
 * (addons-linter NO_UNSANITIZED_METHOD_CUSTOMIZATIONS), and the imported `browser` is renamed when minified.
 * Firefox provides the `chrome` namespace to content scripts too.
 */
declare const chrome: typeof browser;

/**
 * The page's text, read by the bootstrap as soon as the cheap check passed, and the background's extraction of it
 * already on its way while the page part loads (its reply is parsed by the page part, engine-client.ts).
 */
export interface Prefetch {
  map: TextMap;
  reply: Promise<unknown>;
}

/** What the page part offers the bootstrap. */
export interface PageMain {
  /** Settings read, listening: ready for requests. */
  ready: Promise<void>;
  /** The cheap check passed: annotate (the text read and sent already). Resolves false if too few spans were found. */
  annotate(prefetch?: Prefetch): Promise<boolean>;
  /** Whether the page is neither annotated nor turned off (so it is worth looking at again). */
  idle(): boolean;
  /** A content request (parsed with zod by the page part). */
  handle(request: unknown): Promise<unknown>;
}

/**
 * Makes the page part. settings: the background's reply to a 'settings' request, asked for by the bootstrap
 * before anything else so that it is not queued behind an extraction (the background runs one at a time).
 */
export type CreatePageMain = (ctx: ContentScriptContext, settings: Promise<unknown>) => PageMain;

/** Where the page part puts its factory (the content script's isolated world; pages cannot see it). */
export const PAGE_MAIN_KEY = '__luoshiPageMain';
/** The page part, an unlisted script listed in web_accessible_resources (wxt.config.ts). */
export const PAGE_MAIN_PATH = '/page-main.js' as const;

/** The content requests (lib/messages contentRequestSchema), known here without zod. */
const REQUEST_TYPES = new Set(
  Object.keys({ 'page-tasks': 1, 'selection-draft': 1, 'toggle-highlights': 1, 'clipped-changed': 1, 'frame-totals': 1 } satisfies Record<ContentRequest['type'], 1>),
);

type MessageListener = Parameters<typeof browser.runtime.onMessage.addListener>[0];

export function startBoot(ctx: ContentScriptContext): void {
  let main: Promise<PageMain> | undefined;
  let loaded: PageMain | undefined;
  const load = (): Promise<PageMain> =>
    (main ??= (async () => {
      const settingsRequest: Request = { type: 'settings' };
      const settings: Promise<unknown> = browser.runtime.sendMessage(settingsRequest);
      settings.catch(() => undefined);
      await import(/* @vite-ignore */ chrome.runtime.getURL(PAGE_MAIN_PATH));
      const create = (globalThis as Record<string, unknown>)[PAGE_MAIN_KEY] as CreatePageMain | undefined;
      if (!create) throw new Error('page part did not load');
      loaded = create(ctx, settings);
      await loaded.ready;

      return loaded;
    })());

  const listener = (raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
    const type = raw && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !REQUEST_TYPES.has(type)) return false;
    if (type === 'clipped-changed' && !loaded) return false; // nothing marked here yet
    load()
      .then((m) => m.handle(raw))
      .then(sendResponse, (e) => sendResponse({ ok: false, error: String(e) }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener as MessageListener);

  // The settings are read only once the page looks like a speech: reading them (an extension storage call) cost
  // the page about 1 ms of main-thread script, a fifth of what a page that is not a speech may take (issue 10
  // §6; npm run bench, pages that are not speeches). On a site where Luoshi is off, the cheap look at the text
  // still runs (no DOM change, no message, nothing kept), and nothing after it.
  let runs: Promise<boolean> | undefined;
  const watcher = new SpeechWatcher(document, {
    wanted: () => !loaded || loaded.idle(),
    onSpeech: async () => {
      if (!(await (runs ??= runsOnSite(location.hostname))) || ctx.isInvalid) {
        watcher.stop();
        return true;
      }
      markAnnotateStart();
      let prefetch: Prefetch | undefined;
      const fresh = !loaded;
      const part = load(); // fetched and compiled off the main thread while the text is read
      if (fresh) {
        // the background extracts while the page part loads; it resolves the reference date itself
        const map = await readTextPaced(document.body);
        measurePart('read', 'start');
        const request: Request = { type: 'extract', text: map.text };
        prefetch = { map, reply: browser.runtime.sendMessage(request) };
        prefetch.reply.catch(() => undefined);
      }
      return (await part).annotate(prefetch);
    },
    measure: (look) => {
      // one timeline entry, not a start mark and a measure: this runs on every page
      const start = performance.now();
      const speech = look();
      performance.measure(PERF.detect, { start });
      return speech;
    },
  });
  ctx.onInvalidated(() => {
    watcher.stop();
    browser.runtime.onMessage.removeListener(listener as MessageListener);
  });
  watcher.start();
}
