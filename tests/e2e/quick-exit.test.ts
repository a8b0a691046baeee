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

/**
 * Presses a key `times` times and waits to be on the neutral site. The page counts presses within
 * one second; on a machine busy with other tests the three presses can take longer to arrive, so
 * a round that did not leave is tried again (at most three rounds), each a fair test of the rule.
 */
async function pressUntilLeft(page: Page, key: string, times: number) {
  for (let round = 1; ; round++) {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
    try {
      await page.waitForURL((url) => url.host === neutralHost, { timeout: 5_000 });
      return;
    } catch (error) {
      if (round === 3) throw error;
      // Let the one-second window pass, so this round's presses do not count in the next.
      await page.waitForTimeout(1_100);
    }
  }
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
    await pressUntilLeft(page, 'Escape', 2);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/socios/');
  });

  test('leaves on Shift pressed three times, from the Quechua site too', async () => {
    const page = await browser.newPage();
    await fakeNeutralSite(page);
    await page.goto(siteUrl('/qu/regiones/'));
    await pressUntilLeft(page, 'Shift', 3);
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
