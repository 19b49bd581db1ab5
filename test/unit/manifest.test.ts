// The manifest asks only for what the code uses: checked on wxt.config.ts's manifest, on the source,
// and on a built manifest when one is there.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMMANDS, FIREFOX_ID, PERMISSIONS, luoshiManifest } from '../../wxt.config';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceText(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) files.push(path);
    }
  };
  for (const dir of ['entrypoints', 'components', 'lib']) walk(join(ROOT, dir));
  return files.map((file) => readFileSync(file, 'utf8')).join('\n');
}

/** Extension APIs that need a permission, and how their use shows in the source. */
const API_PERMISSIONS: Record<string, RegExp> = {
  storage: /\bbrowser\.storage\b|\bchrome\.storage\b|wxt\/utils\/storage|@wxt-dev\/storage/,
  contextMenus: /\b(browser|chrome)\.(contextMenus|menus)\b/,
  downloads: /\b(browser|chrome)\.downloads\b/,
  alarms: /\b(browser|chrome)\.alarms\b/,
  notifications: /\b(browser|chrome)\.notifications\b/,
  scripting: /\b(browser|chrome)\.scripting\b/,
  cookies: /\b(browser|chrome)\.cookies\b/,
  history: /\b(browser|chrome)\.history\b/,
  bookmarks: /\b(browser|chrome)\.bookmarks\b/,
  webRequest: /\b(browser|chrome)\.webRequest\b/,
  declarativeNetRequest: /\b(browser|chrome)\.declarativeNetRequest\b/,
  clipboardRead: /\bnavigator\.clipboard\.read/,
};

describe('permissions', () => {
  const manifest = luoshiManifest('chrome');

  test('exactly storage and contextMenus', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['contextMenus', 'storage']);
    expect(Object.keys(PERMISSIONS).sort()).toEqual(['contextMenus', 'storage']);
  });

  test('no host permissions and no optional permissions', () => {
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  test('an API is used in the source if and only if its permission is asked for', () => {
    const source = sourceText();
    const used = Object.entries(API_PERMISSIONS)
      .filter(([, pattern]) => pattern.test(source))
      .map(([permission]) => permission)
      .sort();
    expect(used).toEqual([...(manifest.permissions ?? [])].sort());
  });

  test('README says why each permission is needed', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = /^#+ .*(Permissions|权限).*$([\s\S]*?)(?=^#+ |$(?![\s\S]))/m.exec(readme);
    expect(section, 'README.md needs a "Permissions" section').not.toBeNull();
    for (const permission of Object.keys(PERMISSIONS)) expect(section![2]).toContain(`\`${permission}\``);
  });
});

test('our own code never writes HTML from strings or evaluates code (web-ext lint warnings come from libraries)', () => {
  const offending = sourceText()
    .split('\n')
    .filter((line) => /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|\bnew Function\b|\beval\(|document\.write/.test(line));
  expect(offending).toEqual([]);
});

describe('manifest', () => {
  test('name and description come from the locale files', () => {
    const manifest = luoshiManifest('chrome');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.default_locale).toBe('zh_CN');
  });

  test('two shortcuts: toggle the highlights, open the list (the popup)', () => {
    expect(Object.keys(COMMANDS).sort()).toEqual(['_execute_action', 'toggle-highlights']);
    expect(COMMANDS['toggle-highlights'].suggested_key.default).toBe('Alt+Shift+L');
    expect(COMMANDS._execute_action.suggested_key.default).toBe('Alt+Shift+K');
    for (const command of Object.values(COMMANDS)) expect(command.description).toMatch(/^__MSG_\w+__$/);
  });

  test('Firefox gets an add-on id and declares that it collects no data; Chrome gets neither', () => {
    const gecko = luoshiManifest('firefox').browser_specific_settings?.gecko as Record<string, unknown>;
    expect(gecko.id).toBe(FIREFOX_ID);
    expect(FIREFOX_ID).toMatch(/^[A-Za-z0-9._-]+@[A-Za-z0-9._-]+$/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(luoshiManifest('chrome').browser_specific_settings).toBeUndefined();
  });

  const built = join(ROOT, process.env.LUOSHI_OUT ?? '.output', 'chrome-mv3', 'manifest.json');
  test.skipIf(!existsSync(built))('the built Chrome manifest has the same permissions, no host permissions, http(s) content scripts', () => {
    const manifest = JSON.parse(readFileSync(built, 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['contextMenus', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    const matches = manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches);
    expect([...new Set(matches)].sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(Object.keys(manifest.commands).sort()).toEqual(['_execute_action', 'toggle-highlights']);
  });

  test.skipIf(!existsSync(built))('the built scripts hold no Unicode noncharacters (Chrome refuses such a content script as "not UTF-8")', () => {
    const dir = join(built, '..');
    const scripts = (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    const bad = scripts.filter((file) => /[\uFDD0-\uFDEF\uFFFE\uFFFF]/.test(readFileSync(join(dir, file), 'utf8')));
    expect(bad).toEqual([]);
  });
});
