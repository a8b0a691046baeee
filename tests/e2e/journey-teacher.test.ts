/**
 * Journey 3, a teacher looking for a 45-minute session, on a 360 × 740 phone, with JavaScript on
 * and off, in Spanish and Quechua: from the home page to the kits, the 31-to-45-minute lessons, a
 * lesson, and there its kit's PDF (size shown) and the way to print. Ceilings of taps and scrolls
 * are written below; screenshots in reports/journeys/teacher/.
 */
import { describe, expect, test } from 'vitest';
import { siteUrl, useBrowser } from '../setup/browser.ts';
import { Journey } from '../support/journey.ts';

const browser = useBrowser();

/** The most a teacher may spend: home → kits → 45 minutes → a lesson, then nothing more to tap. */
const CEILING = { taps: 3, scrolls: 4 };

describe('a teacher looking for a 45-minute session', () => {
  for (const [lang, prefix] of [['es', ''], ['qu', '/qu']] as const) {
    for (const javaScriptEnabled of [true, false]) {
      const variant = `${lang}-js-${javaScriptEnabled ? 'on' : 'off'}`;
      test(`${variant}: home → 45-minute lessons → a lesson → its kit's PDF and printing, in ≤ ${CEILING.taps} taps and ≤ ${CEILING.scrolls} scrolls`, async () => {
        const page = await browser.newPage({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
        const walk = new Journey(page, 'teacher', variant);
        await page.goto(siteUrl(`${prefix}/`));
        await walk.shot('home');
        await walk.tap(page.locator(`main a[href="${prefix}/kits/"]`).first());
        expect(new URL(page.url()).pathname).toBe(`${prefix}/kits/`);
        await walk.shot('kits');
        await walk.tap(page.locator(`[data-kit-filters] a[href="${prefix}/kits/duracion/31-a-45-minutos/"]`));
        expect(new URL(page.url()).pathname).toBe(`${prefix}/kits/duracion/31-a-45-minutos/`);
        await walk.shot('45-minutes');
        const first = page.locator('[data-lesson-duration] a').first();
        const minutes = Number(await page.locator('[data-lesson-duration]').first().getAttribute('data-lesson-duration'));
        expect(minutes).toBeGreaterThan(30);
        expect(minutes).toBeLessThanOrEqual(45);
        await walk.tap(first);
        expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${prefix}/kits/[^/]+/[^/]+/$`));
        await walk.shot('lesson');
        // The kit's PDF, its size shown before anyone downloads it.
        const kitPdf = page.locator('[data-kit-downloads] a[href$=".pdf"]').nth(1);
        await walk.reach(kitPdf);
        await expect(kitPdf.getAttribute('href')).resolves.toMatch(/^\/kits\/[^/]+\.pdf$/);
        await expect(kitPdf.textContent()).resolves.toMatch(/\(PDF, [\d.,]+\s?(?:KB|MB)\)$/);
        await expect(page.locator('[data-kit-downloads] a[href$=".zip"]').isVisible()).resolves.toBe(true);
        // Printing: the button with JavaScript, the hint without it.
        const print = page.locator(javaScriptEnabled ? '[data-print-button]' : '[data-print-hint]');
        await walk.reach(print);
        await walk.shot('downloads-and-print');
        expect(walk.taps, 'taps').toBeLessThanOrEqual(CEILING.taps);
        expect(walk.scrolls, 'scrolls').toBeLessThanOrEqual(CEILING.scrolls);
        await page.context().close();
      }, 90_000);
    }
  }
});
