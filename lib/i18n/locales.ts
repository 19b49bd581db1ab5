// Locale strings live in locales/<lang>/<area>.json, one fragment per feature
// so that features never edit the same file; the build merges them into
// _locales/<lang>/messages.json (see wxt.config.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALES = ['zh_CN', 'en'] as const;
export type Messages = Record<string, { message: string; description?: string; placeholders?: unknown }>;

export function readLocale(root: string, lang: string): Messages {
  const dir = join(root, 'locales', lang);
  const merged: Messages = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const part = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Messages;
    for (const key of Object.keys(part)) {
      if (key in merged) throw new Error(`locales/${lang}/${file}: key ${key} is defined twice`);
      merged[key] = part[key];
    }
  }
  return merged;
}
