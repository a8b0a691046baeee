/**
 * Search: accents, languages, sentences with a word no page holds, synonyms, filters, the
 * no-JavaScript fallback, the transfer budget of a first query (plain, falling back to some of its
 * words, or widened by synonyms) measured in Chromium, and axe with results shown.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { brotli } from '../../src/lib/compression/compress.mjs';
import { formatViolations, runAxe, siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();

/**
 * The links of the results shown once Pagefind has answered: the page says how many it found, then
 * shows up to four of them, each with its excerpt, besides any the first answer showed before
 * (those stay in their place: src/components/search/first-answer.ts).
 */
async function results(page: Page): Promise<string[]> {
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/\d|No hay|Manam/);
  const found = Number(/\d+/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[0] ?? 0);
  await expect.poll(() => page.locator('[data-search-results] li:not([data-first])').count(), { timeout: 15_000 }).toBe(Math.min(found, 4));
  return page.locator('[data-search-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** The search page's own script, inline. */
const searchScript = (page: Page) => page.locator('script[type="module"]').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? '').find((t) => t.includes('data-search-app')) ?? '');

/** Bytes that travelled over the wire (compressed), per URL, from Chromium's network events. */
async function measure(page: Page): Promise<() => Map<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  const sizes = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => sizes.set(urls.get(e.requestId) ?? e.requestId, e.encodedDataLength));
  return () => sizes;
}

