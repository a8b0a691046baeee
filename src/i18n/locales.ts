/**
 * The one place where the site's languages are declared, each with its interface strings. Adding a
 * language is an entry here, a strings file beside this one (see README.md in this folder) and its
 * content files; nothing else in the code names a language.
 *
 * Server code only: the strings of every language come with this module. Scripts that run in the
 * browser get what they need of it from the page (data-* attributes) or from the build.
 */
import { es } from './es';
import { qu } from './qu';

/**
 * - `label`: the language's own name, in the language switcher;
 * - `name`: its name in English, for developers' and editors' messages;
 * - `names`: its name as written in each language's text ("Afiche en quechua"); `label` where one
 *   is missing;
 * - `htmlLang`: the `lang` attribute and the language of PDFs; `ogLocale`, `intl`: Open Graph and
 *   date formats; `prefix`: where its pages live;
 * - `forms` (optional): a list, in the content folder, of forms its text must not use, checked by
 *   the content check (src/lib/content/quechua-forms.ts).
 */
export const locales = {
  es: {
    label: 'Español',
    name: 'Spanish',
    /** Its ISO 639-3 code, for the Language of the site's ZIM file (docs/offline.md). */
    iso639_3: 'spa',
    names: { es: 'castellano', qu: 'kastilla simi' },
    htmlLang: 'es',
    ogLocale: 'es_PE',
    prefix: '',
    intl: 'es-PE',
    strings: es,
  },
  qu: {
    label: 'Runasimi',
    name: 'Quechua',
    iso639_3: 'quz',
    names: { es: 'quechua', qu: 'runasimi' },
    htmlLang: 'quz',
    ogLocale: 'quz_PE',
    prefix: '/qu',
    intl: 'quz-PE',
    /** Forms its text must not use (other varieties, stray Spanish words): a list in content/. */
    forms: 'data/quechua-forms.yaml',
    strings: qu,
  },
} as const;

export type Locale = keyof typeof locales;

/** The default language: its pages live at the root and every other language falls back to it. */
export const defaultLocale = 'es' satisfies Locale;
export type DefaultLocale = typeof defaultLocale;

export const localeCodes = Object.keys(locales) as Locale[];

/** Every language but the default: the languages of translations. */
export const translationLocales = localeCodes.filter((l): l is Exclude<Locale, DefaultLocale> => l !== defaultLocale);

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(locales, value);
}

/** Each language that has a list of forms its text must not use, with that list's path in content/. */
export const formLists = localeCodes.flatMap((code) => {
  const locale = locales[code];
  return 'forms' in locale ? [{ code, file: locale.forms }] : [];
});

/** The `lang` attribute of a language: "es", "quz". */
export const htmlLang = (locale: Locale): string => locales[locale].htmlLang;

/** A language's name as written in another's text: languageName('qu', 'es') → "quechua". */
export function languageName(of: Locale, inLanguage: Locale): string {
  const names: Partial<Record<Locale, string>> = locales[of].names;
  return names[inLanguage] ?? locales[of].label;
}
