// @ts-check
// The relevance check of the search: the queries of content/data/search-relevance.yaml, each run
// on a built site as its search page runs it (Pagefind's own script, WebAssembly and index, the
// page's stop words and synonyms, the same query code: src/lib/search/pagefind-node.mjs), and
// whether a page wanted first is among the first three. `npm run search:check` prints the table;
// tests/build/search-relevance.test.ts requires at least MIN_SHARE of hits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { inPagefind } from '../../src/lib/search/pagefind-node.mjs';

/** The share of queries that must have a wanted page in the first three. */
export const MIN_SHARE = 0.9;
/** How many results count. */
export const TOP = 3;

export const CASES_FILE = 'content/data/search-relevance.yaml';

/**
 * @typedef {{ q: string, want: string[], page: string, why?: string }} Case one query typed in a search page
 * @typedef {Case & { top: { url: string, title: string }[], rank: number }} Outcome rank: 1–3 of the first wanted page, 0 if none is in the first three
 */

/**
 * The cases, by search page: the file maps a search page ("/buscar/", "/qu/buscar/") to its list of
 * { q, want, why }. Throws with the entry and the fix on a malformed one.
 * @param {string} file @returns {Case[]}
 */
export function readCases(file) {
  const data = parse(readFileSync(file, 'utf8'));
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: must map each search page (e.g. /buscar/) to its list of queries`);
  return Object.entries(data).flatMap(([page, list]) => {
    if (!Array.isArray(list)) throw new Error(`${file}: ${page} must hold a list of queries, each "- q: …" with "want: [...]"`);
    return list.map((entry, i) => {
      const where = `${file}: ${page}[${i}]`;
      if (typeof entry?.q !== 'string' || !entry.q.trim()) throw new Error(`${where}: q (the query, as a reader types it) is missing`);
      const want = typeof entry.want === 'string' ? [entry.want] : entry.want;
      if (!Array.isArray(want) || want.length === 0 || !want.every((w) => typeof w === 'string' && w.startsWith('/'))) {
        throw new Error(`${where} ("${entry.q}"): want must be the address of the page (or a list of them) that should come first, like /herramientas/oferta-o-trampa/`);
      }
      return { q: entry.q, want, page, ...(entry.why ? { why: String(entry.why) } : {}) };
    });
  });
}

const unescape = (/** @type {string} */ s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * What a built search page gives its script: its language (Pagefind's index), stop words and synonyms.
 * @param {string} dist @param {string} page
 */
export function searchPageData(dist, page) {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const attr = (/** @type {string} */ name) => {
    const m = new RegExp(`<div data-search-app[^>]*\\s${name}="([^"]*)"`).exec(html);
    return m?.[1] === undefined ? undefined : unescape(m[1]);
  };
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  if (!lang || !html.includes('data-search-app')) throw new Error(`${page}: not a search page of ${dist}`);
  return { lang, stopWords: attr('data-stop-words') ?? '', synonyms: attr('data-synonyms') ?? '' };
}

/**
 * Runs every case on the site built in `dist`.
 * @param {string} dist @param {Case[]} cases @returns {Promise<Outcome[]>}
 */
export async function runCases(dist, cases) {
  const pages = [...new Set(cases.map((c) => c.page))];
  /** @type {Map<Case, Outcome>} */
  const outcomes = new Map();
  await Promise.all(
    pages.map(async (page) => {
      const mine = cases.filter((c) => c.page === page);
      const { lang, stopWords, synonyms } = searchPageData(dist, page);
      const ranked = await inPagefind(dist, lang, { queries: mine.map((c) => c.q), stopWords, synonyms, top: TOP });
      mine.forEach((c, i) => {
        const top = ranked[i] ?? [];
        outcomes.set(c, { ...c, top, rank: top.findIndex((r) => c.want.includes(r.url)) + 1 });
      });
    }),
  );
  return cases.map((c) => /** @type {Outcome} */ (outcomes.get(c)));
}

/** The share of outcomes with a wanted page in the first three. @param {Outcome[]} outcomes */
export const share = (outcomes) => (outcomes.length === 0 ? 0 : outcomes.filter((o) => o.rank > 0).length / outcomes.length);

/** The misses, one block each: the query, what was wanted, what came first. @param {Outcome[]} outcomes */
export function formatMisses(outcomes) {
  return outcomes
    .filter((o) => o.rank === 0)
    .map((o) => `«${o.q}» (${o.page}) wanted ${o.want.join(' or ')}; first came:\n${o.top.map((r, i) => `  ${i + 1}. ${r.url}  ${r.title}`).join('\n') || '  nothing'}`)
    .join('\n');
}

/** The table `npm run search:check` prints. @param {Outcome[]} outcomes */
export function formatTable(outcomes) {
  const width = Math.min(44, Math.max(...outcomes.map((o) => o.q.length + o.page.length - 5)));
  const cut = (/** @type {string} */ s, /** @type {number} */ n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
  const rows = outcomes.map((o) => {
    const page = o.page === '/buscar/' ? '' : `${o.page.replace(/buscar\/$/, '')} `;
    const first = o.top[0]?.url ?? '(nothing)';
    return `${o.rank > 0 ? `${o.rank}  ` : '-  '} ${cut(`${page}${o.q}`, width)}  ${cut(first, 46)} ${o.rank === 0 ? `wanted ${o.want.join(' | ')}` : ''}`.trimEnd();
  });
  const hits = outcomes.filter((o) => o.rank > 0).length;
  return [
    `#   ${'query'.padEnd(width)}  first result`,
    ...rows,
    '',
    `${hits} of ${outcomes.length} queries (${Math.round(share(outcomes) * 100)} %) have a wanted page in the first ${TOP}; at least ${Math.round(MIN_SHARE * 100)} % are required.`,
  ].join('\n');
}
