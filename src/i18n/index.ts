import type { UiKey } from './es';
import { locales, type Locale } from './locales';
import { passages, plainText, type Passage } from './passages';

export { locales, defaultLocale, localeCodes, translationLocales, isLocale, htmlLang, languageName, type Locale } from './locales';
export type { UiKey };
export { hasPassages, passages, plainText, type Passage } from './passages';

const plainDicts = new Map<Locale, Record<UiKey, string>>();

/** The interface strings of a language, as plain text (a passage in another language unmarked: ./passages.ts). */
export function useStrings(locale: Locale): (key: UiKey) => string {
  let dict = plainDicts.get(locale);
  if (!dict) {
    const strings: Record<UiKey, string> = locales[locale].strings;
    dict = Object.fromEntries(Object.entries(strings).map(([key, text]) => [key, plainText(text)])) as Record<UiKey, string>;
    plainDicts.set(locale, dict);
  }
  const found = dict;
  return (key) => found[key];
}

/**
 * The interface strings of a language with their passages in another language still marked, for an
 * output that marks languages itself (the PDFs: src/lib/pdf/tagged/writer.ts reads the marks).
 */
export function useMarkedStrings(locale: Locale): (key: UiKey) => string {
  const strings: Record<UiKey, string> = locales[locale].strings;
  return (key) => strings[key];
}

/** A string of a language as runs, each passage in another language with its `lang` (./passages.ts). */
export function usePassages(locale: Locale): (key: UiKey) => Passage[] {
  const strings: Record<UiKey, string> = locales[locale].strings;
  return (key) => passages(strings[key]);
}
