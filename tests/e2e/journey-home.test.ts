/**
 * The home page starts the main journeys: on 360 × 740, 360 × 640 and 320 × 568 phones, with
 * JavaScript on and off, in Spanish and Quechua, the four journeys ("¿Te ofrecieron un trabajo?
 * Compruébalo", "¿Sospechas un caso?", "Kits para tu escuela", "Protocolos para instituciones")
 * are labelled entries (targets at least 44 px tall, no word cut off) whole on the first screen,
 * each with its pictogram, under the h1, with the emergency line and the quick exit on the first
 * screen too, and one tap opens each; axe finds nothing on the home page at each size.
 * Screenshots: reports/journeys/home_<lang>_<screen>_js-<on|off>.png.
 */
import { describe, expect, test } from 'vitest';
import { es } from '../../src/i18n/es';
import { qu } from '../../src/i18n/qu';
import { formatViolations, runAxe, siteUrl, useBrowser } from '../setup/browser.ts';
import { onFirstScreen, saveScreen } from '../support/journey';

const browser = useBrowser();
const JOURNEYS = [
  { id: 'oferta', key: 'journeys.job', path: 'herramientas/oferta-o-trampa/', pictogram: 'warning' },
  { id: 'sospecha', key: 'journeys.suspect', path: 'herramientas/que-hago-si-sospecho/', pictogram: 'phone' },
  { id: 'kits', key: 'journeys.kits', path: 'kits/', pictogram: 'school' },
  { id: 'protocolos', key: 'journeys.protocols', path: 'protocolos/', pictogram: 'document' },
] as const;

describe('the home page starts the main journeys', () => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 360, height: 640 }, { width: 320, height: 568 }]) {
    for (const javaScriptEnabled of [true, false]) {
      for (const [code, home, strings] of [['es', '/', es], ['qu', '/qu/', qu]] as const) {
        test(`${code}, ${viewport.width} × ${viewport.height}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: each journey is one tap from the first screen`, async () => {
          const page = await browser.newPage({ viewport, javaScriptEnabled });
          for (const journey of JOURNEYS) {
            await page.goto(siteUrl(home));
            const entry = `[data-journeys] a[data-journey="${journey.id}"]`;
            expect(await onFirstScreen(page, entry), `${journey.id} on the first screen`).toBe(true);
            const box = await page.locator(entry).boundingBox();
            expect(box?.height, `${journey.id}: a large target`).toBeGreaterThanOrEqual(44);
            await expect(page.locator(entry).innerText()).resolves.toBe(strings[journey.key]);
            // No word of the label runs out of its tile (a long Quechua word on a narrow phone).
            expect(await page.locator(entry).evaluate((a) => a.scrollWidth <= a.clientWidth), `${journey.id}: its words fit its tile`).toBe(true);
            if (journey.id === 'oferta') {
              for (const first of ['main h1', '[data-hotlines] a[href="tel:105"]', 'a[data-quick-exit]']) {
                expect(await onFirstScreen(page, first), `${first} on the first screen`).toBe(true);
              }
              const violations = await runAxe(page);
              expect(violations, formatViolations(violations)).toEqual([]);
            }
            expect(await page.locator(`${entry} svg[data-pictogram="${journey.pictogram}"][aria-hidden="true"]`).count()).toBe(1);
            if (journey.id === 'oferta') await saveScreen(page, `home_${code}_${viewport.width}x${viewport.height}_js-${javaScriptEnabled ? 'on' : 'off'}`);
            await page.locator(entry).click(); // the one tap
            await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe(`${home}${journey.path}`);
            await expect.poll(() => page.locator('main h1').count(), { timeout: 15_000 }).toBe(1);
          }
          await page.context().close();
        }, 90_000);
      }
    }
  }
});