describe('search', () => {
  test('finds "protección" when typed without the accent, and with it', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/buscar/?q=proteccion'));
    const without = await results(page);
    expect(without.length).toBeGreaterThan(0);
    await page.goto(siteUrl('/buscar/?q=protección'));
    expect((await results(page)).length).toBeGreaterThan(0);
    await expect(page.locator('[data-search-results] mark').count()).resolves.toBeGreaterThan(0);
  });

  test('the header form leads to results', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/regiones/'));
    await page.locator('header form[role="search"] input[name="q"]').fill('DEMUNA');
    await page.locator('header form[role="search"] button').click();
    expect((await results(page)).length).toBeGreaterThan(0);
  });

  test('a Quechua word finds the Quechua page, and Spanish-only text is not found from the Quechua search', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/qu/buscar/?q=wawakunata'));
    const found = await results(page);
    expect(found.length).toBeGreaterThan(0);
    for (const href of found) expect(href.startsWith('/qu/')).toBe(true);
    // "UDAVIT" appears only in Spanish texts (a fallback page shows it under /qu/).
    await page.goto(siteUrl('/qu/buscar/?q=primer+di%C3%A1logo+anual'));
    for (const href of await results(page)) expect(href).not.toContain('/qu/noticias/primer-dialogo-anual-2020/');
  });

  test('a region filter narrows the results', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/buscar/?q=trata'));
    const all = await results(page);
    await page.goto(siteUrl('/buscar/?q=trata&region=Loreto'));
    const loreto = await results(page);
    expect(loreto.length).toBeGreaterThan(0);
    expect(await page.locator('input[name="region"][value="Loreto"]').isChecked()).toBe(true);
    const count = async () => Number(/\d+/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[0] ?? 0);
    const inLoreto = await count();
    await page.goto(siteUrl('/buscar/?q=trata'));
    await results(page);
    expect(await count()).toBeGreaterThan(inLoreto);
    expect(all.length).toBeGreaterThan(0);
  });

  test('without JavaScript, the page says so and links the A–Z index and each of its sections, with their sizes', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/buscar/?q=trata'));
    await expect(page.locator('[data-search-fallback]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-search-app]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-search-fallback] a[href="/indice/"]').count()).resolves.toBe(1);
    // One line per section of the index (a few, however large the site grows), each saying how many pages it has.
    const sections = await page.locator('[data-search-fallback] li').evaluateAll((items) =>
      items.map((li) => ({ href: li.querySelector('a')?.getAttribute('href') ?? '', text: li.textContent?.replace(/\s+/g, ' ').trim() ?? '' })),
    );
    expect(sections.length).toBeGreaterThanOrEqual(5);
    expect(sections.length).toBeLessThanOrEqual(9);
    expect(sections[0]).toEqual({ href: '/indice/#tipo-protocolo', text: expect.stringMatching(/^Protocolo \(\d+\)$/) });
    // Each count is the number of pages in its section of the index, and following the link lands on it.
    await page.goto(siteUrl('/indice/'));
    for (const { href, text } of sections) {
      const id = href.split('#')[1] ?? '';
      expect(await page.locator(`#${id}`).textContent(), href).toBe(text.replace(/ \(\d+\)$/, ''));
      expect(`(${await page.locator(`section:has(> #${id}) li`).count()})`, href).toBe(/\(\d+\)$/.exec(text)?.[0]);
    }
    await page.close();
  });

  // Issue 6: a first query transfers at most 90 KB in all, each further one at most 15 KB. The
  // sums are Chromium's encoded bytes (body and headers as they travelled, brotli from the test
  // server's .br copies) of Pagefind's files and ours (the first answer's among them, under
  // /pagefind/first/), plus our search script, which is inlined in /buscar/ and counted at its
  // brotli size. The further query's word lies in another chunk of
  // the index than the first's, so it must download one: the costly case.
  test('a sentence whose words no one page holds still finds pages, ranked by the words they hold, and says so, in both languages', async () => {
    const page = await browser.newPage();
    for (const [path, message] of [
      ['/buscar/?q=me ofrecieron trabajo en Lima', /^No encontramos todas las palabras de «me ofrecieron trabajo en Lima»; estos \d+ resultados tienen algunas/],
      ['/qu/buscar/?q=yachachiq Loreto internetpi', /^«yachachiq Loreto internetpi» nisqapi llapan simikunata manam tarirqaykuchu; kay \d+ tarisqakunapi/],
    ] as const) {
      await page.goto(siteUrl(path));
      expect((await results(page)).length, path).toBeGreaterThan(0);
      expect(await page.locator('[data-search-status]').textContent(), path).toMatch(message);
    }
    // A query every word of which one page holds gets the plain count.
    await page.goto(siteUrl('/buscar/?q=trata'));
    expect((await results(page)).length).toBeGreaterThan(0);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^\d+ resultados$/);
    await page.close();
  });

  test('a synonym finds the page that uses the other word: "hotel" the checklist of tourism and lodging ("hospedajes"), "trabajo" in Quechua the Quechua pages ("llamk\'ay")', async () => {
    const page = await browser.newPage();
    for (const [path, wanted] of [
      ['/buscar/?q=turismo hoteles', '/senales-de-alerta/turismo/'],
      ['/buscar/?q=hotel', '/senales-de-alerta/turismo/'],
      ['/qu/buscar/?q=trabajo', '/qu/herramientas/oferta-o-trampa/'],
    ] as const) {
      await page.goto(siteUrl(path));
      expect(await results(page), path).toContain(wanted);
    }
    // The synonyms come with the search page, as the build kept them (only words the index finds are searched).
    expect(await page.locator('[data-search-app]').getAttribute('data-synonyms')).toMatch(/llamk'ay/);
    await page.close();
  });

  test('a tool is one result, its start page, under the tool\'s name', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/buscar/?q=oferta de trabajo'));
    const found = await results(page);
    expect(found).toContain('/herramientas/oferta-o-trampa/');
    expect(found.filter((href) => href.startsWith('/herramientas/oferta-o-trampa/'))).toHaveLength(1);
    await expect(page.locator('[data-search-results] a[href="/herramientas/oferta-o-trampa/"]').textContent()).resolves.toBe('¿Oferta de trabajo o trampa?');
    await page.close();
  });

  // The sentences: five words that fall back to three of them, six words with a synonym phrase
  // ("señal de alerta") and a synonym ("colegio"), the heaviest first queries (docs/search.md).
  for (const q of ['me ofrecieron trabajo en Lima', 'señales de alerta en el colegio', 'turismo hoteles', 'chamba en un hotel']) {
    test(`a first query that falls back to some of its words or is widened by synonyms transfers at most 90 KB, its first answer included: "${q}"`, async () => {
      const page = await browser.newPage();
      const sizes = await measure(page);
      await page.goto(siteUrl(`/buscar/?q=${q}`));
      await results(page);
      await page.waitForTimeout(500);
      const ours = [...sizes()].filter(([u]) => u.includes('/pagefind/'));
      expect(ours.some(([u]) => u.includes('/pagefind/first/')), 'the first answer was asked for').toBe(true);
      const script = brotli(Buffer.from(await searchScript(page))).length;
      const bytes = ours.reduce((a, [, n]) => a + n, script);
      expect(bytes, `${bytes} bytes\n${script}\tsearch script (inline, brotli)\n${ours.map(([u, n]) => `${n}\t${new URL(u).pathname}`).join('\n')}`).toBeLessThanOrEqual(90 * 1024);
      await page.close();
    });
  }

  test('a first query transfers at most 90 KB, a further one with a word in another index chunk at most 15 KB', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/buscar/'));
    const sizes = await measure(page);
    const inline = await searchScript(page);
    // Astro inlines a page's script only below 4,096 bytes (its assetsInlineLimit); above, it
    // becomes a file of its own: one more request before the first search.
    expect(inline, 'the search script inlined in /buscar/ (src/components/search/ and src/lib/search/query.ts must stay under 4,096 bytes minified)').not.toBe('');
    const script = brotli(Buffer.from(inline)).length;
    const search = async (q: string) => {
      await page.locator('#search-q').fill(q);
      await page.locator('[data-search-app] button[type="submit"]').click();
      await results(page);
      await page.waitForTimeout(500);
    };
    const ours = (entries: Iterable<[string, number]>) => [...entries].filter(([u]) => u.includes('/pagefind/') || u.includes('/_astro/'));
    const sum = (entries: [string, number][]) => entries.reduce((a, [, n]) => a + n, 0);
    const report = (entries: [string, number][], extra = '') => `${extra}${entries.map(([u, n]) => `${n}\t${new URL(u).pathname}`).join('\n')}`;
    const chunks = (entries: [string, number][]) => entries.map(([u]) => new URL(u).pathname).filter((p) => p.endsWith('.pf_index'));

    await search('trata');
    const first = ours(sizes());
    const firstBytes = sum(first) + script;
    expect(firstBytes, `first query: ${firstBytes} bytes\n${report(first, `${script}\tsearch script (inline, brotli)\n`)}`).toBeLessThanOrEqual(90 * 1024);
    expect(chunks(first).length, report(first)).toBeGreaterThan(0);
    // Only Pagefind's JS API: never its bundled interfaces, its highlighter or its worker.
    expect(first.map(([u]) => new URL(u).pathname).filter((p) => /pagefind-(ui|modular-ui|component-ui|highlight|worker)/.test(p))).toEqual([]);

    const before = new Set(sizes().keys());
    await search('DEMUNA');
    const further = ours([...sizes()].filter(([u]) => !before.has(u)));
    const newChunks = chunks(further).filter((c) => !chunks(first).includes(c));
    expect(newChunks.length, `"DEMUNA" must be in another index chunk than "trata" (pick another word if the content moved it)\n${report(further)}`).toBeGreaterThan(0);
    const furtherBytes = sum(further);
    expect(furtherBytes, `further query: ${furtherBytes} bytes\n${report(further)}`).toBeLessThanOrEqual(15 * 1024);

    // A further word widened by synonyms ("colegio" is also searched as "escuela" and
    // "institución educativa", each maybe in another chunk) stays within the same budget. (A
    // further sentence costs a chunk for each of its words, as it did before synonyms.)
    const seen = new Set(sizes().keys());
    await search('colegio');
    const widened = ours([...sizes()].filter(([u]) => !seen.has(u)));
    expect(sum(widened), `further query "colegio": ${sum(widened)} bytes\n${report(widened)}`).toBeLessThanOrEqual(15 * 1024);

    // A further sentence: a chunk for each word that matters and its synonyms, the fragments of
    // the first four results (the stop words cost nothing: they are not searched).
    const known = new Set(sizes().keys());
    await search('me ofrecieron trabajo en una agencia de viajes');
    const sentence = ours([...sizes()].filter(([u]) => !known.has(u)));
    expect(sum(sentence), `further query, a sentence: ${sum(sentence)} bytes\n${report(sentence)}`).toBeLessThanOrEqual(15 * 1024);
  });

  test('no axe violations with results shown', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/buscar/?q=DEMUNA'));
    await results(page);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});
