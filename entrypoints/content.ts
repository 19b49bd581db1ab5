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
  main(ctx) {
    startBoot(ctx);
  },
});
