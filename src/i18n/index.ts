import { es, type UiKey } from './es';
import { qu } from './qu';
import type { Locale } from './locales';

export { locales, defaultLocale, localeCodes, isLocale, type Locale } from './locales';
export type { UiKey };

const dictionaries: Record<Locale, Record<UiKey, string>> = { es, qu };

/** The interface strings of a language. */
export function useStrings(locale: Locale): (key: UiKey) => string {
  const dict = dictionaries[locale];
  return (key) => dict[key];
}
