import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { LOCALES, readLocale } from './lib/i18n/locales';

// See README "Permissions" for why each permission is needed.
export default defineConfig({
  // LUOSHI_OUT lets several builds (tests, parallel work) use separate folders.
  outDir: process.env.LUOSHI_OUT ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'contextMenus', 'activeTab'],
  },
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
