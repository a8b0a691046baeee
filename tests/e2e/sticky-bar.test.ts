/**
 * The sticky quick-exit bar: opaque (no text shows through it), and a jumped-to heading (#id) is
 * never under it, on a 360 × 740 and a 320 × 568 phone: the bar's bottom is above the heading's top.
 */
import { describe, expect, test } from 'vitest';
import { siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();
const TARGETS = ['/#call-title', '/qu/#call-title', '/protocolos/ruta-de-derivacion/v2.0/#s-4-2', '/protocolos/ruta-de-derivacion/v2.0/#cita-s-4-2'];

describe('the sticky bar', () => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 320, height: 568 }]) {
    test(`${viewport.width} × ${viewport.height}: opaque, and a jumped-to heading is below it`, async () => {
      const page = await browser.newPage({ viewport, javaScriptEnabled: false });
      for (const target of TARGETS) {
        await page.goto(siteUrl(target));
        const bar = page.locator('.app-quick-exit');
        const background = await bar.evaluate((el) => getComputedStyle(el).backgroundColor);
        expect(background, 'an opaque colour').toMatch(/^rgb\(/);
        const id = target.split('#')[1] ?? '';
        const [barBox, targetBox] = [await bar.boundingBox(), await page.locator(`[id="${id}"]`).boundingBox()];
        expect(await page.evaluate(() => window.scrollY), `${target}: the page jumped`).toBeGreaterThan(0);
        expect(targetBox!.y, `${target}: its top is below the bar`).toBeGreaterThanOrEqual(barBox!.y + barBox!.height);
      }
      await page.context().close();
    }, 60_000);
  }
});
