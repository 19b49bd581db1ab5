import { defineConfig, type UserManifest } from 'wxt';
import preact from '@preact/preset-vite';
import { reviewSafeBundle } from './scripts/review-safe-bundle';
import { LOCALES, readLocale } from './lib/i18n/locales';

/**
 * Every permission the extension asks for, and the code that needs it (README "Permissions" says the same
 * for readers; test/unit/manifest.test.ts keeps the two lists equal).
 */
export const PERMISSIONS = {
  /** lib/settings.ts keeps the options in browser.storage.local */
  storage: 'settings',
  /** the background adds the 摘录为任务 item to the page's right-click menu */
  contextMenus: 'context menu',
} as const;

/** Keyboard shortcuts; descriptions come from locales/<lang>/ext.json. */
export const COMMANDS = {
  'toggle-highlights': {
    suggested_key: { default: 'Alt+Shift+L' },
    description: '__MSG_cmd_toggleHighlights__',
  },
  // Opens the popup (the task list); Chrome and Firefox MV3 both name it _execute_action.
  _execute_action: {
    suggested_key: { default: 'Alt+Shift+K' },
    description: '__MSG_cmd_openList__',
  },
};

export const FIREFOX_ID = 'luoshi@luoshi.invalid';

/** Icon sizes (px): toolbar 16/32, extensions page 48, stores and install dialog 128. Drawn once in assets/icon.svg,
 * rendered to public/icon/<size>.png by `npm run icons`. */
export const ICON_SIZES = [16, 32, 48, 128] as const;
const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`]));

/** The manifest fields we set; WXT adds entrypoints (background, content script, popup, options). */
export function luoshiManifest(browser: string): UserManifest {
  return {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    icons: ICONS,
    action: { default_icon: ICONS },
    permissions: Object.keys(PERMISSIONS),
    commands: COMMANDS,
    // The page part (entrypoints/page-main.ts), which the content script's bootstrap import()s on speech pages
    // only: import() needs it web-accessible. use_dynamic_url keeps it from being probed by pages.
    web_accessible_resources: [
      { resources: ['page-main.js'], matches: ['http://*/*', 'https://*/*'], ...(browser !== 'firefox' && { use_dynamic_url: true }) },
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: FIREFOX_ID,
          // 140 is the first Firefox that knows data_collection_permissions (and the current ESR).
          strict_min_version: '140.0',
          // Luoshi collects nothing: no data leaves the browser.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android learnt data_collection_permissions in 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  };
}

export default defineConfig({
  // LUOSHI_OUT lets several builds (tests, parallel work) use separate folders.
  outDir: process.env.LUOSHI_OUT ?? '.output',
  // MV3 for Firefox too: one manifest shape and one background model (an event page) for both browsers.
  manifestVersion: 3,
  vite: () => ({
    // reviewSafeBundle: no Function constructor or innerHTML in the bundles (web-ext lint; see the plugin's notes)
    plugins: [preact(), reviewSafeBundle()],
    // Escape non-ASCII in the bundles: the minifier otherwise writes characters like U+FFFF (Dexie's maxString)
    // literally, and Chrome refuses to load a content script containing one ("It isn't UTF-8 encoded").
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
  // The Firefox package comes with a sources zip for addons.mozilla.org review; test output is not source.
  zip: { excludeSources: ['test-results/**', 'docs/screenshots/**'] },
  manifest: ({ browser }) => luoshiManifest(browser),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      for (const lang of LOCALES) {
        files.push({
          relativeDest: `_locales/${lang}/messages.json`,
          contents: JSON.stringify(readLocale(wxt.config.root, lang), null, 2),
        });
      }
    },
  },
});
