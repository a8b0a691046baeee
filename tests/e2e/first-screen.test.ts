/**
 * The first screen of a phone shows the page: on 360 × 640 and 320 × 568 screens, with JavaScript
 * on and off, every kind of page has its heading on the first screen, and a way to call for help
 * (the emergency line and the trafficking line as tel: links) and the quick exit. The navigation
 * waits behind a menu control that works without JavaScript; a desktop keeps the full header.
 */
import { describe, expect, test } from 'vitest';
import { es } from '../../src/i18n/es';
import { expectAccessible, formatViolations, runAxe, siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();

/** One page of every kind, in both languages. */
const PAGES = [
  '/',
  '/qu/',
  '/protocolos/ruta-de-derivacion/v2.0/',
  '/qu/protocolos/ruta-de-derivacion/',
  '/kits/secundaria/',
  '/kits/secundaria/viajar-seguro/',
  '/qu/kits/primaria/',
  '/herramientas/oferta-o-trampa/',
  '/qu/herramientas/que-hago-si-sospecho/que-senales-viste/',
  '/regiones/loreto/',
  '/qu/regiones/cusco/',
  '/buscar/',
  '/senales-de-alerta/escuelas/',
  '/campanas/empleo-seguro-cusco/',
  '/noticias/',
];
const SCREENS = [
  { width: 360, height: 640 },
  { width: 320, height: 568 },
];

describe('the first screen of a phone', () => {
  for (const viewport of SCREENS) {
    for (const javaScriptEnabled of [false, true]) {
      test(`${viewport.width} × ${viewport.height}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: the heading, the emergency and trafficking lines and the quick exit on every kind of page`, async () => {
        const page = await browser.newPage({ viewport, javaScriptEnabled });
        const late: string[] = [];
        for (const path of PAGES) {
          await page.goto(siteUrl(path));
          /** Visible, and on the first screen: whole, or for a heading, at least its first line. */
          const inView = async (selector: string, firstLine = false) => {
            const box = await page.locator(selector).first().boundingBox();
            const bottom = box ? box.y + (firstLine ? Math.min(box.height, 40) : box.height) : Infinity;
            return box !== null && box.y >= 0 && bottom <= viewport.height && (await page.locator(selector).first().isVisible());
          };
          if (!(await inView('main h1', true))) late.push(`${path}: the h1 is below the first screen (${Math.round((await page.locator('main h1').first().boundingBox())?.y ?? -1)} px)`);
          for (const number of ['105', '1818']) if (!(await inView(`[data-hotlines] a[href="tel:${number}"]`))) late.push(`${path}: tel:${number} is not on the first screen`);
          if (!(await inView('a[data-quick-exit]'))) late.push(`${path}: quick exit is not on the first screen`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: no sideways scrolling`).toBeLessThanOrEqual(viewport.width);
        }
        await page.context().close();
        expect(late).toEqual([]);
      }, 120_000);
    }
  }
});

describe('the menu', () => {
  test('on a phone it is closed, opens without JavaScript, and every link in it works', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
    await page.goto(siteUrl('/'));
    const nav = page.locator('[data-site-menu] nav a');
    expect(await nav.first().isVisible()).toBe(false);
    await page.locator('[data-site-menu] summary').click();
    expect(await nav.first().isVisible()).toBe(true);
    const links = await nav.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const href of links) {
      const response = await page.request.get(siteUrl(href));
      expect(response.status(), href).toBe(200);
    }
    // The search is in the menu too, with its label.
    expect(await page.getByLabel(es['search.label']).isVisible()).toBe(true);
    await page.locator('[data-site-menu] nav a', { hasText: es['nav.protocols'] }).click();
    expect(new URL(page.url()).pathname).toBe('/protocolos/');
    await page.context().close();
  });

  test('on a desktop the navigation and the search are open, with no menu control', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(siteUrl('/'));
    expect(await page.locator('[data-site-menu] nav a').first().isVisible()).toBe(true);
    expect(await page.locator('[data-site-menu] summary').isVisible()).toBe(false);
    expect(await page.getByLabel(es['search.label']).isVisible()).toBe(true);
    await page.context().close();
  });

  test('axe finds nothing with the menu closed or open', async () => {
    await expectAccessible(browser, '/', { viewport: { width: 360, height: 640 } });
    await expectAccessible(browser, '/qu/', { viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    await page.goto(siteUrl('/'));
    await page.locator('[data-site-menu] summary').click();
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.context().close();
  }, 120_000); // three axe runs: a minute is not enough on a loaded machine
});
