import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { SpanType } from '@/lib/extract/types';
import { DEFAULT_SETTINGS, SPAN_KINDS, type Settings } from '@/lib/settings';
import { MARK_ATTRS, MARK_CLASS } from '@/lib/page/marks';
import { applyMarkStyle, markCss } from '@/lib/page/mark-style';
import { contrastWithText } from './contrast';
import type { SectionProps } from './types';

type Colors = Settings['colors'];

/** Below this contrast ratio dark page text on the mark gets hard to read (WCAG AA for body text). */
const MIN_CONTRAST = 4.5;

/** The localized sample sentence, cut where its three marked phrases go (word order differs by language). */
function previewParts(): { kind?: SpanType; text: string }[] {
  const slots = ['\u0001unit\u0001', '\u0001deadline\u0001', '\u0001target\u0001'];
  const phrases: Record<SpanType, string> = {
    unit: t('options_preview_unit'),
    deadline: t('options_preview_deadline'),
    target: t('options_preview_target'),
  };
  return t('options_preview_sentence', slots)
    .split(/\u0001(unit|deadline|target)\u0001/)
    .map((piece, i) => (i % 2 ? { kind: piece as SpanType, text: phrases[piece as SpanType] } : { text: piece }))
    .filter((part) => part.text);
}

export function ColorSettings({ settings, save }: SectionProps) {
  // The picker reports every movement (input) but settles once (change): preview live, store once.
  const [draft, setDraft] = useState<Colors>(settings.colors);
  useEffect(() => setDraft(settings.colors), [settings.colors]);
  // The preview is styled by the very CSS the page gets.
  useEffect(() => void applyMarkStyle(document, markCss(draft, new Set(), '')), [draft]);

  const labels: Record<SpanType, string> = {
    target: t('options_colors_target'),
    deadline: t('options_colors_deadline'),
    unit: t('options_colors_unit'),
  };
  const setColor = (kind: SpanType, value: string) => setDraft((current) => ({ ...current, [kind]: value.toLowerCase() }));
  const store = (kind: SpanType, value: string) => save({ colors: { ...settings.colors, ...draft, [kind]: value.toLowerCase() } });

  return (
    <section aria-labelledby="colors-heading">
      <h2 id="colors-heading">{t('options_colors_heading')}</h2>
      <div class="color-rows">
        {SPAN_KINDS.map((kind) => {
          const isDefault = draft[kind] === DEFAULT_SETTINGS.colors[kind];
          const lowContrast = contrastWithText(draft[kind]) < MIN_CONTRAST;
          return (
            <div class="color-row" key={kind} data-kind={kind}>
              <label for={`color-${kind}`}>{labels[kind]}</label>
              <input
                type="color"
                id={`color-${kind}`}
                value={draft[kind]}
                aria-describedby={lowContrast ? `color-${kind}-warning` : undefined}
                onInput={(e) => setColor(kind, e.currentTarget.value)}
                onChange={(e) => store(kind, e.currentTarget.value)}
              />
              <code class="hex">{draft[kind]}</code>
              <button
                type="button"
                class="secondary"
                disabled={isDefault}
                aria-label={t('options_colors_resetLabel', labels[kind])}
                onClick={() => {
                  setColor(kind, DEFAULT_SETTINGS.colors[kind]);
                  store(kind, DEFAULT_SETTINGS.colors[kind]);
                }}
              >
                {t('options_colors_reset')}
              </button>
              {lowContrast && (
                <p class="warning" id={`color-${kind}-warning`}>
                  {t('options_colors_lowContrast')}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <h3 id="preview-heading">{t('options_colors_preview')}</h3>
      <p class="preview" aria-labelledby="preview-heading">
        {previewParts().map((part, i) =>
          part.kind ? (
            <mark key={i} class={MARK_CLASS} {...{ [MARK_ATTRS.kind]: part.kind }}>
              {part.text}
            </mark>
          ) : (
            part.text
          ),
        )}
      </p>
    </section>
  );
}
