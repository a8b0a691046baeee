/** The language switcher leads to the same page in the other language, translated or not. */
import { describe, expect, test } from 'vitest';
import { siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();

describe('language switch', () => {
  test('from a Spanish page to the same page in Quechua and back', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/socios/oit/'));
    await page.locator('[data-language-switcher] a[hreflang="quz"]').click();
    expect(new URL(page.url()).pathname).toBe('/qu/socios/oit/');
    expect(await page.locator('html').getAttribute('lang')).toBe('quz');
    await page.locator('[data-language-switcher] a[hreflang="es"]').click();
    expect(new URL(page.url()).pathname).toBe('/socios/oit/');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
  });

  test('the Quechua home keeps Quechua navigation', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/'));
    await page.locator('[data-language-switcher] a[hreflang="quz"]').click();
    expect(new URL(page.url()).pathname).toBe('/qu/');
    const navLinks = await page
      .locator('header nav:not([data-language-switcher]) a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(navLinks.length).toBeGreaterThan(5);
    expect(navLinks.filter((h) => !h.startsWith('/qu/'))).toEqual([]);
  });

  test('the search form sends the query to /buscar/?q=', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/regiones/'));
    await page.locator('form[role="search"] input[name="q"]').fill('protección');
    await page.locator('form[role="search"] button').click();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/buscar/');
    expect(url.searchParams.get('q')).toBe('protección');
  });
});
