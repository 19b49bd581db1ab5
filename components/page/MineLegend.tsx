// The legend's 我的任务 line (issue 12): how many tasks on the page are the reader's, and a button that steps
// through them (lib/page/mine.ts moves focus to the task's first highlight).
import { t } from '../../lib/i18n';

export function MineLegend({ mine, onNext }: { mine: { count: number; at: number }; onNext(): void }) {
  /** the task the button goes to, 1-based */
  const position = mine.count ? ((mine.at + 1) % mine.count) + 1 : 0;
  return (
    <p class="mine" data-luoshi-legend="mine">
      <span class="mine-badge" aria-hidden="true">★</span>
      <span class="name">{t('mine_legend')}</span>
      <span class="count" data-luoshi-count="mine">{mine.count}</span>
      {mine.count > 0 && (
        <button type="button" data-luoshi-action="next-mine" onClick={onNext}
          aria-label={t('mine_nextLabel', [String(position), String(mine.count)])}
          title={t('mine_nextLabel', [String(position), String(mine.count)])}>
          {t('mine_next')} ↓
        </button>
      )}
    </p>
  );
}
