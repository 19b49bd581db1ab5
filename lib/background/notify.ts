// Tells content scripts that the clipped tasks of their page changed, so they re-mark clipped sentences.
import { browser } from 'wxt/browser';
import { pageKey } from '../domain/task-keys';
import type { ContentRequest } from '../messages';

const CLIPPED_CHANGED: ContentRequest = { type: 'clipped-changed' };

/**
 * Messages every tab showing `url` (fragment ignored). Without the "tabs" permission a tab's URL is hidden unless
 * the reader invoked the extension there, so tabs whose URL we cannot see get the message too; their content
 * script re-reads its own page's tasks, which costs one small query. Tabs without a content script (browser
 * pages, other schemes) reject the message: that is expected and ignored.
 */
export async function notifyPageTabs(url: string): Promise<void> {
  const key = pageKey(url);
  let tabs: { id?: number; url?: string }[] = [];
  try {
    tabs = await browser.tabs.query({});
  } catch {
    return;
  }
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && (!tab.url || pageKey(tab.url) === key))
      .map((tab) => browser.tabs.sendMessage(tab.id!, CLIPPED_CHANGED).catch(() => undefined)),
  );
}
