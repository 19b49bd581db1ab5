// The background's wiring. Everything here runs synchronously when the worker starts: MV3 stops the worker at
// any moment and an incoming message or menu click starts it again, which only reaches listeners registered in
// this first turn.
import { browser } from 'wxt/browser';
import type { LuoshiDatabase } from '../db/database';
import { db as sharedDb } from '../db/instance';
import { keepBadgeCurrent } from './badge';
import { registerCommands } from './commands';
import { registerContextMenu } from './context-menu';
import { notifyPageTabs } from './notify';
import { handleRequest } from './requests';

export function startBackground(db: LuoshiDatabase = sharedDb): void {
  const notifyPage = (url: string) => void notifyPageTabs(url);

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleRequest(message, { db, notifyPage, sender: { tabId: sender.tab?.id, frameId: sender.frameId } }).then(sendResponse, (error) =>
      sendResponse({ ok: false, error: String(error) }),
    );
    return true; // the reply is sent asynchronously
  });

  registerContextMenu(db, notifyPage);
  registerCommands();
  keepBadgeCurrent(db);
}
