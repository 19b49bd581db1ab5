// The page part: reading, painting, the legend and popover (lib/page/controller.ts). Loaded by the bootstrap
// (lib/page/boot.ts) with import() into the content script's world, only on pages that need it.
import { PAGE_MAIN_KEY } from '@/lib/page/boot';
import { createPageMain } from '@/lib/page/controller';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PAGE_MAIN_KEY] = createPageMain;
});
