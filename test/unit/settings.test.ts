import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type * as SettingsModule from '../../lib/settings';

// lib/settings reads `chrome` when it is first imported: install WXT's fake browser before that.
let s: typeof SettingsModule;
let fakeBrowser: typeof import('wxt/testing/fake-browser').fakeBrowser;
beforeAll(async () => {
  ({ fakeBrowser } = await import('wxt/testing/fake-browser'));
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  s = await import('../../lib/settings');
});
beforeEach(() => fakeBrowser.reset());

describe('parseSettings', () => {
  test('nothing stored gives the defaults', () => {
    expect(s.parseSettings(undefined)).toEqual({
      highlightByDefault: true,
      disabledSites: [],
      colors: { target: '#fde68a', deadline: '#bfdbfe', unit: '#bbf7d0' },
      referenceDate: 'page',
      csvHeaders: 'zh',
      csvUnits: 'written',
      myUnits: '',
    });
  });

  test('my units are kept as the reader wrote them; a list too long falls back to none, the rest stays', () => {
    const text = '县发改局=县发展和改革局\n城关镇|township';
    expect(s.parseSettings({ myUnits: text }).myUnits).toBe(text);
    const tooLong = s.parseSettings({ myUnits: 'x'.repeat(20_001), csvHeaders: 'en' });
    expect(tooLong.myUnits).toBe('');
    expect(tooLong.csvHeaders).toBe('en');
  });

  test('a bad field falls back to its default and keeps the good ones', () => {
    const parsed = s.parseSettings({
      highlightByDefault: false,
      colors: { target: 'red', deadline: '#000000', unit: '#ffffff' },
      referenceDate: 'yesterday',
      csvHeaders: 'en',
    });
    expect(parsed.highlightByDefault).toBe(false);
    expect(parsed.csvHeaders).toBe('en');
    expect(parsed.colors).toEqual(s.DEFAULT_SETTINGS.colors);
    expect(parsed.referenceDate).toBe('page');
  });

  test('one bad hostname is dropped, not the whole list', () => {
    const parsed = s.parseSettings({ disabledSites: ['example.com', 'not a host', 42, 'gov.cn'] });
    expect(parsed.disabledSites).toEqual(['example.com', 'gov.cn']);
  });

  test('a fixed date that is not a calendar day is dropped', () => {
    const parsed = s.parseSettings({ referenceDate: 'fixed', fixedReferenceDate: '2024-02-30' });
    expect(parsed.referenceDate).toBe('fixed');
    expect(parsed.fixedReferenceDate).toBeUndefined();
    expect(s.parseSettings({ referenceDate: 'fixed', fixedReferenceDate: '2024-02-29' }).fixedReferenceDate).toBe('2024-02-29');
  });

  test('non-objects give the defaults', () => {
    expect(s.parseSettings('garbage')).toEqual(s.DEFAULT_SETTINGS);
    expect(s.parseSettings(null)).toEqual(s.DEFAULT_SETTINGS);
  });
});

describe('parseSiteInput', () => {
  test.each([
    ['example.gov.cn', 'example.gov.cn'],
    ['  WWW.Example.GOV.cn  ', 'www.example.gov.cn'],
    ['https://www.gov.cn/zhengce/2024-01/01/content_1.htm?x=1#top', 'www.gov.cn'],
    ['http://10.1.2.3:8080/oa', '10.1.2.3'],
    ['*.example.org', 'example.org'],
    ['localhost', 'localhost'],
    ['example.com.', 'example.com'],
    ['中国政府网.cn', 'xn--fiqs8sirgfmhq98a.cn'], // checked with Python's idna codec,
  ])('%s becomes %s', (input, host) => {
    expect(s.parseSiteInput(input)).toEqual({ ok: true, host });
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['not a host', 'invalid'],
    ['exa_mple.com', 'invalid'],
    ['-bad.com', 'invalid'],
    ['http://', 'invalid'],
  ])('%j is refused as %s', (input, error) => {
    expect(s.parseSiteInput(input)).toEqual({ ok: false, error });
  });

  test('a site already on the list is refused', () => {
    expect(s.parseSiteInput('https://example.com/x', ['example.com'])).toEqual({ ok: false, error: 'duplicate' });
  });

  test('the list has a limit', () => {
    const full = Array.from({ length: 200 }, (_, i) => `site${i}.cn`);
    expect(s.parseSiteInput('one-more.cn', full)).toEqual({ ok: false, error: 'tooMany' });
  });
});

