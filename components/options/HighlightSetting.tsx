import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import type { SectionProps } from './types';

/** The shortcut the reader has now (they may have changed it), or null when none is set. */
function useToggleShortcut(): string | null | undefined {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    browser.commands
      ?.getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === 'toggle-highlights')?.shortcut || null))
      .catch(() => setShortcut(null));
  }, []);
  return shortcut;
}

export function HighlightSetting({ settings, save }: SectionProps) {
  const shortcut = useToggleShortcut();
  return (
    <section aria-labelledby="highlight-heading">
      <h2 id="highlight-heading">{t('options_highlight_heading')}</h2>
      <label class="check">
        <input
          type="checkbox"
          id="highlight-default"
          checked={settings.highlightByDefault}
          aria-describedby="highlight-hint"
          onChange={(e) => save({ highlightByDefault: e.currentTarget.checked })}
        />
        {t('options_highlight_label')}
      </label>
      <p class="hint" id="highlight-hint">
        {shortcut === undefined
          ? ''
          : shortcut
            ? t('options_highlight_shortcut', shortcut)
            : t('options_highlight_noShortcut')}
      </p>
    </section>
  );
}
