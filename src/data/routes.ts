/**
 * Route data for every page, computed once per build. Route files only return these from
 * getStaticPaths; components get typed props and never query content themselves.
 */
import { defaultLocale, type Locale, localeCodes } from '../i18n/locales';
import { localeParam } from '../lib/routes/urls';
import { entriesIn, localizedEntries, type Localized } from './localized';

/** One path per language for pages made only of interface strings and data (indexes, home). */
export function perLocale() {
  return localeCodes.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}

type PageCollection = Parameters<typeof localizedEntries>[0];

/** One path per entry and language, with the entry (or its Spanish fallback) as props. */
export async function entryPaths<C extends PageCollection>(collection: C, exclude: string[] = []) {
  return (await localizedEntries(collection))
    .filter((e) => !exclude.includes(e.slug))
    .map((e) => ({ params: { locale: localeParam(e.locale), slug: e.slug }, props: { page: e } }));
}

/** Standalone pages with their own route elsewhere, not served by the generic page route. */
const specialPages = ['inicio'];

export async function standalonePagePaths() {
  return (await localizedEntries('pages'))
    .filter((p) => !specialPages.includes(p.slug))
    .map((p) => ({ params: { locale: localeParam(p.locale), page: p.slug }, props: { page: p } }));
}

/** A page entry by slug in a language (home text, for instance). */
export async function pageIn(slug: string, locale: Locale): Promise<Localized<'pages'>> {
  const found = (await entriesIn('pages', locale)).find((p) => p.slug === slug);
  if (!found) throw new Error(`content/pages/${slug}/es.mdx is missing: the site needs it`);
  return found;
}

/** Entries of a collection in a language, sorted by their `order` field, then title. */
export async function ordered<C extends 'partners' | 'regions'>(collection: C, locale: Locale) {
  return (await entriesIn(collection, locale)).sort(
    (a, b) => a.entry.data.order - b.entry.data.order || a.entry.data.title.localeCompare(b.entry.data.title, defaultLocale),
  );
}

/** News in a language, newest first. */
export async function newsIn(locale: Locale) {
  return (await entriesIn('news', locale)).sort((a, b) => b.entry.data.date.getTime() - a.entry.data.date.getTime());
}

/** Region names for search filters, from their slugs (the names are the same in every language). */
export async function regionNames(slugs: string[]): Promise<string[]> {
  const regions = await entriesIn('regions', defaultLocale);
  return slugs.flatMap((slug) => regions.find((r) => r.slug === slug)?.entry.data.title ?? []);
}
