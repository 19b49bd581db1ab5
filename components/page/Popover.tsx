// The card shown on hover/focus of a highlight: what it is, its date, its sentence, and the 摘录 button.
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';
import type { PopoverState } from '../../lib/page/ui-state';

export interface PopoverProps {
  popover: PopoverState;
  colors?: Settings['colors'];
  onClip(): void;
  onClose(refocus: boolean): void;
  /** Tab out of the card: forward to the next task, backward to the highlight */
  onTabOut(backward: boolean): void;
  onHover(inside: boolean): void;
}

const WIDTH = 320;

export function Popover({ popover, colors, onClip, onClose, onTabOut, onHover }: PopoverProps) {
  const { rect } = popover;
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - WIDTH - 8));
  const below = rect.bottom + 6;
  // Preact 11 does not add 'px' to numbers
  const style =
    below + 160 < window.innerHeight
      ? { left: `${left}px`, top: `${below}px` }
      : { left: `${left}px`, bottom: `${window.innerHeight - rect.top + 6}px` };
  const inert = popover.clip === 'busy' || popover.clip === 'done';
  const clipLabel =
    popover.clip === 'busy' ? t('page_clipping') : popover.clip === 'done' ? t('page_clipped') : t('page_clip');

  return (
    <div
      class="popover"
      role="dialog"
      aria-label={t(`page_kind_${popover.kind}`)}
      style={style}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose(true);
        } else if (e.key === 'Tab') {
          e.preventDefault();
          onTabOut(e.shiftKey);
        }
      }}
    >
      <div class="head">
        <span class={`chip chip-${popover.kind}`} style={colors ? { background: colors[popover.kind] } : undefined}>{t(`page_kind_${popover.kind}`)}</span>
        <span class="what">{popover.text}</span>
      </div>
      {popover.detail && <div class="detail">{popover.detail}</div>}
      {popover.sentence && (
        <blockquote class="sentence" title={t('page_sentence')}>
          {popover.sentence.length > 240 ? `${popover.sentence.slice(0, 240)}…` : popover.sentence}
        </blockquote>
      )}
      {popover.sentence && (
        <div class="actions">
          <button
            type="button"
            class="clip"
            data-luoshi-action="clip"
            aria-pressed={popover.clip === 'done'}
            // aria-disabled, not disabled: a disabled button drops keyboard focus to the top of the page
            aria-disabled={inert}
            onClick={() => {
              if (!inert) onClip();
            }}
          >
            {clipLabel}
          </button>
          {popover.clip === 'error' && (
            <span class="error" role="alert">
              {t('page_clip_failed', popover.error ?? '')}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
