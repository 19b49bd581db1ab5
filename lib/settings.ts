// User settings: stored with WXT storage, validated with zod, applied live via watch().
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const settingsSchema = z.object({
  highlightByDefault: z.boolean().default(true),
  /** hostnames where Luoshi never runs */
  disabledSites: z.array(z.string().max(253)).max(1000).default([]),
  colors: z
    .object({ target: color, deadline: color, unit: color })
    .default({ target: '#fde68a', deadline: '#bfdbfe', unit: '#bbf7d0' }),
  /** 'page': the page's publish date when found, else today; 'today'; 'fixed': fixedReferenceDate */
  referenceDate: z.enum(['page', 'today', 'fixed']).default('page'),
  fixedReferenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  csvHeaders: z.enum(['zh', 'en']).default('zh'),
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
      const one = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, [key]: value });
      if (one.success) out[key] = (one.data as Record<string, unknown>)[key];
    }
  }
  return settingsSchema.parse(out);
}

const settingsItem = storage.defineItem<unknown>('sync:settings', { fallback: {} });

export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}

export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
