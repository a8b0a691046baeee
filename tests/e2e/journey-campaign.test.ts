/**
 * Journey 7, a campaign worker, on a 360 × 740 phone, with JavaScript on and off, from the Spanish
 * and the Quechua home page: a campaign, its poster's preview, the poster opened and downloaded,
 * the radio scripts of the other language, and a script copied (with JavaScript; without it the
 * script is text to select and no button is shown). Ceilings of taps and scrolls are written
 * below; screenshots in reports/journeys/campaign/.
 */
import { describe, expect, test } from 'vitest';
import { siteUrl, useBrowser } from '../setup/browser.ts';
import { Journey } from '../support/journey.ts';

const browser = useBrowser();

/**
 * home → campaigns → a campaign (2 taps); "Abrir" and back (2); the PDF (1); the other
 * language's scripts (1); copy (1, with JavaScript).
 */
const CEILING = { taps: 7, scrolls: 8 };

describe('a campaign worker', () => {
  for (const [lang, prefix, other] of [['es', '', 'qu'], ['qu', '/qu', 'es']] as const) {
    for (const javaScriptEnabled of [true, false]) {
      const variant = `${lang}-js-${javaScriptEnabled ? 'on' : 'off'}`;
      test(`${variant}: home → campaign → poster preview → open and download → ${other} scripts → copy, in ≤ ${CEILING.taps} taps and ≤ ${CEILING.scrolls} scrolls`, async () => {
        const page = await browser.newPage({
          viewport: { width: 360, height: 740 },
          javaScriptEnabled,
          acceptDownloads: true,
          ...(javaScriptEnabled ? { permissions: ['clipboard-read', 'clipboard-write'] } : {}),
        });
        const walk = new Journey(page, 'campaign', variant);
        await page.goto(siteUrl(`${prefix}/`));
        await walk.shot('home');
        await walk.tap(page.locator(`main a[href="${prefix}/campanas/"]`).first());
        await walk.shot('campaigns');
        await walk.tap(page.locator(`main a[href^="${prefix}/campanas/"][href$="/"]:not([href="${prefix}/campanas/"])`).first());
        const campaign = new URL(page.url()).pathname;
        expect(campaign).toMatch(new RegExp(`^${prefix}/campanas/[^/]+/$`));
        // The poster's preview, loaded once scrolled to.
        const preview = page.locator('[data-poster-preview]').first();
        await walk.reach(preview);
        await expect.poll(() => preview.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);
        await expect(preview.getAttribute('alt')).resolves.toMatch(/\S{3,}/);
        await walk.shot('poster-preview');
        // "Abrir" shows the poster itself; back to the campaign.
        await walk.tap(page.locator('[data-poster-open]').first());
        expect(new URL(page.url()).pathname).toMatch(/\/afiche-(?:es|qu)\.svg$/);
        await walk.shot('poster-open');
        walk.taps += 1;
        await page.goBack();
        expect(new URL(page.url()).pathname).toBe(campaign);
        // "Descargar": the PDF, saved under a meaningful name.
        const pdf = page.locator('[data-poster-lang] a[data-download][href$=".pdf"]').first();
        await walk.reach(pdf);
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), (walk.taps++, pdf.click())]);
        expect(download.suggestedFilename()).toMatch(/\.pdf$/);
        await walk.shot('poster-download');
        // The other language's radio scripts.
        await walk.tap(page.locator(`[data-other-scripts="${other}"]`));
        const scripts = new URL(page.url());
        expect(scripts.pathname).toBe(other === 'qu' ? `/qu${campaign}` : campaign.replace(/^\/qu/, ''));
        expect(scripts.hash).toBe('#radio-title');
        const script = page.locator('[data-radio] [data-copy-text]').first();
        await walk.reach(script);
        await walk.shot('scripts');
        const button = page.locator('[data-radio] [data-copy-text] + button').first();
        if (javaScriptEnabled) {
          await walk.tap(button);
          await expect.poll(() => button.textContent(), { timeout: 15_000 }).toMatch(/^(?:Copiado|Copiasqa)$/);
          const shown = (await script.innerText()).replace(/\s+/g, ' ').trim();
          await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(shown);
          await walk.shot('copied');
        } else {
          await expect(button.count()).resolves.toBe(0);
        }
        expect(walk.taps, 'taps').toBeLessThanOrEqual(CEILING.taps);
        expect(walk.scrolls, 'scrolls').toBeLessThanOrEqual(CEILING.scrolls);
        await page.context().close();
      }, 90_000);
    }
  }
});
