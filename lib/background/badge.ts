// The toolbar badge: how many tasks are still open (待办 + 进行中).
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { LuoshiDatabase } from '../db/database';
import { countOpen } from '../db/tasks';

const BADGE_COLOR = '#b91c1c';

export function badgeText(open: number): string {
  if (open <= 0) return '';
  return open > 999 ? '999+' : String(open);
}

/** MV3 has `action`; Firefox MV2 builds have `browserAction`. */
function toolbarAction() {
  const api = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return api.action ?? api.browserAction;
}

export async function showOpenCount(open: number): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await action.setBadgeText({ text: badgeText(open) });
}

/**
 * Keeps the badge equal to the open count as long as this page or worker lives: Dexie's liveQuery re-counts after
 * every write from any extension page. The background and the popup both run it, because a stopped service
 * worker misses the popup's writes until it wakes up again.
 */
export function keepBadgeCurrent(db: LuoshiDatabase): () => void {
  const subscription = liveQuery(() => countOpen(db)).subscribe({
    next: (open) => void showOpenCount(open).catch(() => undefined),
    error: (error) => console.error('luoshi: badge count failed', error),
  });
  return () => subscription.unsubscribe();
}
