/**
 * The search index, made inside `astro build` (as Starlight does), so every build has it however
 * it is called: one index per language, from the `lang` of each page. Pages mark their own text
 * with data-pagefind-body; fallback pages (Spanish text under /qu/) have none, so they stay out of
 * the Quechua index. Then the word index is split into small chunks, so a search downloads a few
 * KB of it (src/lib/search/pagefind-chunks.mjs says why and how).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { MAX_CHUNK_BYTES, rechunk } from '../lib/search/pagefind-chunks.mjs';
import { entryTag, searchPreloads, withPreloads, type PagefindEntry } from '../lib/search/preload';
import { htmlLang, localeCodes } from '../i18n/locales';
import * as routes from '../lib/routes/routes';
import { localizePath } from '../lib/routes/urls';

/**
 * Names what each language's first search needs in its search page (src/lib/search/preload.ts).
 * Returns the pages changed.
 */
export function preloadSearchPages(dist: string): string[] {
  const entryJson = readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryJson) as PagefindEntry;
  const tag = entryTag(entryJson);
  return localeCodes.flatMap((locale) => {
    const page = join(dist, localizePath(routes.search, locale), 'index.html');
    if (!existsSync(page)) return [];
    writeFileSync(page, withPreloads(readFileSync(page, 'utf8'), searchPreloads(entry, htmlLang(locale), routes.pagefind, tag)));
    return [page];
  });
}

/** Indexes a built site into <dist>/pagefind/ and re-chunks its word index. */
export async function indexSite(dist: string): Promise<{ pages: number; chunks: ReturnType<typeof rechunk> }> {
  const bundle = join(dist, 'pagefind');
  // Pagefind leaves files of an earlier run beside its own: start clean.
  rmSync(bundle, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count, chunks: rechunk(bundle, MAX_CHUNK_BYTES) };
  } finally {
    await pagefind.close();
  }
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'alianza:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const { pages, chunks } = await indexSite(fileURLToPath(dir));
        preloadSearchPages(fileURLToPath(dir));
        const split = Object.entries(chunks).map(([lang, c]) => `${lang} ${c.before} → ${c.after}`).join(', ');
        logger.info(`${pages} pages indexed into pagefind/, word index in chunks of ≤ ${MAX_CHUNK_BYTES} bytes (${split}) in ${((Date.now() - started) / 1000).toFixed(1)}s`);
      },
    },
  };
}
