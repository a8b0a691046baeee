/**
 * Groups page-like entries by slug and language, once. Every route of the site that shows an
 * entry goes through here, so a language without its own text falls back to Spanish the same way
 * everywhere.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { defaultLocale, isLocale, localeCodes, type Locale } from '../i18n/locales';
import { isOutdated } from '../lib/content/translation-status';

type PageCollection = 'partners' | 'regions' | 'news' | 'pages' | 'protocols' | 'toolkits' | 'lessons' | 'campaigns' | 'checklists';

export interface Localized<C extends PageCollection> {
  /** The entry's path without language: "oit", "ruta/1.0". */
  slug: string;
  /** The language of the page. */
  locale: Locale;
  /** The entry shown: the page's own language, or Spanish when it is a fallback. */
  entry: CollectionEntry<C>;
  /** True when this language has no text of its own and shows the Spanish one. */
  isFallback: boolean;
  /** Languages that have their own text for this slug (for hreflang and the switcher). */
  available: Locale[];
  /** The Spanish entry, the source of every translation. */
  source: CollectionEntry<C>;
}

/** "cusco" → Spanish; "cusco/qu" → Quechua (see the ids made in src/content.config.ts). */
function split(id: string): { slug: string; lang: Locale } {
  const cut = id.lastIndexOf('/');
  const last = id.slice(cut + 1);
  if (cut > 0 && last !== defaultLocale && isLocale(last)) return { slug: id.slice(0, cut), lang: last };
  return { slug: id, lang: defaultLocale };
}

const cache = new Map<CollectionKey, Promise<unknown>>();

/** Every slug of a collection in every language, Spanish entries first in the collection's order. */
export function localizedEntries<C extends PageCollection>(collection: C): Promise<Localized<C>[]> {
  if (!cache.has(collection)) cache.set(collection, build(collection));
  return cache.get(collection) as Promise<Localized<C>[]>;
}

async function build<C extends PageCollection>(collection: C): Promise<Localized<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  const bySlug = new Map<string, Partial<Record<Locale, CollectionEntry<C>>>>();
  for (const entry of entries) {
    const { slug, lang } = split(entry.id);
    bySlug.set(slug, { ...bySlug.get(slug), [lang]: entry });
  }
  const out: Localized<C>[] = [];
  for (const [slug, byLang] of bySlug) {
    const source = byLang[defaultLocale];
    // The content check refuses a translation without its Spanish source, so this cannot happen.
    if (!source) throw new Error(`${collection}/${slug} has no Spanish text (${defaultLocale}.mdx)`);
    const available = localeCodes.filter((l) => byLang[l]);
    for (const locale of localeCodes) {
      const own = byLang[locale];
      out.push({ slug, locale, entry: own ?? source, isFallback: !own, available, source });
    }
  }
  return out;
}

/** The entries of one language, for index pages. */
export async function entriesIn<C extends PageCollection>(collection: C, locale: Locale): Promise<Localized<C>[]> {
  return (await localizedEntries(collection)).filter((e) => e.locale === locale);
}

/**
 * For a page showing its own translation made from an older Spanish text: the day the Spanish text
 * changed, shown in a notice. Undefined for Spanish pages, fallbacks and up-to-date translations.
 */
export function outdatedSince(page: Localized<PageCollection>): Date | undefined {
  if (page.isFallback || page.locale === defaultLocale) return undefined;
  const source = page.source.data as { updated?: Date };
  const own = page.entry.data as { translatedFrom?: Date };
  return isOutdated(source.updated, own.translatedFrom) ? source.updated : undefined;
}

/**
 * What the layout shows about a page made from an entry, besides its title: the languages it exists
 * in, whether it is a fallback or a draft or outdated translation, the sample label and its date.
 * Spread into <Base>: `<Base {...entryMeta(page)} …>`.
 */
export function entryMeta(page: Localized<PageCollection>) {
  const data = page.entry.data as { translation?: string; sample: boolean; updated?: Date | undefined };
  return {
    available: page.available,
    isFallback: page.isFallback,
    draft: data.translation === 'draft',
    outdated: outdatedSince(page),
    sample: data.sample,
    updated: data.updated,
  };
}
