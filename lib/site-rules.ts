// Whether Luoshi looks at a page at all, from the stored settings, without zod: the content script's bootstrap
// (lib/page/boot.ts) runs on every page and must stay small. lib/settings.ts owns the settings and their schema;
// this file reads only the two fields that decide, leniently (anything malformed counts as its default, as
// parseSettings does field by field).
import { browser } from 'wxt/browser';

/** The storage.local key WXT storage uses for 'local:settings' (lib/settings.ts). */
export const SETTINGS_STORAGE_KEY = 'settings';

export function isSiteDisabled(settings: { disabledSites: readonly string[] }, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Whether highlights are on by default and the site is not one where Luoshi never runs. */
export async function runsOnSite(hostname: string): Promise<boolean> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
  } catch {
    return true;
  }
  const stored = (raw && typeof raw === 'object' ? raw : {}) as { highlightByDefault?: unknown; disabledSites?: unknown };
  if (stored.highlightByDefault === false) return false;
  const sites = Array.isArray(stored.disabledSites) ? stored.disabledSites.filter((s): s is string => typeof s === 'string') : [];
  return !isSiteDisabled({ disabledSites: sites }, hostname);
}
