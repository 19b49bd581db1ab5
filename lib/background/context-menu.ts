// Context menu 摘录为任务: clips the selected text. The page's content script builds the draft (it knows the
// text-quote context and the page's publish date); where none answers, the background builds it from the selection.
import { browser, type Browser } from 'wxt/browser';
import type { LuoshiDatabase } from '../db/database';
import type { TaskDraft } from '../domain/task';
import { addDrafts } from '../db/tasks';
import { t } from '../i18n';
import { selectionDraftReplySchema, type ContentRequest } from '../messages';
import { DEFAULT_SETTINGS, getSettings, resolveReferenceDate } from '../settings';
import { draftFromSelection } from './selection';

export const CLIP_SELECTION_MENU_ID = 'luoshi-clip-selection';

function createMenu(): void {
  // Menus outlive the worker in Chrome but not a Firefox restart: recreate on both events, clearing first so a
  // second create never fails on a duplicate id.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: CLIP_SELECTION_MENU_ID, title: t('background_menuClipSelection'), contexts: ['selection'] }),
  );
}

/** As the settings say, with no publish date known here (the page's content script did not answer). */
async function referenceDate(): Promise<string> {
  return resolveReferenceDate(await getSettings().catch(() => DEFAULT_SETTINGS), undefined);
}

async function draftFromContentScript(tabId: number, frameId: number | undefined): Promise<TaskDraft | null> {
  const request: ContentRequest = { type: 'selection-draft' };
  try {
    const reply = await browser.tabs.sendMessage(tabId, request, frameId === undefined ? undefined : { frameId });
    const parsed = selectionDraftReplySchema.safeParse(reply);
    return parsed.success ? parsed.data.draft : null;
  } catch {
    return null; // no content script in this tab
  }
}

export async function clipSelection(
  db: LuoshiDatabase,
  info: Pick<Browser.contextMenus.OnClickData, 'selectionText' | 'pageUrl' | 'frameId'>,
  tab: { id?: number; url?: string; title?: string } | undefined,
  notifyPage: (url: string) => void,
): Promise<void> {
  const fromPage = tab?.id === undefined ? null : await draftFromContentScript(tab.id, info.frameId);
  const draft =
    fromPage ??
    (info.selectionText
      ? draftFromSelection(info.selectionText, { url: tab?.url ?? info.pageUrl ?? '', title: tab?.title ?? '' }, await referenceDate())
      : null);
  if (!draft) return;
  const result = await addDrafts(db, [draft]);
  if (result.added.length) notifyPage(draft.source.url);
}

/** Registers the menu and its click listener; call synchronously at the worker's start. */
export function registerContextMenu(db: LuoshiDatabase, notifyPage: (url: string) => void): void {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CLIP_SELECTION_MENU_ID) return;
    clipSelection(db, info, tab, notifyPage).catch((error) => console.error('luoshi: clip selection failed', error));
  });
}
