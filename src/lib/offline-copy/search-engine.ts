/**
 * The offline copy's search: the small part of Pagefind's JS API that the search page's own script
 * (src/components/search/search.ts) calls, `options()` and `search(query, { filters })`, answered
 * from an index the copy loads with a plain <script> (Pagefind's files cannot be read from file://).
 * Browser-safe and free of the DOM, so the unit tests run it in Node.
 *
 * A page matches when it holds every word of the query: a word matches the words of the page that
 * begin with it (accents and case aside, a final "s"/"es" dropped, so "niños" finds "niño" and
 * "prot" finds "protección"). Words in the title weigh most, then headings, then the text.
 */

/** One page of the index, as the build writes it (src/lib/offline-copy/search-index.ts). */
export interface IndexPage {
  /** Its file, relative to the copy's root: "protocolos/ruta/index.html". */
  u: string;
  /** Title. */
  t: string;
  /** Headings (h2–h6). */
  h: string[];
  /** Its own text (what Pagefind would index: data-pagefind-body less data-pagefind-ignore). */
  x: string;
  /** Filters (data-pagefind-filter), e.g. { tipo: ['Protocolo'] }. */
  f: Record<string, string[]>;
  /** Metadata (data-pagefind-meta), e.g. { version: '2.0' }. */
  m: Record<string, string>;
}

export interface IndexFile {
  /** The `lang` of its pages ("es", "quz"). */
  lang: string;
  pages: IndexPage[];
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

type Filters = Record<string, { any?: string[] } | string[] | string>;

const WEIGHT = { title: 8, heading: 3, text: 1 } as const;
/** Occurrences in the text counted at most this often, so one long page does not bury the rest. */
const MAX_TEXT_HITS = 12;
/** Words of an excerpt, as Pagefind's `excerptLength` option the search page asks for. */
const DEFAULT_EXCERPT_WORDS = 24;

/** A word as compared: no accents, lower case, one kind of apostrophe. */
export function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`´]/g, "'");
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The words of a text, compared plain. */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map(plain);
}

/** The start a page's word must have to match a query word: "niños" → "nino", "protecciones" → "proteccion". */
export function stem(word: string): string {
  return word.replace(/^(.{4,})es$|^(.{3,})s$/u, '$1$2');
}

// Its own escaper, not src/lib/text/xml.ts: this file is bundled into the offline copy's browser
// script, and xml.ts's lookbehind patterns would stop the whole script parsing in Safari before 16.4.
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page's words, compared plain, by where they stand. */
export interface Prepared {
  page: IndexPage;
  title: string[];
  headings: string[];
  text: string[];
}

/** A page's words, ready to be scored. */
export const prepare = (page: IndexPage): Prepared => ({ page, title: words(page.t), headings: words(page.h.join(' ')), text: words(page.x) });

/**
 * How many times each field holds a word: a page's score for a query word is
 * fieldScore(title, headings, text), summed over the query's words; 0 when the page lacks one.
 * (The site's first answer, src/lib/search/first-answer/, weighs the title as Pagefind does there.)
 */
export const fieldScore = (title: number, headings: number, text: number, titleWeight: number = WEIGHT.title): number =>
  title * titleWeight + headings * WEIGHT.heading + Math.min(text, MAX_TEXT_HITS) * WEIGHT.text;

function hits(list: string[], start: string): number {
  let n = 0;
  for (const word of list) if (word.startsWith(start)) n += 1;
  return n;
}

function passes(page: IndexPage, filters: Filters | undefined): boolean {
  for (const [name, wanted] of Object.entries(filters ?? {})) {
    const values = typeof wanted === 'string' ? [wanted] : Array.isArray(wanted) ? wanted : (wanted.any ?? []);
    if (values.length === 0) continue;
    const has = page.f[name] ?? [];
    if (!values.some((value) => has.includes(value))) return false;
  }
  return true;
}

/**
 * An excerpt of about `length` words of the text around the first word that matches, HTML-escaped,
 * each matching word in <mark> (as Pagefind's excerpts are).
 */
export function excerpt(text: string, starts: string[], length = DEFAULT_EXCERPT_WORDS): string {
  const parts = text.split(/\s+/).filter(Boolean);
  const matches = (part: string) => words(part).some((word) => starts.some((start) => word.startsWith(start)));
  const first = Math.max(0, parts.findIndex(matches));
  const from = Math.max(0, Math.min(first - Math.floor(length / 3), parts.length - length));
  return parts
    .slice(from, from + length)
    .map((part) => (matches(part) ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)))
    .join(' ');
}

/** A search over the pages of one language, with Pagefind's `options` and `search`. */
export function createSearch(index: IndexFile, root: string) {
  let prepared: Prepared[] | undefined;
  let excerptLength = DEFAULT_EXCERPT_WORDS;
  const all = () => (prepared ??= index.pages.map(prepare));

  return {
    async options(options: { excerptLength?: number } = {}): Promise<void> {
      if (typeof options.excerptLength === 'number') excerptLength = options.excerptLength;
    },

    async search(query: string, options: { filters?: Filters } = {}): Promise<{ results: Result[] }> {
      const starts = [...new Set(words(query ?? '').map(stem))].filter(Boolean);
      if (starts.length === 0) return { results: [] };
      const results: Result[] = [];
      for (const entry of all()) {
        if (!passes(entry.page, options.filters)) continue;
        let score = 0;
        let everyWord = true;
        for (const start of starts) {
          const found = fieldScore(hits(entry.title, start), hits(entry.headings, start), hits(entry.text, start));
          if (found === 0) {
            everyWord = false;
            break;
          }
          score += found;
        }
        if (!everyWord) continue;
        const { page } = entry;
        results.push({
          id: page.u,
          score,
          data: async () => ({
            url: new URL(page.u, root).href,
            excerpt: excerpt(page.x, starts, excerptLength),
            meta: { title: page.t, ...page.m },
            filters: page.f,
          }),
        });
      }
      return { results: results.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)) };
    },
  };
}

/** The globals the copy's scripts meet at: the index a language's index script sets, the search the engine sets. */
export const INDEX_GLOBAL = 'alianzaOfflineIndex';
export const SEARCH_GLOBAL = 'alianzaOfflineSearch';

/**
 * The module the search page imports in place of pagefind.js (as a data: URL, the one kind of
 * module address a page opened from file:// may import): it hands each call to the engine.
 */
export function moduleSource(): string {
  return `const s=globalThis.${SEARCH_GLOBAL};export const options=(o)=>s.options(o);export const search=(q,o)=>s.search(q,o);`;
}
