// Every export_ string the popup controls use exists in Chinese and English, with the same placeholders.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
type Fragment = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Fragment => JSON.parse(readFileSync(resolve(ROOT, 'locales', lang, 'export.json'), 'utf8'));
const zh = read('zh_CN');
const en = read('en');

test('zh_CN and en define the same export_ keys', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  for (const key of Object.keys(zh)) expect(key.startsWith('export_')).toBe(true);
});

test('every key the component uses is defined', () => {
  const source = readFileSync(resolve(ROOT, 'components/popup/ExportControls.tsx'), 'utf8');
  const used = [...source.matchAll(/'(export_[a-z_]+)'/g)].map((m) => m[1]);
  expect(used.length).toBeGreaterThan(10);
  for (const key of used) expect(zh, key).toHaveProperty(key);
});

test('placeholders match between languages and every $NAME$ in a message is declared', () => {
  for (const key of Object.keys(zh)) {
    const declared = (fragment: Fragment) => Object.entries(fragment[key].placeholders ?? {}).map(([name, p]) => `${name}=${p.content}`).sort();
    expect(declared(en), key).toEqual(declared(zh));
    for (const fragment of [zh, en]) {
      const named = [...fragment[key].message.matchAll(/\$([A-Za-z_]+)\$/g)].map((m) => m[1].toLowerCase());
      expect(named.sort(), key).toEqual(Object.keys(fragment[key].placeholders ?? {}).sort());
    }
  }
});
