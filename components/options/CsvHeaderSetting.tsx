import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';
import type { SectionProps } from './types';

export function CsvHeaderSetting({ settings, save }: SectionProps) {
  const choices: { value: Settings['csvHeaders']; label: string }[] = [
    { value: 'zh', label: t('options_csv_zh') },
    { value: 'en', label: t('options_csv_en') },
  ];
  return (
    <section>
      <fieldset>
        <legend>
          <h2>{t('options_csv_heading')}</h2>
        </legend>
        <p class="hint" id="csv-hint">
          {t('options_csv_hint')}
        </p>
        {choices.map((choice) => (
          <label class="radio" key={choice.value}>
            <input
              type="radio"
              name="csv-headers"
              value={choice.value}
              checked={settings.csvHeaders === choice.value}
              aria-describedby="csv-hint"
              onChange={() => save({ csvHeaders: choice.value })}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
