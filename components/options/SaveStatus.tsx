import { t } from '@/lib/i18n';
import type { SaveState } from './useSettings';

const time = (at: Date) => at.toLocaleTimeString(t('htmlLang'), { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Announced to screen readers (role=status); errors are alerts. */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <footer class="save-status">
      <p role="status" data-state={state.kind} class={state.kind === 'saved' ? 'ok' : undefined}>
        {state.kind === 'saving' && t('options_saving')}
        {state.kind === 'saved' && t('options_saved', time(state.at))}
        {state.kind === 'idle' && t('options_autosave')}
      </p>
      {state.kind === 'error' && (
        <p role="alert" class="error">
          {t('options_saveFailed', state.message)}
        </p>
      )}
    </footer>
  );
}
