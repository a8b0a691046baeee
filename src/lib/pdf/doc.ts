/** What every PDF of the site shares besides its writer (./tagged/): page labels, dates, the text colour. */
import { setiembre } from '../text/format';

export const TEXT_COLOR = '#000000';

/** "Página {x} de {y}" → "Página 2 de 7". */
export function pageLabel(template: string, page: number, pages: number): string {
  return template.replace(/\{x\}/g, () => String(page)).replace(/\{y\}/g, () => String(pages));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A day as a long date in the document's language, read in UTC (one formatter per language). */
export function formatDay(date: Date, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return setiembre(format.format(date));
}
