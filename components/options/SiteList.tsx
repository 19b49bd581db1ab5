import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { parseSiteInput, type SiteInputError } from '@/lib/settings';
import type { SectionProps } from './types';

function errorText(error: SiteInputError, input: string): string {
  switch (error) {
    case 'empty':
      return t('options_sites_errorEmpty');
    case 'invalid':
      return t('options_sites_errorInvalid', input.trim());
    case 'duplicate':
      return t('options_sites_errorDuplicate');
    case 'tooMany':
      return t('options_sites_errorTooMany');
  }
}

export function SiteList({ settings, save }: SectionProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const sites = settings.disabledSites;

  const add = async (event: Event) => {
    event.preventDefault();
    const result = parseSiteInput(input, sites);
    if (!result.ok) {
      setError(errorText(result.error, input));
      inputRef.current?.focus();
      return;
    }
    setError(null);
    if (await save({ disabledSites: [...sites, result.host] })) setInput('');
  };

  const remove = async (index: number) => {
    await save({ disabledSites: sites.filter((_, i) => i !== index) });
    // Keep the keyboard where it was: on the next site's button, else back in the input.
    // (after Preact has re-rendered the list)
    setTimeout(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
      const next = buttons?.length ? buttons[Math.min(index, buttons.length - 1)] : null;
      (next ?? inputRef.current)?.focus();
    });
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options_sites_heading')}</h2>
      <p class="hint" id="sites-hint">
        {t('options_sites_hint')}
      </p>
      {sites.length === 0 ? (
        <p class="empty">{t('options_sites_empty')}</p>
      ) : (
        <ul class="site-list" ref={listRef} aria-labelledby="sites-heading">
          {sites.map((site, index) => (
            <li key={site} data-site={site}>
              <span class="site">{site}</span>
              <button type="button" class="secondary" onClick={() => remove(index)} aria-label={t('options_sites_removeLabel', site)}>
                {t('options_sites_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={add} noValidate>
        <label for="site-input">{t('options_sites_inputLabel')}</label>
        <div class="row">
          <input
            id="site-input"
            ref={inputRef}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="www.example.gov.cn"
            value={input}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'site-error sites-hint' : 'sites-hint'}
            onInput={(e) => {
              setInput(e.currentTarget.value);
              if (error) setError(null);
            }}
          />
          <button type="submit">{t('options_sites_add')}</button>
        </div>
        {error && (
          <p class="error" id="site-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
