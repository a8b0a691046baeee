/**
 * The right page first (issue 25): the queries of content/data/search-relevance.yaml, run on the
 * built site as its search pages run them (Pagefind's own script, WebAssembly and index in Node,
 * the pages' stop words and synonyms, src/lib/search/query.ts), must have a wanted page in the
 * first three for at least 90 % of them; the misses are printed. Also: a tool is one result, under
 * its own name, and the synonyms the search pages carry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { distDir } from '../support/dist';
import { CASES_FILE, MIN_SHARE, formatMisses, formatTable, readCases, runCases, searchPageData, share, type Outcome } from '../../scripts/lib/search-relevance.mjs';
import { inPagefind } from '../../src/lib/search/pagefind-node.mjs';

describe('search relevance', () => {
  let outcomes: Outcome[] = [];
  beforeAll(async () => {
    outcomes = await runCases(distDir(), readCases(join(import.meta.dirname, '..', '..', CASES_FILE)));
  }, 120_000);

  test('the set has at least 40 queries, in both search pages', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(40);
    expect(new Set(outcomes.map((o) => o.page))).toEqual(new Set(['/buscar/', '/qu/buscar/']));
  });

  test(`at least ${MIN_SHARE * 100} % have a wanted page in the first three`, () => {
    const misses = formatMisses(outcomes);
    if (misses) console.log(`Search relevance: ${outcomes.filter((o) => o.rank === 0).length} misses\n${misses}`);
    expect(share(outcomes), `${formatTable(outcomes)}\n\n${misses}`).toBeGreaterThanOrEqual(MIN_SHARE);
  });

  test('the queries of issue 25 find the page they mean in the first three', () => {
    const rank = (q: string) => outcomes.find((o) => o.q === q && o.page === '/buscar/');
    for (const q of ['me ofrecieron trabajo en Lima', 'oferta de trabajo', 'turismo hoteles']) {
      const outcome = rank(q);
      expect(outcome, `${q} is in ${CASES_FILE}`).toBeDefined();
      expect(outcome?.rank, `${q}: ${outcome?.top.map((r) => r.url).join(', ')}`).toBeGreaterThan(0);
    }
  });
});

describe('what the search finds', () => {
  const search = async (page: string, queries: string[], top = 10) => {
    const { lang, stopWords, synonyms } = searchPageData(distDir(), page);
    return inPagefind(distDir(), lang, { queries, stopWords, synonyms, top });
  };

  test('a tool is one result: a question asked only in one of its steps finds the start page, under the tool\'s name', async () => {
    // "¿El trabajo es en otra ciudad…?" is a later step of the tool, not its start page.
    const [found = []] = await search('/buscar/', ['trabajo otra ciudad lejos familia']);
    const tool = found.filter((r) => r.url.startsWith('/herramientas/oferta-o-trampa/'));
    expect(tool.map((r) => r.url)).toEqual(['/herramientas/oferta-o-trampa/']);
    expect(tool[0]?.title).toBe('¿Oferta de trabajo o trampa?');
  });

  test('no step of a tool is indexed on its own, in either language', async () => {
    for (const page of ['/buscar/', '/qu/buscar/']) {
      const results = (await search(page, ['herramienta', 'trabajo', 'llamk\'ay', 'DEMUNA', '1818'], 50)).flat();
      expect(results.length, page).toBeGreaterThan(0);
      expect(results.filter((r) => /\/herramientas\/[^/]+\/[^/]+\/$/.test(r.url)), page).toEqual([]);
    }
  });

  test('each language\'s search page carries its synonyms: only words its index finds are searched for', () => {
    const es = searchPageData(distDir(), '/buscar/').synonyms;
    expect(es).toMatch(/(^|;)hospedaje\|hotel\|/);
    // No Spanish page says "yachay wasi": typed, it leads to "escuela"; it is never searched for.
    expect(es).toContain('~yachay wasi');
    const qu = searchPageData(distDir(), '/qu/buscar/').synonyms;
    expect(qu).toMatch(/llamk'ay/);
    expect(readFileSync(join(distDir(), 'buscar', 'index.html'), 'utf8')).toMatch(/<div data-search-app data-synonyms="/);
  });
});
