/**
 * Pagefind on demand (src/lib/search/on-demand.ts): on a site large enough that Pagefind's own
 * files pass a first query's budget (about 3,000 entries, docs/phone.md), the search page answers
 * from the first answer and loads Pagefind only when the reader asks. This site is small, so its
 * build starts Pagefind by itself; here each search page is served as the build writes it for a
 * large site (the same function, without the preload hints the build then leaves out).
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { withPagefindOnDemand } from '../../src/lib/search/on-demand';
import type { Locale } from '../../src/i18n/locales';
import { formatViolations, runAxe, siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();

/** What the build names as Pagefind's cost at 3,000 entries (docs/phone.md). */
const BYTES = 97_500;

/** Serves /buscar/ and /qu/buscar/ as a large site's build writes them. */
async function largeSite(page: Page): Promise<string[]> {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  const locales: Record<string, Locale> = { '/buscar/': 'es', '/qu/buscar/': 'qu' };
  await page.route(
    (url) => url.pathname in locales,
    async (route: Route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<link rel="(?:module)?preload"[^>]*>/g, '');
      const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !['content-encoding', 'content-length'].includes(name)));
      await route.fulfill({ status: response.status(), headers, body: withPagefindOnDemand(html, locales[new URL(route.request().url()).pathname]!, BYTES) });
    },
  );
  return asked;
}

const pagefindFiles = (asked: string[]) => asked.filter((p) => p.startsWith('/pagefind/') && !p.startsWith('/pagefind/first/'));
const items = (page: Page) => page.locator('ol[data-search-results] li');
const full = (page: Page) => page.locator('[data-search-full]');

describe('Pagefind on demand, on a large site', () => {
  for (const [path, status, label] of [
    ['/buscar/?q=trata', 'Primeros resultados para «trata», sin extractos.', 'Ver todos los resultados, con extractos (descarga de más de 95 KB)'],
    // A sentence whose words and synonyms need seven of the first answer's files: one more than
    // the first answer asks for while Pagefind loads beside it (MAX_FILES), within MAX_FILES_ALONE.
    [
      '/buscar/?q=me ofrecieron trabajo en un hotel de Lima como niñera',
      'Primeros resultados para «me ofrecieron trabajo en un hotel de Lima como niñera», sin extractos.',
      'Ver todos los resultados, con extractos (descarga de más de 95 KB)',
    ],
    ['/qu/buscar/?q=wawa', '«wawa» nisqapaq ñawpaq tarisqakuna (primeros resultados, sin extractos).', 'Llapan tarisqakunata qhaway (95 KB-manta aswan) (ver todos los resultados)'],
  ] as const) {
    test(`${path}: a page of titles from the first answer, no Pagefind file, and a button that says what all results cost`, async () => {
      const page = await browser.newPage();
      const asked = await largeSite(page);
      await page.goto(siteUrl(path));
      await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toBe(status);
      expect(await items(page).count()).toBe(4);
      expect(await page.locator('ol[data-search-results] li[data-first] > a[href^="/"]').count()).toBe(4);
      await expect(full(page).isVisible()).resolves.toBe(true);
      expect((await full(page).textContent())?.trim()).toBe(label);
      await page.waitForTimeout(500);
      expect(pagefindFiles(asked)).toEqual([]);
      expect(asked.filter((p) => p.startsWith('/pagefind/first/')).length).toBeGreaterThan(0);
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      await page.close();
    });
  }

  test('the button loads Pagefind: results with excerpts replace the titles in place, and the next query starts from the first answer again', async () => {
    const page = await browser.newPage();
    const asked = await largeSite(page);
    await page.goto(siteUrl('/buscar/?q=trata'));
    await full(page).waitFor({ state: 'visible', timeout: 15_000 });
    const titles = await page.locator('ol[data-search-results] li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await full(page).click();
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/^\d+ resultados$/);
    await expect.poll(() => page.locator('ol[data-search-results] li:not([data-first]) p mark').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(pagefindFiles(asked)).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.es.pagefind']));
    expect(await full(page).isHidden()).toBe(true);
    // What the first answer showed keeps its place where Pagefind ranks it the same.
    const after = await page.locator('ol[data-search-results] li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(after[0]).toBe(titles[0]);
    await expect(page.locator('[data-search-more]').isVisible()).resolves.toBe(true);

    await page.locator('#search-q').fill('fiscalía');
    await page.locator('[data-search-app] button[type="submit"]').click();
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toBe('Primeros resultados para «fiscalía», sin extractos.');
    await expect(full(page).isVisible()).resolves.toBe(true);
    await page.close();
  });

  test('a search with no results, then one the first answer answers: the "no results" help goes away', async () => {
    const page = await browser.newPage();
    await largeSite(page);
    await page.goto(siteUrl('/buscar/?q=zzxqw'));
    await expect.poll(() => page.locator('[data-search-none-help]').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.locator('#search-q').fill('trata');
    await page.locator('[data-search-app] button[type="submit"]').click();
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toBe('Primeros resultados para «trata», sin extractos.');
    await expect.poll(() => page.locator('[data-search-none-help]').isVisible(), { timeout: 15_000 }).toBe(false);
    await page.close();
  });

  test('a query the first answer cannot fill a page for, and a ticked filter, load Pagefind by themselves', async () => {
    const page = await browser.newPage();
    const asked = await largeSite(page);
    // "Ayacucho": the first answer knows one page; Pagefind counts them all, with excerpts.
    await page.goto(siteUrl('/buscar/?q=Ayacucho'));
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/^\d+ resultados?$/);
    expect(pagefindFiles(asked)).toContain('/pagefind/pagefind.js');
    expect(await full(page).isHidden()).toBe(true);

    const fresh = await browser.newPage();
    const freshAsked = await largeSite(fresh);
    await fresh.goto(siteUrl('/buscar/?q=trata&region=Loreto'));
    await expect.poll(() => fresh.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/^\d+ resultados?$/);
    expect(await fresh.locator('ol[data-search-results] li[data-first]').count()).toBe(0);
    expect(pagefindFiles(freshAsked)).toContain('/pagefind/pagefind.js');
    await page.close();
    await fresh.close();
  });

  test('the header\'s search box prefetches nothing for a language whose search waits', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route('**/pagefind/prefetch.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ es: [], quz: ['/pagefind/pagefind.js'] }) }));
    await page.goto(siteUrl('/socios/'));
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.locator('#site-search').focus();
    await expect.poll(() => asked, { timeout: 15_000 }).toContain('/pagefind/prefetch.json');
    await page.waitForTimeout(500);
    expect(pagefindFiles(asked)).toEqual(['/pagefind/prefetch.json']);
    await page.close();
  });
});
