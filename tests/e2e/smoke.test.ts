/**
 * Smoke test of the built site in headless Chromium: the home page in
 * Spanish, the Quechua home page, and a missing page answered with 404.
 */
import { describe, expect, test } from 'vitest';
import { siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();

describe('smoke', () => {
  test('the Spanish home page answers 200 with <html lang="es">', async () => {
    const page = await browser.newPage();
    const response = await page.goto(siteUrl('/'));
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
  });

  test('the Quechua home page answers 200 with <html lang="quz">', async () => {
    const page = await browser.newPage();
    const response = await page.goto(siteUrl('/qu/'));
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('quz');
  });

  test('a missing page answers 404', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    const response = await page.goto(siteUrl('/esta-pagina-no-existe-xyz/'));
    expect(response?.status()).toBe(404);
  });
});
