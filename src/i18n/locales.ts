/**
 * The one place where the site's languages are declared. Adding a language means adding an entry
 * here and a dictionary beside this file (see README.md in this folder).
 */
export const locales = {
  es: { label: 'Español', htmlLang: 'es', ogLocale: 'es_PE', prefix: '', intl: 'es-PE' },
  qu: { label: 'Runasimi', htmlLang: 'quz', ogLocale: 'qu_PE', prefix: '/qu', intl: 'qu-PE' },
} as const;

export type Locale = keyof typeof locales;

/** The default language: its pages live at the root and every other language falls back to it. */
export const defaultLocale: Locale = 'es';

export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(locales, value);
}
