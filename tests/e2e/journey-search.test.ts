/**
 * The search journey of issue 21, walked in Chromium on a 360 × 740 phone from the home page, in
 * Spanish and Quechua, counting taps and scrolls against the ceilings written below, and saving a
 * screenshot of each step in reports/journeys/ (search-<language>-<step>.png):
 *
 * 1. home → the header's labelled search box → "trata": results whose snippets keep their fields
 *    apart ("Fecha de la campaña: 23 de setiembre de 2026. Regiones: …");
 * 2. the filters: a count beside each, a filter ticked, "Quitar filtros"; filters that leave
 *    nothing are named, and "Quitar filtros" brings the results back;
 * 3. "trta" finds nothing: the A–Z index is linked and "¿Quisiste decir trata?" leads to results;
 * 4. a word of the other language: "N resultados en quechua" ("… en castellano") leads there;
 * 5. a sentence in Quechua on the Spanish site: "Hay resultados en quechua" leads there, to results.
 *
 * With JavaScript off, the labelled box still leads to /buscar/, which links the A–Z index.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { formatViolations, runAxe, siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();
const PHONE = { width: 360, height: 740 };
const SHOTS = join(import.meta.dirname, '..', '..', 'reports', 'journeys');
const POLL = { timeout: 15_000 };

/** Ceilings of the journey: taps and scrolls a reader needs at most for each step. */
const CEILING = {
  /** Home → results: open the menu, the box, "Buscar". */
  toResults: { taps: 3, scrolls: 0 },
  /** Results → a filter ticked, with the counts shown: "Filtrar", the filter. */
  toFilter: { taps: 2, scrolls: 1 },
  /** A filter ticked → all results again: "Quitar filtros". */
  clearFilters: { taps: 1, scrolls: 1 },
  /** No results → the suggestion's results: the suggestion. */
  suggestion: { taps: 1, scrolls: 0 },
  /** Results in the wrong language → the other language's results: its link. */
  otherLanguage: { taps: 1, scrolls: 0 },
};

const LANGUAGES = [
  { code: 'es', home: '/', search: '/buscar/', tool: 'Herramienta', partner: 'Socio', wrong: 'wawakunata', other: /^\d+ resultados? en quechua$/, otherSearch: '/qu/buscar/', sentence: "wawakuna llamk'ay runakuna", some: 'Hay resultados en quechua' },
  { code: 'qu', home: '/qu/', search: '/qu/buscar/', tool: 'Llamk’ana', partner: 'Masi', wrong: 'UDAVIT', other: /^\d+ tarisqa kastilla simipi \(\d+ resultados? en castellano\)$/, otherSearch: '/buscar/' },
] as const;

/** A reader's taps and scrolls: a tap on an element off the screen costs a scroll first. */
class Walk {
  taps = 0;
  scrolls = 0;
  constructor(readonly page: Page, readonly name: string) {}
  async tap(target: Locator): Promise<void> {
    const box = await target.boundingBox();
    const height = this.page.viewportSize()?.height ?? 0;
    if (!box || box.y < 0 || box.y + box.height > height) this.scrolls += 1;
    await target.click();
    this.taps += 1;
  }
  /** Checks the step's ceiling, then starts counting the next step. */
  step(ceiling: { taps: number; scrolls: number }, what: string): void {
    expect(this.taps, `${this.name}: taps for ${what}`).toBeLessThanOrEqual(ceiling.taps);
    expect(this.scrolls, `${this.name}: scrolls for ${what}`).toBeLessThanOrEqual(ceiling.scrolls);
    this.taps = 0;
    this.scrolls = 0;
  }
  async shot(step: string): Promise<void> {
    mkdirSync(SHOTS, { recursive: true });
    await this.page.screenshot({ path: join(SHOTS, `search-${this.name}-${step}.png`), fullPage: false });
  }
}

const status = (page: Page) => page.locator('[data-search-status]');
const resultLinks = (page: Page) => page.locator('[data-search-results] li > a');
const count = async (page: Page) => Number(/\d+/.exec((await status(page).textContent()) ?? '')?.[0] ?? 0);

/** Waits for a search's results (or its "no results") to be shown. */
async function shown(page: Page, found: boolean): Promise<void> {
  // The first answer shows links before Pagefind's count is known: wait for the count too.
  if (found) {
    await expect.poll(() => resultLinks(page).count(), POLL).toBeGreaterThan(0);
    await expect.poll(() => count(page), POLL).toBeGreaterThan(0);
  }
  else await expect.poll(() => page.locator('[data-search-app]').getAttribute('data-found'), POLL).toBe('0');
}

