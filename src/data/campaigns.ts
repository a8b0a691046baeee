/**
 * Campaigns, computed once per build: each in each language, its hotlines resolved, and the
 * posters it has (one per language with its own text).
 */
import { defaultLocale, type Locale } from '../i18n/locales';
import { allHotlines } from './chrome';
import { localizedEntries, type Localized } from './localized';

export interface Campaign {
  slug: string;
  page: Localized<'campaigns'>;
}

export interface PosterHotline {
  name: string;
  number: string;
  purpose: string;
}


const all = await localizedEntries('campaigns');

export function campaignsIn(locale: Locale): Campaign[] {
  return all
    .filter((c) => c.locale === locale)
    .map((page) => ({ slug: page.slug, page }))
    .sort((a, b) => a.page.source.data.title.localeCompare(b.page.source.data.title, defaultLocale));
}

/** The campaign's text in a language it is written in (its own, never a fallback). */
export function campaignText(slug: string, lang: Locale): Localized<'campaigns'> {
  const found = all.find((c) => c.slug === slug && c.locale === lang && !c.isFallback);
  if (!found) throw new Error(`content/campaigns/${slug}/${lang}.mdx does not exist`);
  return found;
}

/** The hotlines a campaign prints, in its order, with their text in the poster's language. */
export function posterHotlines(page: Localized<'campaigns'>, lang: Locale): PosterHotline[] {
  return page.entry.data.hotlines.map(({ id }) => {
    const line = allHotlines.find((h) => h.id === id);
    // The content check has already refused an unknown hotline.
    if (!line) throw new Error(`content/campaigns/${page.slug}: hotline "${id}" does not exist`);
    return { name: line.name[lang] ?? line.name[defaultLocale], number: line.number, purpose: line.purpose[lang] ?? line.purpose[defaultLocale] };
  });
}

/** Every poster of every campaign: one per language the campaign is written in. */
export function allPosters(): { slug: string; lang: Locale }[] {
  return campaignsIn(defaultLocale).flatMap((c) => c.page.available.map((lang) => ({ slug: c.slug, lang })));
}
