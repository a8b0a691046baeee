/** Readable on a 320 px phone: nothing wider than the screen, the hotlines and quick exit in view. */
import { describe, expect, test } from 'vitest';
import { siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();

describe('a 320 px wide phone', () => {
  for (const path of ['/', '/qu/', '/la-alianza/', '/socios/comision-multisectorial/', '/qu/regiones/madre-de-dios/', '/navegar-con-seguridad/']) {
    test(`${path} needs no sideways scrolling, and quick exit is on screen`, async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
      await page.goto(siteUrl(path));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
      const exit = await page.locator('a[data-quick-exit]').boundingBox();
      expect(exit).not.toBeNull();
      expect((exit?.x ?? 0) + (exit?.width ?? 0)).toBeLessThanOrEqual(320);
      expect(exit?.y ?? 999).toBeLessThan(100);
      await expect(page.locator('[data-hotlines] a[href="tel:105"]').isVisible()).resolves.toBe(true);
    });
  }
});
