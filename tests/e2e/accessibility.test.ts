/** axe (WCAG 2.0 A to 2.2 AA) on every page type, in both languages, with and without JavaScript. */
import { describe, expect, test } from 'vitest';
import { expectAccessible, formatViolations, runAxe, siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();

const pageTypes: [string, string][] = [
  ['home', '/'],
  ['La Alianza', '/la-alianza/'],
  ['partners index', '/socios/'],
  ['partner', '/socios/centro-yanapanakusun/'],
  ['regions index', '/regiones/'],
  ['region', '/regiones/loreto/'],
  ['news index', '/noticias/'],
  ['news item', '/noticias/dialogo-final-2024/'],
  ['safe browsing', '/navegar-con-seguridad/'],
  ['privacy', '/privacidad/'],
  ['search', '/buscar/'],
  ['section in preparation', '/kits/'],
];

describe('accessibility', () => {
  for (const [name, path] of pageTypes) {
    for (const prefix of ['', '/qu']) {
      test(`${name} (${prefix ? 'Quechua' : 'Spanish'}): no axe violations`, async () => {
        await expectAccessible(browser, `${prefix}${path}`);
      });
    }
  }

  test('a Quechua fallback page (Spanish text): no axe violations', async () => {
    const page = await browser.newPage();
    const paths = ['/qu/noticias/dialogo-final-2024/', '/qu/noticias/firma-de-la-alianza-2017/', '/qu/noticias/primer-dialogo-anual-2020/'];
    let checked = 0;
    for (const path of paths) {
      await page.goto(siteUrl(path));
      if ((await page.locator('[data-fallback-notice]').count()) === 0) continue;
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      checked++;
    }
    expect(checked, 'no fallback page found to check').toBeGreaterThan(0);
  });

  test('the 404 page, in both languages', async () => {
    const page = await browser.newPage();
    for (const [path, lang] of [['/no-existe/', 'es'], ['/qu/mana-kanchu/', 'quz']] as const) {
      const response = await page.goto(siteUrl(path));
      expect(response?.status()).toBe(404);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    }
  });
});
