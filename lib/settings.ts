// User settings: stored with WXT storage, validated with zod, applied live via watch().
import { z } from './zod';
import { isCalendarDate } from './dates';
import { DEFAULT_COLORS, REFERENCE_DATE_MODES } from './settings-base';
import { MY_UNITS_LIMITS } from './domain/mine';
import { storage } from 'wxt/utils/storage';
import { SETTINGS_STORAGE_KEY } from './site-rules';

export { DEFAULT_COLORS, REFERENCE_DATE_MODES, resolveReferenceDate, SPAN_KINDS, type ReferenceDateMode } from './settings-base';

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/);

// One DNS label: letters, digits, hyphens inside; IDN hostnames are stored in their xn-- form,
// which is what location.hostname gives the content script.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const MAX_SITES = 200;

/** A lower-case hostname as location.hostname reports it: example.gov.cn, localhost, 10.0.0.1. */
export function isValidHostname(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  return host.split('.').every((label) => LABEL.test(label));
}
const hostname = z.string().refine(isValidHostname, 'hostname');

const calendarDate = z.string().refine(isCalendarDate, 'date');

export const settingsSchema = z.object({
  highlightByDefault: z.boolean().default(true),
  /** hostnames where Luoshi never runs (subdomains included) */
  disabledSites: z.array(hostname).max(MAX_SITES).default([]),
  colors: z
    .object({ target: color, deadline: color, unit: color })
    .default({ ...DEFAULT_COLORS }),
  /** 'page': the page's publish date when found, else today; 'today'; 'fixed': fixedReferenceDate */
  referenceDate: z.enum(REFERENCE_DATE_MODES).default('page'),
  fixedReferenceDate: calendarDate.optional(),
  csvHeaders: z.enum(['zh', 'en']).default('zh'),
  /** CSV 责任单位 column: the units as the speech wrote them, or normalised (县发改局 → 县发展和改革局, lib/domain/unit-names.ts) */
  csvUnits: z.enum(['written', 'normalised']).default('written'),
  /** the reader's own units as the options textarea holds them: one a line, aliases after =, kind after | (lib/domain/mine.ts) */
  myUnits: z.string().max(MY_UNITS_LIMITS.text).default(''),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Anything stored that does not parse falls back to defaults field by field, never throws. */
export function parseSettings(raw: unknown): Settings {
  const full = settingsSchema.safeParse(raw ?? {});
  if (full.success) return full.data;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw)) {
      // One bad hostname should not cost the reader the whole list.
      const cleaned =
        key === 'disabledSites' && Array.isArray(value)
          ? value.filter((site) => typeof site === 'string' && isValidHostname(site)).slice(0, MAX_SITES)
          : value;
      const one = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, [key]: cleaned });
      if (one.success) out[key] = (one.data as Record<string, unknown>)[key];
    }
  }
  return settingsSchema.parse(out);
}

export type SiteInputError = 'empty' | 'invalid' | 'duplicate' | 'tooMany';
export type SiteInputResult = { ok: true; host: string } | { ok: false; error: SiteInputError };

/**
 * What the reader typed into "sites where Luoshi never runs", as a hostname: a bare host, a pasted URL,
 * or *.host all work; Chinese domain names become their xn-- form.
 */
export function parseSiteInput(input: string, existing: readonly string[] = []): SiteInputResult {
  let text = input.trim().toLowerCase();
  if (!text) return { ok: false, error: 'empty' };
  text = text.replace(/^\*\./, '');
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return { ok: false, error: 'invalid' };
  }
  host = host.replace(/\.$/, '');
  if (!isValidHostname(host)) return { ok: false, error: 'invalid' };
  if (existing.includes(host)) return { ok: false, error: 'duplicate' };
  if (existing.length >= MAX_SITES) return { ok: false, error: 'tooMany' };
  return { ok: true, host };
}

// local, not sync: browser sync would copy the settings (and the list of sites) to the browser vendor's servers,
// and Luoshi promises that nothing leaves the browser.
// Defined on first use, so that the pure helpers above can be imported outside the extension (Node, the CLI).
let item: ReturnType<typeof defineSettingsItem> | undefined;
const defineSettingsItem = () => storage.defineItem<unknown>(`local:${SETTINGS_STORAGE_KEY}`, { fallback: {} });
const settingsItem = () => (item ??= defineSettingsItem());

export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem().getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await getSettings()), ...patch });
  await settingsItem().setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => callback(parseSettings(value)));
}

export { isSiteDisabled } from './site-rules';
