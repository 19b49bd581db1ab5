// Keyboard shortcuts declared in wxt.config.ts (manifest "commands").
// _execute_action (open the task list) is handled by the browser itself; only our own commands arrive here.
import { browser, type Browser } from 'wxt/browser';
import type { ContentRequest } from '../messages';

export const TOGGLE_HIGHLIGHTS_COMMAND = 'toggle-highlights';

/** The tab a shortcut was pressed in: the browser passes it, older versions do not. */
async function commandTab(tab: Browser.tabs.Tab | undefined): Promise<number | undefined> {
  if (tab?.id !== undefined && tab.id >= 0) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

export async function runCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  if (command !== TOGGLE_HIGHLIGHTS_COMMAND) return;
  const tabId = await commandTab(tab);
  if (tabId === undefined) return;
  const request: ContentRequest = { type: 'toggle-highlights' };
  try {
    await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
  } catch {
    // No content script in this tab (browser pages, a site the reader turned Luoshi off for): nothing to toggle.
  }
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    void runCommand(command, tab);
  });
}
