import { locales, type Locale } from '../../i18n/locales';

/**
 * Peru's spelling of the ninth month: "setiembre", as the State writes it and the site does
 * everywhere. Intl prints "septiembre" for plain "es" and in some versions of its data for
 * "es-PE", so every date this module writes goes through here.
 */
export const setiembre = (text: string): string => text.replace(/\b([Ss])eptiembre\b/g, '$1etiembre');

/** A date as readers of a language write it ("15 de junio de 2017"). Dates are days, kept in UTC. */
export function formatDate(date: Date, locale: Locale): string {
  return setiembre(dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date));
}

/**
 * Intl formatters, made once per locale and options and kept: making one costs far more than using
 * it, and the build formats dates and sizes on every page.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function kept<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let made = formatters.get(key) as T | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}
const dateFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  kept(`date:${locale}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locales[locale].intl, options));
const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions) =>
  kept(`number:${locale}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(locales[locale].intl, options));

/** A partial date of a timeline ("2017", "2017-10", "2017-06-15") in words. */
export function formatPartialDate(when: string, locale: Locale): string {
  const [year, month, day] = when.split('-').map(Number);
  if (!month) return String(year);
  const date = new Date(Date.UTC(year ?? 0, month - 1, day ?? 1));
  return setiembre(
    day
      ? dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
      : dateFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date),
  );
}

/** The date part of an ISO timestamp, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The newest of several dates. */
export function newest(dates: Date[]): Date | undefined {
  return dates.reduce<Date | undefined>((a, b) => (!a || b > a ? b : a), undefined);
}

/** A date known to the day or only to the month. */
export function formatDateAs(date: Date, precision: 'day' | 'month', locale: Locale): string {
  return precision === 'month' ? formatPartialDate(isoDay(date).slice(0, 7), locale) : formatDate(date, locale);
}

/** The `datetime` value of a date known to the day or only to the month ("2017-10"). */
export function isoDateAs(date: Date, precision: 'day' | 'month'): string {
  return isoDay(date).slice(0, precision === 'month' ? 7 : 10);
}

/** A file size as readers see it on a download link: "850 B", "212 KB", "1,4 MB" (1 KB = 1024 bytes). */
export function formatBytes(bytes: number, locale: Locale): string {
  const number = (n: number, digits: number) =>
    numberFormat(locale, { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024), 0)} KB`;
  return `${number(Math.round((bytes / (1024 * 1024)) * 10) / 10, 1)} MB`;
}

/** Fills "{name}" placeholders of an interface string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
