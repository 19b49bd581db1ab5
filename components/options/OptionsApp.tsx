import { t } from '@/lib/i18n';
import { useSettings } from './useSettings';
import { HighlightSetting } from './HighlightSetting';
import { SiteList } from './SiteList';
import { ColorSettings } from './ColorSettings';
import { ReferenceDateSetting } from './ReferenceDateSetting';
import { CsvHeaderSetting } from './CsvHeaderSetting';
import { CsvUnitsSetting } from './CsvUnitsSetting';
import { MyUnitsSetting } from './MyUnitsSetting';
import { SaveStatus } from './SaveStatus';

export function OptionsApp() {
  const { settings, loadError, saveState, save } = useSettings();
  return (
    <main class="options">
      <header class="options-header">
        <h1>{t('options_heading')}</h1>
        <p class="hint">{t('options_intro')}</p>
      </header>
      {loadError ? (
        <p class="error" role="alert">
          {t('options_loadFailed', loadError)}
        </p>
      ) : !settings ? (
        <p aria-busy="true">{t('options_loading')}</p>
      ) : (
        <>
          <HighlightSetting settings={settings} save={save} />
          <MyUnitsSetting settings={settings} save={save} />
          <SiteList settings={settings} save={save} />
          <ColorSettings settings={settings} save={save} />
          <ReferenceDateSetting settings={settings} save={save} />
          <CsvHeaderSetting settings={settings} save={save} />
          <CsvUnitsSetting settings={settings} save={save} />
        </>
      )}
      <SaveStatus state={saveState} />
    </main>
  );
}