describe('isSiteDisabled', () => {
  test('the site and its subdomains, nothing else', () => {
    const settings = { ...s.DEFAULT_SETTINGS, disabledSites: ['example.gov.cn'] };
    expect(s.isSiteDisabled(settings, 'example.gov.cn')).toBe(true);
    expect(s.isSiteDisabled(settings, 'WWW.EXAMPLE.GOV.CN')).toBe(true);
    expect(s.isSiteDisabled(settings, 'a.b.example.gov.cn')).toBe(true);
    expect(s.isSiteDisabled(settings, 'badexample.gov.cn')).toBe(false);
    expect(s.isSiteDisabled(settings, 'gov.cn')).toBe(false);
  });
});

describe('resolveReferenceDate', () => {
  const today = new Date(2025, 2, 14, 9, 30); // 14 March 2025, local time
  const with_ = (patch: Partial<SettingsModule.Settings>) => ({ ...s.DEFAULT_SETTINGS, ...patch });

  test('page: the publish date when there is one, else today', () => {
    expect(s.resolveReferenceDate(with_({ referenceDate: 'page' }), '2023-11-25', today)).toBe('2023-11-25');
    expect(s.resolveReferenceDate(with_({ referenceDate: 'page' }), undefined, today)).toBe('2025-03-14');
    expect(s.resolveReferenceDate(with_({ referenceDate: 'page' }), '2023-13-01', today)).toBe('2025-03-14');
  });

  test('today ignores the page', () => {
    expect(s.resolveReferenceDate(with_({ referenceDate: 'today' }), '2023-11-25', today)).toBe('2025-03-14');
  });

  test('fixed uses its date; without one it behaves like page', () => {
    expect(s.resolveReferenceDate(with_({ referenceDate: 'fixed', fixedReferenceDate: '2024-01-01' }), '2023-11-25', today)).toBe(
      '2024-01-01',
    );
    expect(s.resolveReferenceDate(with_({ referenceDate: 'fixed' }), '2023-11-25', today)).toBe('2023-11-25');
  });
});

describe('storage', () => {
  test('saveSettings validates, stores in local storage and getSettings reads it back', async () => {
    await s.saveSettings({ csvHeaders: 'en', disabledSites: ['example.com'] });
    expect(await s.getSettings()).toMatchObject({ csvHeaders: 'en', disabledSites: ['example.com'], highlightByDefault: true });
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toMatchObject({ csvHeaders: 'en' });
    // sync would copy settings to the browser vendor's servers
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('saveSettings refuses an invalid value and keeps what was stored', async () => {
    await s.saveSettings({ csvHeaders: 'en' });
    await expect(s.saveSettings({ colors: { target: 'yellow', deadline: '#000000', unit: '#000000' } })).rejects.toThrow();
    await expect(s.saveSettings({ disabledSites: ['not a host'] })).rejects.toThrow();
    expect((await s.getSettings()).csvHeaders).toBe('en');
    expect((await s.getSettings()).colors).toEqual(s.DEFAULT_SETTINGS.colors);
  });

  test('watchSettings reports each change, parsed', async () => {
    const seen: SettingsModule.Settings[] = [];
    const stop = s.watchSettings((settings) => seen.push(settings));
    await s.saveSettings({ highlightByDefault: false });
    await fakeBrowser.storage.local.set({ settings: { highlightByDefault: 'no', csvHeaders: 'en' } });
    stop();
    await s.saveSettings({ csvHeaders: 'zh' });
    expect(seen.map((x) => [x.highlightByDefault, x.csvHeaders])).toEqual([
      [false, 'zh'],
      [true, 'en'],
    ]);
  });
});
