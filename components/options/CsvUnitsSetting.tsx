// CSV 责任单位: as the speech wrote them, or under one standard name per unit (lib/domain/unit-names.ts).
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';
import { RadioSection } from './RadioSection';
import type { SectionProps } from './types';

export function CsvUnitsSetting({ settings, save }: SectionProps) {
  const choices: { value: Settings['csvUnits']; label: string }[] = [
    { value: 'written', label: t('mine_csvUnits_written') },
    { value: 'normalised', label: t('mine_csvUnits_normalised') },
  ];
  return (
    <RadioSection
      name="csv-units"
      heading={t('mine_csvUnits_heading')}
      hint={t('mine_csvUnits_hint')}
      choices={choices}
      value={settings.csvUnits}
      onChoose={(csvUnits) => save({ csvUnits })}
    />
  );
}
