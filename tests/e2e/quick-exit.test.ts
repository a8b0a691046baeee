/**
 * "Salir rápido" leaves for a neutral site: as a plain link with JavaScript off, and with
 * JavaScript by Escape twice or Shift three times, replacing the page in the history.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { quickExitUrl } from '../../src/site';
import { siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();
const neutralHost = new URL(quickExitUrl).host;

/** The neutral site is outside this closed network: answer for it locally. */
async function fakeNeutralSite(page: Page) {
  await page.route(`https://${neutralHost}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>neutral</title><p>neutral' }),
  );
}

describe('quick exit', () => {
  test('is a real link that works with JavaScript off', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await fakeNeutralSite(page);
    await page.goto(siteUrl('/socios/'));
    const link = page.locator('a[data-quick-exit]');
    await expect(link.textContent()).resolves.toContain('Salir rápido');
    await link.click();
    await page.waitForURL((url) => url.host === neutralHost);
    expect(await page.title()).toBe('neutral');
  });

  test('leaves on Escape pressed twice, and Back does not return to the page', async () => {
    const page = await browser.newPage();
    await fakeNeutralSite(page);
    await page.goto(siteUrl('/socios/'));
    await page.goto(siteUrl('/la-alianza/'));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.host === neutralHost);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/socios/');
  });

  test('leaves on Shift pressed three times, from the Quechua site too', async () => {
    const page = await browser.newPage();
    await fakeNeutralSite(page);
    await page.goto(siteUrl('/qu/regiones/'));
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL((url) => url.host === neutralHost);
  });

  test('does not leave on a single Escape', async () => {
    const page = await browser.newPage();
    await fakeNeutralSite(page);
    await page.goto(siteUrl('/'));
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).host).not.toBe(neutralHost);
  });

  test('a click with JavaScript replaces the page in the history', async () => {
    const page = await browser.newPage();
    await fakeNeutralSite(page);
    await page.goto(siteUrl('/noticias/'));
    await page.goto(siteUrl('/regiones/'));
    await page.locator('a[data-quick-exit]').click();
    await page.waitForURL((url) => url.host === neutralHost);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/noticias/');
  });
});
