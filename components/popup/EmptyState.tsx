import { t } from '../../lib/i18n';

/** What a new reader sees before clipping anything: the three ways a task gets into the list. */
export function EmptyState() {
  return (
    <section class="empty" data-luoshi-empty="first-use">
      <h2>{t('popup_emptyTitle')}</h2>
      <ol>
        <li>{t('popup_emptyStep1')}</li>
        <li>{t('popup_emptyStep2')}</li>
        <li>{t('popup_emptyStep3')}</li>
      </ol>
      <p class="empty-restore">{t('popup_emptyRestore')}</p>
    </section>
  );
}

export function NoMatch({ onClear }: { onClear(): void }) {
  return (
    <section class="empty" data-luoshi-empty="no-match">
      <h2>{t('popup_noMatchTitle')}</h2>
      <button type="button" onClick={onClear} data-luoshi-action="clear-filters">
        {t('popup_clearFilters')}
      </button>
    </section>
  );
}
