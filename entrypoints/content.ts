// The script on every http(s) page: only the bootstrap (lib/page/boot.ts). It loads the page part
// (entrypoints/page-main.ts) on speech pages and when the popup or background asks.
import { startBoot } from '@/lib/page/boot';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // every frame annotates its own text (issue 10 §3); the top frame's legend shows the tab's totals. Frames without
  // a URL of their own (about:blank, srcdoc) get the script where their creator's origin matches.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  // the page part passes its CSS to the shadow root itself (lib/page/page-ui-host.ts)
  cssInjectionMode: 'manual',
  // WXT tells an older copy of this script (after an update) to stop by a DOM event; its second signal, a
  // window.postMessage, would reach the page's own message listeners on every page (telling them Luoshi is
  // there) and cost about 0.5 ms of the 5 ms a page that is not a speech may take (issue 10 §6, npm run bench).
  // WXT documents this as its future default (wxt types: noScriptStartedPostMessage).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startBoot(ctx);
  },
});
