// The floating legend: a count and an on/off switch per kind, and the ways to turn Luoshi off.
import { t } from '../../lib/i18n';
import type { SpanType } from '../../lib/extract/types';
import type { UiState } from '../../lib/page/ui-state';
import { SPAN_KINDS } from '../../lib/settings-base';
import { MineLegend } from './MineLegend';

export interface LegendProps {
  state: UiState;
  onToggleKind(kind: SpanType): void;
  onCollapse(collapsed: boolean): void;
  onTurnOff(): void;
  onDisableSite(): void;
  onDismissNotice(): void;
  onNextMine(): void;
}

export function Legend({ state, onToggleKind, onCollapse, onTurnOff, onDisableSite, onDismissNotice, onNextMine }: LegendProps) {
  const total = state.counts.target + state.counts.deadline + state.counts.unit;
  if (state.collapsed) {
    return (
      <section class="legend collapsed" aria-label={t('page_legend_title')}>
        <button type="button" class="expand" data-luoshi-action="legend-expand" onClick={() => onCollapse(false)} title={t('page_expand')} aria-label={`${t('page_expand')}: ${t('page_collapsed_label', String(total))}`}>
          {t('page_collapsed_label', String(total))}
        </button>
      </section>
    );
  }
  return (
    <section class="legend" aria-label={t('page_legend_title')}>
      <header>
        <strong>{t('page_legend_title')}</strong>
        <button type="button" class="icon" data-luoshi-action="legend-collapse" onClick={() => onCollapse(true)} title={t('page_collapse')} aria-label={t('page_collapse')}>
          –
        </button>
      </header>
      <ul>
        {SPAN_KINDS.map((kind) => {
          const on = !state.hidden.includes(kind);
          return (
            <li key={kind}>
              <label>
                <input type="checkbox" checked={on} data-luoshi-kind={kind} onChange={() => onToggleKind(kind)} />
                <span class={`swatch swatch-${kind}`} style={{ background: state.colors[kind] }} aria-hidden="true" />
                <span class="name">{t(`page_kind_${kind}`)}</span>
                <span class="count" data-luoshi-count={kind}>{state.counts[kind]}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {state.mine && <MineLegend mine={state.mine} onNext={onNextMine} />}
      {state.clipped > 0 && <p class="clipped">{t('page_clipped_count', String(state.clipped))}</p>}
      {state.notice && (
        <p class={`notice ${state.notice.kind}`} role={state.notice.kind === 'error' ? 'alert' : 'status'}>
          {state.notice.text}
          <button type="button" class="icon" onClick={onDismissNotice} aria-label={t('page_dismiss')}>×</button>
        </p>
      )}
      <footer>
        <button type="button" data-luoshi-action="highlights-off" onClick={onTurnOff}>{t('page_turn_off')}</button>
        <button type="button" data-luoshi-action="disable-site" onClick={onDisableSite}>{t('page_disable_site')}</button>
      </footer>
    </section>
  );
}
