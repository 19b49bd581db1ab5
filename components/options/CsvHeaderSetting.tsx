import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';
import { RadioSection } from './RadioSection';
import type { SectionProps } from './types';

export function CsvHeaderSetting({ settings, save }: SectionProps) {
  const choices: { value: Settings['csvHeaders']; label: string }[] = [
    { value: 'zh', label: t('options_csv_zh') },
    { value: 'en', label: t('options_csv_en') },
  ];
  return (
    <RadioSection
      name="csv-headers"
      heading={t('options_csv_heading')}
      hint={t('options_csv_hint')}
      choices={choices}
      value={settings.csvHeaders}
      onChoose={(csvHeaders) => save({ csvHeaders })}
    />
  );
}
