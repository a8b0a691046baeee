/**
 * Pagefind on demand, on a large site. Before it can rank anything, Pagefind needs its script, its
 * entry file, the WebAssembly and the language's metadata, which lists every page of the
 * language: about 64 KB brotli on this site, but about 95 KB at 3,000 synthetic entries (3,210
 * Spanish pages), more than a first query's whole budget of 90 KB (docs/phone.md). Where those
 * files alone would leave a query less than QUERY_SHARE of its budget, the build makes the
 * language's search page wait for the reader's ask:
 *
 * - the page gets no preload hints for Pagefind (src/lib/search/preload.ts), and the header's
 *   search box prefetches nothing for that language (the list of `prefetchList`);
 * - it gets a button "Ver todos los resultados, con extractos (más de N KB)" and the status line
 *   of a first answer (`data-first-only`): a query whose first answer (src/lib/search/first-answer/)
 *   fills a page of results shows those, and Pagefind comes only when the reader presses the
 *   button or ticks a filter (src/components/search/search.ts); a query the first answer cannot
 *   fill a page for still loads Pagefind at once, so no reader is left without results.
 *
 * The sizes are those a browser is sent: brotli (Pagefind's own files unpacked first, as the
 * precompressed copies are made: src/lib/compression/precompress.mjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotli, isPagefindBinary } from '../compression/compress.mjs';
import { unpackPagefind } from '../compression/precompress.mjs';
import { escapeXml } from '../text/xml';
import { useStrings } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import type { PagefindEntry } from './preload';

/** A first query's budget (issue 6, tests/e2e/search.test.ts). */
export const FIRST_QUERY_BYTES = 90 * 1024;
/**
 * What a first query needs besides Pagefind's fixed files: the index chunks of its words, four
 * fragments, the first answer's files and the search script. On this site that is 10 KB for a
 * word and 18 KB for the heaviest sentence measured (docs/phone.md), so the fixed files may take
 * at most 70 KB.
 */
export const QUERY_SHARE = 20 * 1024;

/** The files every first search of a language needs before Pagefind can rank, relative to its folder. */
export function fixedFiles(entry: PagefindEntry, lang: string): string[] {
  const language = entry.languages[lang];
  if (!language) return [];
  return ['pagefind.js', 'pagefind-entry.json', `wasm.${language.wasm ?? 'unknown'}.pagefind`, `pagefind.${language.hash}.pf_meta`];
}

/** The bytes a browser accepting brotli is sent for a file of Pagefind's folder. */
export function servedBytes(file: string): number {
  if (!existsSync(file)) throw new Error(`search on demand: ${file} is missing; Pagefind has not written its files?`);
  const data = readFileSync(file);
  const copy = brotli(isPagefindBinary(file) ? unpackPagefind(data, file) : data);
  return Math.min(data.length, copy.length);
}

/** For each language of the index whose fixed files leave a query less than QUERY_SHARE: those files' bytes. */
export function onDemandLanguages(bundle: string, entry: PagefindEntry, share = QUERY_SHARE): Map<string, number> {
  const later = new Map<string, number>();
  for (const lang of Object.keys(entry.languages)) {
    const bytes = fixedFiles(entry, lang).reduce((sum, file) => sum + servedBytes(join(bundle, file)), 0);
    if (bytes > FIRST_QUERY_BYTES - share) later.set(lang, bytes);
  }
  return later;
}

/**
 * A language's built search page made to wait for the reader's ask: the status line of a first
 * answer on [data-search-app], and the button (hidden until a first answer is shown) after
 * "Ver más resultados". `bytes`: what Pagefind's fixed files cost, shown on the button.
 */
export function withPagefindOnDemand(html: string, locale: Locale, bytes: number): string {
  const t = useStrings(locale);
  const more = /<button [^>]*data-search-more[^>]*>[^<]*<\/button>/.exec(html);
  if (!html.includes('<div data-search-app') || !more) throw new Error('search on demand: the search page has no [data-search-app] with its [data-search-more] button');
  const label = t('search.full').replaceAll('{kb}', String(Math.floor(bytes / 1024)));
  const button = more[0].replace('data-search-more', 'data-search-full').replace(/>[^<]*<\/button>$/, `>${escapeXml(label)}</button>`);
  return html
    .replace('<div data-search-app', `<div data-search-app data-first-only="${escapeXml(t('search.firstOnly'))}"`)
    .replace(more[0], `${more[0]}${button}`);
}

/**
 * What the header's search box prefetches when it gets focus (src/components/search/prefetch.ts),
 * per language as pages name it in `lang` ("es", "quz"): Pagefind's fixed files, addresses from
 * the site's root; none for a language whose Pagefind waits for the reader.
 */
export function prefetchList(entry: PagefindEntry, base: string, later: Map<string, number>): Record<string, string[]> {
  return Object.fromEntries(Object.keys(entry.languages).map((lang) => [lang, later.has(lang) ? [] : fixedFiles(entry, lang).filter((file) => file !== 'pagefind-entry.json').map((file) => `${base}${file}`)]));
}
