// The locale fragments (locales/<lang>/<area>.json) against each other and against the source that uses them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCALES, readLocale, type Messages } from '../../lib/i18n/locales';

const ROOT = resolve(import.meta.dirname, '../..');
const [DEFAULT_LOCALE, SECOND_LOCALE] = LOCALES;

const fragments = (lang: string) =>
  readdirSync(join(ROOT, 'locales', lang))
    .filter((f) => f.endsWith('.json'))
    .sort();
const readFragment = (lang: string, file: string) => JSON.parse(readFileSync(join(ROOT, 'locales', lang, file), 'utf8')) as Messages;
const merged = Object.fromEntries(LOCALES.map((lang) => [lang, readLocale(ROOT, lang)])) as Record<string, Messages>;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !/\.d\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/** Every t('key') / t("key") with a literal key, with the file it is in. */
function usedKeys(): { key: string; file: string }[] {
  const uses: { key: string; file: string }[] = [];
  for (const dir of ['entrypoints', 'components', 'lib']) {
    for (const file of sourceFiles(join(ROOT, dir))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?<![\w.$])t\(\s*(?:'([^']+)'|"([^"]+)"|`([^`]+)`)/g)) {
        uses.push({ key: match[1] ?? match[2] ?? match[3], file: relative(ROOT, file) });
      }
    }
  }
  return uses;
}

/** A template-literal key such as `page_kind_${kind}` as a pattern over key names. */
const templatePattern = (template: string) =>
  new RegExp(`^${template.split(/\$\{[^}]*\}/).map((part) => part.replace(/[^A-Za-z0-9_@]/g, '')).join('[A-Za-z0-9_@]+')}$`);

/** $NAME$ references inside a message, lower-cased as Chrome matches them. */
const placeholderRefs = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()).sort();

describe('locale fragments', () => {
  test('both languages have the same fragment files', () => {
    expect(fragments(SECOND_LOCALE)).toEqual(fragments(DEFAULT_LOCALE));
  });

  for (const file of fragments(DEFAULT_LOCALE)) {
    test(`${file}: the same keys in ${DEFAULT_LOCALE} and ${SECOND_LOCALE}`, () => {
      const zh = Object.keys(readFragment(DEFAULT_LOCALE, file)).sort();
      const en = Object.keys(readFragment(SECOND_LOCALE, file)).sort();
      expect({ missingInEn: zh.filter((k) => !en.includes(k)), missingInZh: en.filter((k) => !zh.includes(k)) }).toEqual({
        missingInEn: [],
        missingInZh: [],
      });
    });
  }

  for (const lang of LOCALES) {
    test(`${lang}: every message is non-empty text with a valid key and declared placeholders`, () => {
      const problems: string[] = [];
      for (const [key, entry] of Object.entries(merged[lang])) {
        // Chrome: keys are ASCII letters, digits, _ and @, and must not start with @@ (reserved).
        if (!/^[A-Za-z0-9_@]+$/.test(key) || key.startsWith('@@')) problems.push(`${key}: invalid key`);
        if (typeof entry?.message !== 'string' || entry.message.trim() === '') problems.push(`${key}: empty message`);
        const declared = Object.keys((entry?.placeholders as Record<string, unknown>) ?? {})
          .map((k) => k.toLowerCase())
          .sort();
        const used = [...new Set(placeholderRefs(entry?.message ?? ''))];
        if (used.some((name) => !declared.includes(name))) problems.push(`${key}: uses an undeclared placeholder`);
      }
      expect(problems).toEqual([]);
    });
  }

  test('messages use the same placeholders in both languages', () => {
    const differ = Object.keys(merged[DEFAULT_LOCALE]).filter((key) => {
      const other = merged[SECOND_LOCALE][key];
      if (!other) return false; // reported by the key test above
      return JSON.stringify([...new Set(placeholderRefs(merged[DEFAULT_LOCALE][key].message))]) !==
        JSON.stringify([...new Set(placeholderRefs(other.message))]);
    });
    expect(differ).toEqual([]);
  });

  test('the manifest name and description fit Chrome Web Store limits', () => {
    for (const lang of LOCALES) {
      expect(merged[lang].extName.message.length).toBeLessThanOrEqual(75);
      expect(merged[lang].extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });
});

describe('keys used in the source', () => {
  const uses = usedKeys();

  test('the scan finds t() calls (so an empty result below means something)', () => {
    expect(uses.length).toBeGreaterThan(20);
    expect(uses.map((u) => u.key)).toContain('options_heading');
  });

  for (const lang of LOCALES) {
    test(`every t('key') in entrypoints/, components/ and lib/ exists in ${lang}`, () => {
      const keys = Object.keys(merged[lang]);
      // t(`page_kind_${kind}`): at least one key must fit the pattern (which ones is the caller's type's job).
      const missing = uses
        .filter((u) => (u.key.includes('${') ? !keys.some((key) => templatePattern(u.key).test(key)) : !(u.key in merged[lang])))
        .map((u) => `${u.key} (${u.file})`);
      expect([...new Set(missing)]).toEqual([]);
    });
  }

  test('every __MSG_key__ in wxt.config.ts and entrypoint HTML exists in both languages', () => {
    const texts = [readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8')];
    for (const entry of readdirSync(join(ROOT, 'entrypoints'), { recursive: true }) as string[]) {
      if (entry.endsWith('.html')) texts.push(readFileSync(join(ROOT, 'entrypoints', entry), 'utf8'));
    }
    const keys = [...new Set(texts.flatMap((text) => [...text.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1])))];
    expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription', 'cmd_toggleHighlights', 'cmd_openList']));
    for (const lang of LOCALES) expect(keys.filter((key) => !(key in merged[lang]))).toEqual([]);
  });

  test('every message is used: its key appears in the source, the config or an entrypoint page', () => {
    const texts = [readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8')];
    for (const dir of ['entrypoints', 'components', 'lib']) {
      for (const file of sourceFiles(join(ROOT, dir))) texts.push(readFileSync(file, 'utf8'));
    }
    for (const entry of readdirSync(join(ROOT, 'entrypoints'), { recursive: true }) as string[]) {
      if (entry.endsWith('.html')) texts.push(readFileSync(join(ROOT, 'entrypoints', entry), 'utf8'));
    }
    const source = texts.join('\n');
    const templates = uses.filter((u) => u.key.includes('${')).map((u) => templatePattern(u.key));
    const unused = Object.keys(merged[DEFAULT_LOCALE]).filter(
      (key) =>
        !['"', "'", '`'].some((quote) => source.includes(`${quote}${key}${quote}`)) &&
        !source.includes(`__MSG_${key}__`) &&
        !templates.some((pattern) => pattern.test(key)),
    );
    expect(unused).toEqual([]);
  });
});
