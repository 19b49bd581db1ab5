// The script on every http(s) page: only the bootstrap (lib/page/boot.ts). It loads the page part
// (entrypoints/page-main.ts) on speech pages and when the popup or background asks.
import { startBoot } from '@/lib/page/boot';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // the page part passes its CSS to the shadow root itself (lib/page/page-ui-host.ts)
  cssInjectionMode: 'manual',
  main(ctx) {
    startBoot(ctx);
  },
});
