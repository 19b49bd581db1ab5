import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { isCalendarDate, localDate } from '@/lib/dates';
import type { ReferenceDateMode } from '@/lib/settings';
import { RadioSection } from './RadioSection';
import type { SectionProps } from './types';

export function ReferenceDateSetting({ settings, save }: SectionProps) {
  // The date field may hold a half-typed date; only a whole one is stored.
  const [dateText, setDateText] = useState(settings.fixedReferenceDate ?? '');
  const [dateError, setDateError] = useState(false);
  useEffect(() => setDateText(settings.fixedReferenceDate ?? ''), [settings.fixedReferenceDate]);

  const choices: { value: ReferenceDateMode; label: string }[] = [
    { value: 'page', label: t('options_refdate_page') },
    { value: 'today', label: t('options_refdate_today') },
    { value: 'fixed', label: t('options_refdate_fixed') },
  ];

  const choose = (mode: ReferenceDateMode) => {
    setDateError(false);
    if (mode === 'fixed' && !settings.fixedReferenceDate) {
      // Start from today so that the choice is complete the moment it is made.
      save({ referenceDate: mode, fixedReferenceDate: localDate(new Date()) });
    } else {
      save({ referenceDate: mode });
    }
  };

  const changeDate = (value: string) => {
    setDateText(value);
    if (isCalendarDate(value)) {
      setDateError(false);
      if (value !== settings.fixedReferenceDate) save({ fixedReferenceDate: value });
    } else {
      setDateError(true);
    }
  };

  const fixed = settings.referenceDate === 'fixed';
  return (
    <RadioSection
      name="reference-date"
      heading={t('options_refdate_heading')}
      hint={t('options_refdate_hint')}
      choices={choices}
      value={settings.referenceDate}
      onChoose={choose}
    >
      <div class="fixed-date">
        <label for="fixed-date">{t('options_refdate_dateLabel')}</label>
        <input
          type="date"
          id="fixed-date"
          value={dateText}
          disabled={!fixed}
          required={fixed}
          aria-invalid={dateError ? 'true' : undefined}
          aria-describedby={dateError ? 'fixed-date-error' : undefined}
          onChange={(e) => changeDate(e.currentTarget.value)}
        />
        {fixed && dateError && (
          <p class="error" id="fixed-date-error" role="alert">
            {t('options_refdate_dateError', settings.fixedReferenceDate ?? '')}
          </p>
        )}
      </div>
    </RadioSection>
  );
}
