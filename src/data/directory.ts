/**
 * The data files of content/data/: services per region, the campaign calendar and the glossary,
 * read once per build.
 */
import { getCollection } from 'astro:content';
import type { LocalizedText } from '../schemas/data';
import { defaultLocale, type Locale, useStrings } from '../i18n';
import { calendarIcs } from '../lib/directory/calendar-ics';
import { siteUrl } from '../site';
import * as routes from '../lib/routes/routes';
import { valueIn } from '../lib/facts/registry';
import { fact } from './facts';

/** The services, with the phone and hours their facts hold (content/facts/), in Spanish. */
const services = (await getCollection('services')).map((s) => {
  const from = `content/data/services/ (${s.data.id})`;
  return {
    ...s.data,
    phone: s.data.phone && valueIn(fact(s.data.phone.id, from), defaultLocale),
    hours: s.data.hours && valueIn(fact(s.data.hours.id, from), defaultLocale),
  };
});
const calendar = (await getCollection('calendar')).map((c) => c.data).sort((a, b) => a.day.localeCompare(b.day));
const glossary = (await getCollection('glossary')).map((g) => g.data).sort((a, b) => a.term[defaultLocale].localeCompare(b.term[defaultLocale], defaultLocale));

export type Service = (typeof services)[number];

/** Order in which kinds of service are listed. */
const kindOrder = ['demuna', 'upe', 'cem', 'fiscalia', 'policia'];

/** The services of a region, by kind. */
export function servicesOf(region: string): Service[] {
  return services
    .filter((s) => s.region.id === region)
    .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.name.localeCompare(b.name, defaultLocale));
}

export function kindLabel(kind: string, locale: Locale): string {
  const t = useStrings(locale);
  return t(`services.kind.${kind as 'demuna'}`);
}

/** A string of a data file in a language, Spanish when that language has none. */
export const inLocale = (value: LocalizedText, locale: Locale): string => value[locale] ?? value[defaultLocale];

export const calendarDays = calendar;

/** /calendario.ics, made once: the page that links to it shows its size. */
export const calendarFile = calendarIcs(
  calendarDays.map((d) => ({
    id: d.id,
    day: d.day,
    name: d.name[defaultLocale],
    description: d.description[defaultLocale],
    url: new URL(routes.calendarEntry(d.id), siteUrl).href,
  })),
  { calendarName: `${useStrings(defaultLocale)('site.name')}: ${useStrings(defaultLocale)('calendar.title')}`, firstYear: 2026 },
);
export const glossaryTerms = glossary;
