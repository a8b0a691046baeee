/**
 * What a first search needs, named in the search page itself, so the browser fetches it all while
 * the page arrives instead of one file after another (each a round trip on a 2G line): Pagefind's
 * script, its entry file, the WebAssembly and the index metadata of the page's language. The names
 * of the last two carry hashes known only once Pagefind has run, so the build adds these hints to
 * the built search pages (src/integrations/pagefind.ts).
 */
import { createHash } from 'node:crypto';

export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/**
 * The tag of a build's index: Pagefind asks for its entry file as `pagefind-entry.json?ts=<tag>`,
 * the time of the request unless its `metaCacheTag` option names a tag. With the tag the preload
 * can name the very address Pagefind will ask for; it changes whenever the entry (and so the index)
 * changes, so a cached entry of an older build is never read.
 */
export function entryTag(entryJson: string): string {
  return createHash('sha256').update(entryJson).digest('hex').slice(0, 12);
}

/**
 * The preload hints for a language's first search (`lang` as Pagefind names it: "es", "quz").
 * The entry's hint carries `data-pagefind-tag`, which the search script passes to Pagefind as
 * `metaCacheTag` (src/components/search/search.ts).
 */
export function searchPreloads(entry: PagefindEntry, lang: string, base: string, tag: string): string {
  const language = entry.languages[lang];
  if (!language) return '';
  // Pagefind fetches these with fetch(): `crossorigin` makes the preload match that request.
  const fetched = (file: string, extra = '') => `<link rel="preload" href="${base}${file}" as="fetch" crossorigin${extra}>`;
  return [
    `<link rel="modulepreload" href="${base}pagefind.js">`,
    fetched(`pagefind-entry.json?ts=${tag}`, ` data-pagefind-tag="${tag}"`),
    fetched(`pagefind.${language.hash}.pf_meta`),
    // The largest file, needed last of the three: it waits until the page itself has arrived.
    fetched(`wasm.${language.wasm ?? 'unknown'}.pagefind`, ' fetchpriority="low"'),
  ].join('');
}

/**
 * A built page with the hints added at the end of its <body> (preload links are allowed there):
 * the browser finds them as the page finishes arriving, so on a slow line Pagefind's files do not
 * share the bandwidth with the page before it paints. The page unchanged when there are no hints.
 */
export function withPreloads(html: string, hints: string): string {
  if (!hints) return html;
  const at = html.lastIndexOf('</body>');
  if (at < 0) throw new Error('search preload: the search page has no </body>');
  return `${html.slice(0, at)}${hints}${html.slice(at)}`;
}
