/**
 * What a first search needs, named in the search page itself, so the browser fetches it all while
 * the page arrives instead of one file after another (each a round trip on a 2G line): Pagefind's
 * script, its entry file, the WebAssembly and the index metadata of the page's language. The names
 * of the last two carry hashes known only once Pagefind has run, so the build adds these hints to
 * the built search pages (src/integrations/pagefind.ts).
 */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** The preload hints for a language's first search (`lang` as Pagefind names it: "es", "quz"). */
export function searchPreloads(entry: PagefindEntry, lang: string, base: string): string {
  const language = entry.languages[lang];
  if (!language) return '';
  const fetched = ['pagefind-entry.json', `wasm.${language.wasm ?? 'unknown'}.pagefind`, `pagefind.${language.hash}.pf_meta`];
  return [
    `<link rel="modulepreload" href="${base}pagefind.js">`,
    // Pagefind fetches these with fetch(): `crossorigin` makes the preload match that request.
    ...fetched.map((file) => `<link rel="preload" href="${base}${file}" as="fetch" crossorigin>`),
  ].join('');
}

/** A built page with the hints added at the end of its <head>; the page unchanged when it has none. */
export function withPreloads(html: string, hints: string): string {
  if (!hints) return html;
  const at = html.indexOf('</head>');
  if (at < 0) throw new Error('search preload: the search page has no </head>');
  return `${html.slice(0, at)}${hints}${html.slice(at)}`;
}
