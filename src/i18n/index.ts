import type { UiKey } from './es';
import { locales, type Locale } from './locales';

export { locales, defaultLocale, localeCodes, translationLocales, isLocale, htmlLang, languageName, type Locale } from './locales';
export type { UiKey };

/** The interface strings of a language. */
export function useStrings(locale: Locale): (key: UiKey) => string {
  const dict: Record<UiKey, string> = locales[locale].strings;
  return (key) => dict[key];
}
