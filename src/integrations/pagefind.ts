/**
 * The search index, made inside `astro build` (as Starlight does), so every build has it however
 * it is called: one index per language, from the `lang` of each page. Pages mark their own text
 * with data-pagefind-body; fallback pages (Spanish text under /qu/) have none, so they stay out of
 * the Quechua index. Each page is indexed with its own title, and a tool's steps with its start
 * page (src/lib/search/index-records.ts). Then the word index is split into small chunks, so a
 * search downloads a few KB of it (src/lib/search/pagefind-chunks.mjs says why and how), and each
 * language's search page gets its synonyms (content/data/search-synonyms/, checked when the build
 * starts) and the names of what its first search needs.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { MAX_CHUNK_BYTES, rechunk } from '../lib/search/pagefind-chunks.mjs';
import { indexRecords, type BuiltPage, type IndexRecord } from '../lib/search/index-records';
import { addFirstAnswers } from '../lib/search/first-answer/write';
import { inPagefind } from '../lib/search/pagefind-node.mjs';
import { entryTag, searchPreloads, withPreloads, type PagefindEntry } from '../lib/search/preload';
import { onDemandLanguages, prefetchList, withPagefindOnDemand } from '../lib/search/on-demand';
import { encodeSynonyms, readSynonyms, synonymsFile } from '../lib/search/synonyms';
import { writeSuggestionWords } from '../lib/search/suggest-words';
import { formatProblems } from '../lib/content/problems';
import { contentDir } from '../site';
import { htmlLang, localeCodes, type Locale } from '../i18n/locales';
import * as routes from '../lib/routes/routes';
import { localizePath } from '../lib/routes/urls';

/**
 * Names what each language's first search needs in its search page (src/lib/search/preload.ts),
 * or, where Pagefind's files pass a first query's budget, makes the page wait for the reader's ask
 * (src/lib/search/on-demand.ts); writes the header's prefetch list. Returns the pages changed.
 */
export function preloadSearchPages(dist: string): string[] {
  const entryJson = readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryJson) as PagefindEntry;
  const tag = entryTag(entryJson);
  // Where Pagefind's own files pass a first query's budget, it waits for the reader (src/lib/search/on-demand.ts).
  const later = onDemandLanguages(join(dist, 'pagefind'), entry);
  writeFileSync(join(dist, routes.searchPrefetchList), JSON.stringify(prefetchList(entry, routes.pagefind, later)));
  return localeCodes.flatMap((locale) => {
    const page = join(dist, localizePath(routes.search, locale), 'index.html');
    if (!existsSync(page)) return [];
    const lang = htmlLang(locale);
    const bytes = later.get(lang);
    const html = readFileSync(page, 'utf8');
    writeFileSync(page, bytes === undefined ? withPreloads(html, searchPreloads(entry, lang, routes.pagefind, tag)) : withPagefindOnDemand(html, locale, bytes));
    return [page];
  });
}

/** Every built page of dist/, by the URL Pagefind gives it ("/socios/oit/", "/404.html"). */
function builtPages(dist: string): BuiltPage[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return full === join(dist, 'pagefind') || full === join(dist, '_astro') ? [] : walk(full);
      return name.endsWith('.html') ? [full] : [];
    });
  return walk(dist)
    .sort()
    .map((file) => ({ url: `/${relative(dist, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'), html: readFileSync(file, 'utf8') }));
}

/** Indexes a built site into <dist>/pagefind/ and re-chunks its word index. */
export async function indexSite(dist: string): Promise<{ pages: number; merged: number; chunks: ReturnType<typeof rechunk>; records: IndexRecord[] }> {
  const bundle = join(dist, 'pagefind');
  // Pagefind leaves files of an earlier run beside its own: start clean.
  rmSync(bundle, { recursive: true, force: true });
  const records = indexRecords(builtPages(dist));
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const record of records) {
      const added = await index.addHTMLFile({ url: record.url, content: record.content });
      if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: records.length, merged: records.reduce((n, r) => n + r.merged.length, 0), chunks: rechunk(bundle, MAX_CHUNK_BYTES), records };
  } finally {
    await pagefind.close();
  }
}

/** Every language's synonyms, checked: the build stops on any problem, naming the file, the entry and the fix. */
export function checkedSynonyms(content = contentDir, root = process.cwd()): Map<Locale, { words: string[] }[]> {
  const read = localeCodes.map((locale) => [locale, readSynonyms(synonymsFile(content, locale), root)] as const);
  const problems = read.flatMap(([, r]) => r.problems);
  if (problems.length > 0) {
    const error = new Error(formatProblems(problems));
    error.name = 'SynonymsError';
    throw error;
  }
  return new Map(read.map(([locale, r]) => [locale, r.groups]));
}

/**
 * Gives each language's search page its synonyms (`data-synonyms`, src/lib/search/synonyms.ts),
 * the words no page of its index holds marked as never to be searched for (asked of Pagefind
 * itself, src/lib/search/pagefind-node.mjs). Returns, per language, those words.
 */
export async function addSynonyms(dist: string, synonyms: Map<Locale, { words: string[] }[]>): Promise<Map<Locale, string[]>> {
  const unused = new Map<Locale, string[]>();
  for (const locale of localeCodes) {
    const groups = synonyms.get(locale) ?? [];
    const page = join(dist, localizePath(routes.search, locale), 'index.html');
    if (groups.length === 0 || !existsSync(page)) continue;
    const words = groups.flatMap((g) => g.words);
    const found = await inPagefind(dist, htmlLang(locale), { words });
    const pages = new Map(words.map((word, i) => [word, found[i] ?? 0]));
    unused.set(locale, words.filter((word) => !pages.get(word)));
    const encoded = encodeSynonyms(groups, (word) => pages.get(word) ?? 0).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const html = readFileSync(page, 'utf8');
    if (!html.includes('<div data-search-app')) throw new Error(`search synonyms: ${page} has no [data-search-app]`);
    writeFileSync(page, html.replace('<div data-search-app', `<div data-search-app data-synonyms="${encoded}"`));
  }
  return unused;
}

export function pagefindIndex(): AstroIntegration {
  let synonyms: Map<Locale, { words: string[] }[]> | undefined;
  return {
    name: 'alianza:pagefind',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') synonyms = checkedSynonyms();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const dist = fileURLToPath(dir);
        const { pages, merged, chunks, records } = await indexSite(dist);
        const first = addFirstAnswers(dist, records);
        const indexed = Date.now();
        const unused = await addSynonyms(dist, synonyms ?? checkedSynonyms());
        preloadSearchPages(dist);
        writeSuggestionWords(dist);
        const split = Object.entries(chunks).map(([lang, c]) => `${lang} ${c.before} → ${c.after}`).join(', ');
        logger.info(`${pages} pages indexed into pagefind/ (${merged} tool steps with their tool), word index in chunks of ≤ ${MAX_CHUNK_BYTES} bytes (${split}) and a first-answer index (${[...first].map(([lang, f]) => `${lang} ${f.files} files`).join(', ')}) in ${((indexed - started) / 1000).toFixed(1)}s; synonyms checked against it in ${((Date.now() - indexed) / 1000).toFixed(1)}s`);
        for (const [locale, words] of unused) {
          if (words.length > 0) logger.info(`search synonyms (${locale}): no page holds ${words.map((w) => `"${w}"`).join(', ')}; typed, they lead to the other words of their group`);
        }
      },
    },
  };
}
