import { browser } from 'wxt/browser';

type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** A UI string from _locales (zh_CN default, en second). Falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  // WXT types getMessage with the generated key union; our keys come from merged fragments.
  const getMessage = browser?.i18n?.getMessage as GetMessage | undefined;
  return getMessage?.(key, substitutions) || key;
}
