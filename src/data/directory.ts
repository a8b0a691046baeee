/**
 * The data files of content/data/: services per region, the campaign calendar and the glossary,
 * read once per build.
 */
import { getCollection } from 'astro:content';
import { useStrings, type Locale } from '../i18n';
import { es } from '../i18n/es';
import { calendarIcs } from '../lib/directory/calendar-ics';
import { siteUrl } from '../site';
import * as routes from '../lib/routes/routes';

const services = (await getCollection('services')).map((s) => s.data);
const calendar = (await getCollection('calendar')).map((c) => c.data).sort((a, b) => a.day.localeCompare(b.day));
const glossary = (await getCollection('glossary')).map((g) => g.data).sort((a, b) => a.term.es.localeCompare(b.term.es, 'es'));

export type Service = (typeof services)[number];

/** Order in which kinds of service are listed. */
const kindOrder = ['demuna', 'upe', 'cem', 'fiscalia', 'policia'];

/** The services of a region, by kind. */
export function servicesOf(region: string): Service[] {
  return services
    .filter((s) => s.region.id === region)
    .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.name.localeCompare(b.name, 'es'));
}

export function kindLabel(kind: string, locale: Locale): string {
  const t = useStrings(locale);
  return t(`services.kind.${kind as 'demuna'}`);
}

/** A string of a data file in a language, Spanish when that language has none. */
export const inLocale = (value: { es: string; qu?: string | undefined }, locale: Locale) => (locale === 'qu' ? value.qu : undefined) ?? value.es;

export const calendarDays = calendar;

/** /calendario.ics, made once: the page that links to it shows its size. */
export const calendarFile = calendarIcs(
  calendarDays.map((d) => ({
    id: d.id,
    day: d.day,
    name: d.name.es,
    description: d.description.es,
    url: new URL(routes.calendarEntry(d.id), siteUrl).href,
  })),
  { calendarName: `${es['site.name']}: ${es['calendar.title']}`, firstYear: 2026 },
);
export const glossaryTerms = glossary;
