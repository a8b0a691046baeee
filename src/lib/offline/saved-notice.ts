/**
 * "Guardada en este equipo el …": the line the service worker puts at the top of a page it shows
 * from the device instead of the network (offline, or on a line too slow to answer), so nobody
 * follows an old protocol version believing it current. Client-safe: the worker bundles it, and the
 * build (src/integrations/service-worker.ts) gives it each language's words and date forms.
 */
// The look of the site's other notices, so it looks like them.
import { NOTICE_CLASS } from '../text/notice-class';

/** One language's notice, as the build hands it to the worker. */
export interface SavedNoticeWords {
  /** The line with the day it was saved: "Página guardada en este equipo el {date}. …". */
  dated: string;
  /** The line when the stored copy does not say when it came (no Date header). */
  undated: string;
  /** The date as the language writes it, one form per month, with {d} for the day and {y} for the year. */
  months: string[];
}


/**
 * The date forms of a language, from how it writes the 15th of each month of 2000 (a day and a
 * year that appear once in any form): "15 de enero de 2000" → "{d} de enero de {y}".
 */
export function monthForms(format: (date: Date) => string): string[] {
  return Array.from({ length: 12 }, (_, month) => {
    const written = format(new Date(Date.UTC(2000, month, 15)));
    const form = written.replace('2000', '{y}').replace('15', '{d}');
    if (!form.includes('{y}') || !form.includes('{d}')) {
      throw new Error(`saved-page notice: the date "${written}" shows neither its day (15) nor its year (2000) as digits; monthForms (src/lib/offline/saved-notice.ts) cannot make a form of it`);
    }
    return form;
  });
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The notice for a copy saved at `saved` (an HTTP date; the day is the device's own), or the
 * undated line when there is no such date.
 */
export function savedNoticeText(words: SavedNoticeWords, saved: string | null): string {
  const when = saved ? new Date(saved) : undefined;
  if (!when || Number.isNaN(when.getTime())) return words.undated;
  const form = words.months[when.getMonth()] ?? words.months[0] ?? '';
  const date = form.replace('{d}', String(when.getDate())).replace('{y}', String(when.getFullYear()));
  return words.dated.replace('{date}', date);
}

/**
 * The page with the notice first in its main content. A page without a <main> (none of the site's)
 * is returned as it is.
 */
export function withSavedNotice(html: string, text: string): string {
  const main = /<main\b[^>]*>/.exec(html);
  if (!main) return html;
  const at = main.index + main[0].length;
  const notice = `<p data-saved-notice role="note" class="${NOTICE_CLASS}">${escapeHtml(text)}</p>`;
  return html.slice(0, at) + notice + html.slice(at);
}
