import { render } from 'preact';
import { App } from '@/components/popup/App';
import { isOpenedInTab } from '@/components/popup/page-actions';
import { db } from '@/lib/db/instance';
import { t } from '@/lib/i18n';
import '@/components/popup/popup.css';

document.title = t('popup_title');
document.documentElement.lang = t('htmlLang');
// Opened as popup.html?tab=<id> it is a page in a tab, not the toolbar popup: let it use the width it has.
if (isOpenedInTab()) document.documentElement.classList.add('in-tab');
render(<App db={db} />, document.getElementById('app')!);
