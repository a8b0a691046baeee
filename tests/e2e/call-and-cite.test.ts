/**
 * Two journeys in Chromium. A parent who needs to call now: on the first screen of a region page,
 * on a 360 × 740 and a 320 × 568 phone, with JavaScript on and off, a tel: link for the Línea 1818
 * that says what it is for ("1818 · denunciar trata"), with no tap and no scroll. A DEMUNA
 * official citing section 4.2: its "Citar" link leads to that section's citations, each labelled
 * APA 7 or ISO 690; the copy button puts exactly the citation shown on the clipboard; the PDF is
 * saved under a name that says what it is. What each saw is saved in reports/journeys/
 * (parent-<size>-js|nojs-<page>.png, cite-js|nojs.png).
 */
import { describe, expect, test } from 'vitest';
import { siteUrl, useBrowser } from '../setup/browser.ts';
import { onFirstScreen, saveScreen } from '../support/journey';

const browser = useBrowser();
const PROTOCOL = '/protocolos/ruta-de-derivacion/v2.0/';

describe('a parent who needs to call now', () => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 320, height: 568 }]) {
    for (const javaScriptEnabled of [true, false]) {
      test(`${viewport.width} × ${viewport.height}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: a labelled tel: link for 1818 on the first screen of a region page, in 0 taps and 0 scrolls`, async () => {
        const page = await browser.newPage({ viewport, javaScriptEnabled });
        for (const path of ['/', '/qu/', '/regiones/loreto/', '/qu/regiones/cusco/']) {
          await page.goto(siteUrl(path));
          await saveScreen(page, `parent-${viewport.width}x${viewport.height}-${javaScriptEnabled ? 'js' : 'nojs'}-${path.replace(/\//g, '-').replace(/^-|-$/g, '') || 'inicio'}`);
          // Ceilings: the page as it opens, nothing tapped, nothing scrolled.
          expect(await page.evaluate(() => window.scrollY), path).toBe(0);
          const labelled = await page.locator('a[href="tel:1818"]').evaluateAll((links) =>
            links.map((a, i) => ({ i, text: (a.textContent ?? '').replace(/\s+/g, ' ').trim() })).filter((l) => /^1818 · \S.{3,}/.test(l.text)),
          );
          expect(labelled.length, `${path}: a tel:1818 link saying what it is for`).toBeGreaterThan(0);
          const seen = [];
          for (const { i } of labelled) seen.push(await onFirstScreen(page, `a[href="tel:1818"] >> nth=${i}`));
          expect(seen.some(Boolean), `${path}: the labelled 1818 link is on the first screen`).toBe(true);
        }
        // The region page leads with its call buttons: the 1818 button says what the line is for.
        await page.goto(siteUrl('/regiones/loreto/'));
        await expect(page.locator('[data-call-button="linea-1818"]').textContent()).resolves.toMatch(/1818\s*· denunciar trata/);
        await page.context().close();
      }, 60_000);
    }
  }
});

describe('an official citing section 4.2', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}: "Citar" beside §4.2 leads to that section's citations, each format labelled`, async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
      await page.goto(siteUrl(PROTOCOL));
      const heading = page.locator('h3#s-4-2');
      const cite = heading.locator('a.app-cite-link[href="#cita-s-4-2"]');
      await expect(cite.textContent()).resolves.toBe('Citar');
      await cite.click();
      await expect.poll(() => new URL(page.url()).hash, { timeout: 15_000 }).toBe('#cita-s-4-2');
      const target = page.locator('#cita-s-4-2');
      await expect.poll(() => target.isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await onFirstScreen(page, '#cita-s-4-2 [data-cite-text="apa"]')).toBe(true);
      await saveScreen(page, `cite-${javaScriptEnabled ? 'js' : 'nojs'}`);
      const text = (await target.innerText()).replace(/\s+/g, ' ');
      expect(text).toMatch(/APA 7: .*#s-4-2/);
      expect(text).toMatch(/ISO 690: .*#s-4-2/);
      await page.context().close();
    }, 60_000);
  }

  test('the copy button puts exactly the citation shown on the clipboard', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(siteUrl(`${PROTOCOL}#cita-s-4-2`));
    for (const style of ['apa', 'iso690']) {
      const citation = page.locator(`#cita-s-4-2 [data-cite-text="${style}"]`);
      const shown = ((await citation.innerText()) ?? '').replace(/\s+/g, ' ').trim();
      expect(shown).toContain('#s-4-2');
      const button = page.locator(`#cita-s-4-2 [data-cite-text="${style}"] + button`);
      await expect(button.textContent()).resolves.toBe('Copiar');
      await button.click();
      await expect.poll(() => button.textContent(), { timeout: 15_000 }).toBe('Copiado');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(shown);
      expect(copied).not.toContain('Copiar');
    }
    await page.context().close();
  }, 60_000);

  test('the PDF is saved as alianza-cpc_ruta-de-derivacion_v2.0.pdf, from its published address', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(siteUrl(PROTOCOL));
    const link = page.locator('[data-downloads] a[href$=".pdf"]');
    await expect(link.getAttribute('href')).resolves.toBe('/protocolos/ruta-de-derivacion/v2.0.pdf');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), link.click()]);
    expect(download.suggestedFilename()).toBe('alianza-cpc_ruta-de-derivacion_v2.0.pdf');
    await page.context().close();
  }, 60_000);
});