/** Elements of a selector, visible, smaller than 44 × 44 px. */
async function small(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => ({ text: (e.textContent ?? '').trim().slice(0, 30), box: e.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 43.5 || box.height < 43.5)
      .map(({ text, box }) => `«${text}» ${Math.round(box.width)} × ${Math.round(box.height)}`),
  );
}

describe('the search journey on a phone, JavaScript on', () => {
  for (const language of LANGUAGES) {
    test(`${language.code}: home → "trata" → filters → "trta" → suggestion → the other language`, async () => {
      const page = await browser.newPage({ viewport: PHONE });
      const walk = new Walk(page, language.code);
      await page.goto(siteUrl(language.home));

      // 1. The header's box has a visible label and targets of 44 px.
      await walk.tap(page.locator('[data-site-menu] summary'));
      const label = page.locator('header label[for="site-search"]');
      await expect.poll(() => label.isVisible(), POLL).toBe(true);
      expect(await small(page, 'header form[role="search"] input, header form[role="search"] button')).toEqual([]);
      await walk.tap(page.locator('#site-search'));
      await page.locator('#site-search').fill('trata');
      await walk.tap(page.locator('header form[role="search"] button'));
      await expect.poll(() => new URL(page.url()).pathname, POLL).toBe(language.search);
      await shown(page, true);
      await expect.poll(() => page.locator('label[for="search-q"]').isVisible(), POLL).toBe(true);
      walk.step(CEILING.toResults, 'home → results');
      // Snippets keep fields apart: no word runs into the next field's ("campaña23", "RegionesCusco").
      // Pagefind's results bring the excerpts (the first answer shows titles only).
      await expect.poll(() => page.locator('[data-search-results] li > p').count(), POLL).toBeGreaterThan(0);
      const excerpts = await page.locator('[data-search-results] li > p').allTextContents();
      for (const excerpt of excerpts) expect(excerpt, excerpt).not.toMatch(/\p{Ll}\p{Lu}|\p{Ll}\d/u);
      await walk.shot('1-results');

      // 2. Filters: counts beside each, one ticked, "Quitar filtros".
      const all = await count(page);
      await walk.tap(page.locator('[data-search-filters] summary'));
      await expect.poll(() => page.locator('[data-count]').first().textContent(), POLL).toMatch(/^ \(\d+\)$/);
      expect(await small(page, '[data-search-filters] label')).toEqual([]);
      const region = page.locator('[data-search-filters] label').filter({ has: page.locator('input[name="region"][value="Loreto"]') });
      const inLoreto = Number(/\((\d+)\)/.exec((await region.textContent()) ?? '')?.[1]);
      expect(inLoreto).toBeGreaterThan(0);
      expect(inLoreto).toBeLessThan(all);
      await walk.tap(region);
      await expect.poll(() => count(page), POLL).toBe(inLoreto);
      const clear = page.locator('[data-search-clear]');
      await expect.poll(() => clear.isVisible(), POLL).toBe(true);
      expect(await small(page, '[data-search-clear]')).toEqual([]);
      walk.step(CEILING.toFilter, 'results → a filter');
      await walk.shot('2-filter');
      await walk.tap(clear);
      await expect.poll(() => count(page), POLL).toBe(all);
      await expect.poll(() => clear.isVisible(), POLL).toBe(false);
      walk.step(CEILING.clearFilters, 'filter → all results');

      // The tools filter lists tools, each once under its name, never one of their steps.
      await page.goto(siteUrl(`${language.search}?q=DNI&tipo=${encodeURIComponent(language.tool)}`));
      await shown(page, true);
      const tools = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(tools.some((href) => /\/herramientas\/oferta-o-trampa\/$/.test(href)), tools.join(' ')).toBe(true);
      expect(tools.filter((href) => /\/herramientas\/[^/]+\/[^/]+\//.test(href)), 'a tool step as a result').toEqual([]);

      // Filters that leave nothing are named, and "Quitar filtros" is there.
      await page.goto(siteUrl(`${language.search}?q=DEMUNA&tipo=${encodeURIComponent(language.partner)}`));
      await shown(page, false);
      await expect.poll(() => page.locator('[data-search-help]').textContent(), POLL).toContain(`: ${language.partner}.`);
      await expect.poll(() => clear.isVisible(), POLL).toBe(true);
      await walk.shot('3-filters-empty');
      walk.step({ taps: 0, scrolls: 0 }, 'nothing');

      // 3. "trta": nothing, the A–Z index linked, "¿Quisiste decir trata?".
      await page.goto(siteUrl(`${language.search}?q=trta`));
      await shown(page, false);
      const suggestion = page.locator('[data-search-help] a[data-search-suggestion]');
      await expect.poll(() => suggestion.textContent(), POLL).toBe('trata');
      await expect.poll(() => page.locator(`[data-search-none-help] a[href="${language.home}indice/"]`).isVisible(), POLL).toBe(true);
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      await walk.shot('4-suggestion');
      await walk.tap(suggestion);
      await shown(page, true);
      await expect(page.locator('#search-q').inputValue()).resolves.toBe('trata');
      walk.step(CEILING.suggestion, 'suggestion → results');

      // 4. A word of the other language: its results counted and linked.
      await page.goto(siteUrl(`${language.search}?q=${language.wrong}`));
      const other = page.locator('[data-search-other] a');
      await expect.poll(() => other.isVisible(), POLL).toBe(true);
      await expect(other.textContent()).resolves.toMatch(language.other);
      const promised = Number(/\d+/.exec((await other.textContent()) ?? '')?.[0]);
      await walk.shot('5-other-language');
      await walk.tap(other);
      await expect.poll(() => new URL(page.url()).pathname, POLL).toBe(language.otherSearch);
      await shown(page, true);
      expect(await count(page)).toBe(promised);
      walk.step(CEILING.otherLanguage, 'other language → its results');
      await walk.shot('6-other-results');

      // 5. A Quechua sentence on the Spanish site: its words are Quechua's, so its results are there.
      // (Spanish site only: the Quechua pages quote Spanish terms, so a Spanish sentence finds
      // results on the Quechua site too, and the line is rarely needed there.)
      if ('sentence' in language) {
        await page.goto(siteUrl(`${language.search}?q=${encodeURIComponent(language.sentence)}`));
        await expect.poll(() => page.locator('[data-search-app]').getAttribute('data-found'), POLL).not.toBeNull();
        await expect.poll(() => other.isVisible(), POLL).toBe(true);
        await expect(other.textContent()).resolves.toBe(language.some);
        await walk.shot('7-other-sentence');
        await walk.tap(other);
        await expect.poll(() => new URL(page.url()).pathname, POLL).toBe(language.otherSearch);
        await shown(page, true);
        await expect(page.locator('#search-q').inputValue()).resolves.toBe(language.sentence);
        walk.step(CEILING.otherLanguage, 'a sentence in the other language → its results');
        // A Spanish sentence that finds only some of its words here holds even fewer in Quechua: no line.
        await page.goto(siteUrl(`${language.search}?q=${encodeURIComponent('me ofrecieron trabajo en Lima')}`));
        await shown(page, true);
        await page.waitForLoadState('networkidle');
        await expect(other.isVisible()).resolves.toBe(false);
      }
      await page.context().close();
    }, 180_000);
  }
});

describe('the search journey on a phone, JavaScript off', () => {
  for (const language of LANGUAGES) {
    test(`${language.code}: the labelled box leads to /buscar/, which links the A–Z index`, async () => {
      const page = await browser.newPage({ viewport: PHONE, javaScriptEnabled: false });
      const walk = new Walk(page, `${language.code}-nojs`);
      await page.goto(siteUrl(language.home));
      await walk.tap(page.locator('[data-site-menu] summary'));
      await expect.poll(() => page.locator('header label[for="site-search"]').isVisible(), POLL).toBe(true);
      expect(await small(page, 'header form[role="search"] input, header form[role="search"] button')).toEqual([]);
      await walk.tap(page.locator('#site-search'));
      await page.locator('#site-search').fill('trata');
      await walk.tap(page.locator('header form[role="search"] button'));
      await expect.poll(() => new URL(page.url()).pathname, POLL).toBe(language.search);
      walk.step(CEILING.toResults, 'home → search page');
      await expect.poll(() => page.locator(`[data-search-fallback] a[href="${language.home}indice/"]`).isVisible(), POLL).toBe(true);
      await walk.shot('1-search-page');
      await page.context().close();
    }, 60_000);
  }
});
