/**
 * On a phone (360 × 740), the controls people tap in a hurry are at least 44 × 44 CSS px: the quick
 * exit and the help link beside it, the hotlines strip's links, the menu's links, and the copy
 * buttons of the citations.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();
const MIN = 44;

/** The visible elements of a selector smaller than 44 × 44 px, with their sizes. */
async function small(page: Page, selector: string): Promise<string[]> {
  const boxes = await page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed')
      .map((e) => ({ text: (e.textContent ?? '').trim().slice(0, 30), ...e.getBoundingClientRect().toJSON() as { width: number; height: number } })),
  );
  expect(boxes.length, `${selector}: none visible`).toBeGreaterThan(0);
  return boxes.filter((b) => b.width < MIN - 0.5 || b.height < MIN - 0.5).map((b) => `${selector} «${b.text}»: ${Math.round(b.width)} × ${Math.round(b.height)}`);
}

describe('touch targets on a phone', () => {
  test('the quick exit, the help link, the hotlines and the menu links are 44 × 44 px or more', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const found: string[] = [];
    for (const path of ['/', '/qu/regiones/cusco/']) {
      await page.goto(siteUrl(path));
      found.push(...(await small(page, '.app-quick-exit a')), ...(await small(page, '[data-hotlines] a')));
      await page.locator('[data-site-menu] summary').click();
      found.push(...(await small(page, '[data-site-menu] nav a')));
    }
    expect(found).toEqual([]);
    await page.context().close();
  }, 60_000);

  test('the copy buttons of the citations are 44 × 44 px or more', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(siteUrl('/protocolos/ruta-de-derivacion/v2.0/#cita-s-4-2'));
    await expect.poll(() => page.locator('[data-cite] button').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await small(page, '[data-cite] > p button, #cita-s-4-2 button')).toEqual([]);
    await page.context().close();
  }, 60_000);
});
