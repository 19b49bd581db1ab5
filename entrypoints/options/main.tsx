import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { t } from '@/lib/i18n';
import '@/components/options/options.css';

document.documentElement.lang = t('htmlLang');
document.title = t('options_title');
render(<OptionsApp />, document.getElementById('app')!);
