/**
 * The home page starts the main journeys: on a 360 × 740 phone, with JavaScript on and off, in
 * Spanish and Quechua, the four journeys ("¿Te ofrecieron un trabajo? Compruébalo",
 * "¿Sospechas un caso?", "Kits para tu escuela", "Protocolos para instituciones") are large
 * labelled entries on the first screen, each with its pictogram, and one tap opens each.
 * (On a 320 × 568 phone the teen's entry is on the first screen, and the others below it:
 * journey-teen.test.ts.) Screenshots: reports/journeys/home_<lang>_<screen>_js-<on|off>.png.
 */
import { describe, expect, test } from 'vitest';
import { es } from '../../src/i18n/es';
import { qu } from '../../src/i18n/qu';
import { siteUrl, useBrowser } from '../setup/browser.ts';
import { onFirstScreen, saveScreen } from '../support/journey';

const browser = useBrowser();
const JOURNEYS = [
  { id: 'oferta', key: 'journeys.job', path: 'herramientas/oferta-o-trampa/', pictogram: 'warning' },
  { id: 'sospecha', key: 'journeys.suspect', path: 'herramientas/que-hago-si-sospecho/', pictogram: 'phone' },
  { id: 'kits', key: 'journeys.kits', path: 'kits/', pictogram: 'school' },
  { id: 'protocolos', key: 'journeys.protocols', path: 'protocolos/', pictogram: 'document' },
] as const;

describe('the home page starts the main journeys', () => {
  for (const viewport of [{ width: 360, height: 740 }]) {
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
            expect(await page.locator(`${entry} svg[data-pictogram="${journey.pictogram}"][aria-hidden="true"]`).count()).toBe(1);
            if (journey.id === 'oferta') await saveScreen(page, `home_${code}_${viewport.width}x${viewport.height}_js-${javaScriptEnabled ? 'on' : 'off'}`);
            await page.locator(entry).click(); // the one tap
            await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe(`${home}${journey.path}`);
            await expect(page.locator('main h1').count()).resolves.toBe(1);
          }
          await page.context().close();
        }, 90_000);
      }
    }
  }
});
