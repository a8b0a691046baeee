/**
 * The words the search page may suggest ("¿Quisiste decir …?", src/lib/search/suggest.ts), made at
 * the end of the build from the built site: the titles of the A–Z index (/indice/, every page worth
 * finding, in its language) and the terms of the glossary (/glosario/, each term in every
 * language), written per language into Pagefind's folder (`words.es.json`), which a search page
 * fetches only when a query finds nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlLang, localeCodes } from '../../i18n/locales';
import * as routes from '../routes/routes';
import { localizePath } from '../routes/urls';
import { suggestionWords, wordsFile } from './suggest';

const decode = (text: string) =>
  text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The titles the A–Z index lists in its own language (a Spanish title shown on a Quechua page carries `lang`, and is left out). */
export function indexTitles(html: string): string[] {
  const start = html.indexOf('data-index-type');
  const main = start < 0 ? '' : html.slice(start, html.indexOf('</main>', start));
  return [...main.matchAll(/<a href="[^"]*">([^<]+)<\/a>/g)].map((m) => decode(m[1] ?? ''));
}

/** The glossary's terms, in every language it gives them, without the "borrador" badge. */
export function glossaryTerms(html: string): string[] {
  return [...html.matchAll(/<dt[^>]*>([\s\S]*?)<\/dt>/g)].map((m) => decode((m[1] ?? '').replace(/<span[^>]*data-draft-term[^>]*>[^<]*<\/span>/g, '')));
}

/** Writes each language's words into `<dist>/pagefind/`; returns how many each has. */
export function writeSuggestionWords(dist: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const locale of localeCodes) {
    const page = (route: string) => join(dist, localizePath(route, locale), 'index.html');
    if (!existsSync(page(routes.azIndex))) continue;
    const glossary = existsSync(page(routes.glossary)) ? glossaryTerms(readFileSync(page(routes.glossary), 'utf8')) : [];
    const words = suggestionWords([...indexTitles(readFileSync(page(routes.azIndex), 'utf8')), ...glossary]);
    writeFileSync(join(dist, 'pagefind', wordsFile(htmlLang(locale))), JSON.stringify(words));
    counts[htmlLang(locale)] = words.length;
  }
  return counts;
}
