// Highlights on speech pages, clipping, re-anchoring: see lib/page/controller.ts.
import '@/components/page/page-ui.css';
import { startPage } from '@/lib/page/controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    startPage(ctx);
  },
});
