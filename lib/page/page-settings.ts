// The settings as the page part sees them: parsed by the background (lib/settings.ts parseSettings, with zod) and
// asked for by message, so that the page part does not load zod (issue 10 §6). Changes are noticed through
// storage.onChanged and asked for again; the one setting the page changes (此网站不再显示) is saved by the background.
import { browser } from 'wxt/browser';
import type { Request, SettingsReply } from '../messages';
import type { Settings } from '../settings';
import { SETTINGS_STORAGE_KEY } from '../site-rules';
import { errorOf, isOkReply } from './replies';

/** The settings in the background's reply to a 'settings' or 'disable-site' request; throws with its error. */
export function settingsOf(reply: unknown): Settings {
  if (isOkReply<SettingsReply>(reply) && typeof reply.settings === 'object' && reply.settings) return reply.settings;
  throw new Error(errorOf(reply) ?? 'the background gave no settings');
}

async function ask(request: Request): Promise<Settings> {
  return settingsOf(await browser.runtime.sendMessage(request));
}

/** The settings, parsed by the background. Throws when the background cannot be reached. */
export function getPageSettings(): Promise<Settings> {
  return ask({ type: 'settings' });
}

/** Adds the hostname to the sites where Luoshi never runs; resolves the settings saved. */
export function disableSite(host: string): Promise<Settings> {
  return ask({ type: 'disable-site', host });
}

/** Calls back with the settings each time they change in storage. Returns the unwatch function. */
export function watchPageSettings(callback: (settings: Settings) => void): () => void {
  let asked = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(SETTINGS_STORAGE_KEY in changes)) return;
    const mine = ++asked;
    // only the answer to the latest change counts
    getPageSettings().then((settings) => mine === asked && callback(settings), (e) => console.warn('[luoshi]', e));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
