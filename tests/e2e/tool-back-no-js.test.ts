/**
 * "Anterior" without JavaScript follows the way the reader came (src/lib/tools/came-from/): in
 * Chromium with JavaScript off, every step several steps lead to is reached from each of its
 * parents by tapping that parent's answer; the one visible "Anterior" then leads back to that
 * parent, and the jump to the answer's #desde-<parent> does not scroll: the question and the
 * emergency number stay on the first screen (360 × 640 and 320 × 568, Spanish and Quechua).
 * Opened with no fragment, the step's "Anterior" leads to the tool's start.
 */
import { describe, expect, test } from 'vitest';
import { htmlPages, readPage } from '../support/dist';
import { siteUrl, useBrowser } from '../setup/browser.ts';
import { onFirstScreen } from '../support/journey';

const browser = useBrowser();
const SCREENS = [{ width: 360, height: 640 }, { width: 320, height: 568 }];

/** Every step page with one "Anterior" per parent, with its parents' pages, by language. */
function multiParentSteps(prefix: string): { step: string; parents: { id: string; page: string }[] }[] {
  return htmlPages()
    .filter((p) => p.startsWith(`${prefix}herramientas/`))
    .flatMap((step) => {
      const html = readPage(step);
      const parents = [...html.matchAll(/<a href="([^"]+)"[^>]*data-back-from="([^"]+)"/g)].map((m) => ({ page: m[1] as string, id: m[2] as string }));
      return parents.length > 0 ? [{ step, parents }] : [];
    });
}

const visibleBack = 'a[data-step-back]:visible';

describe('"Anterior" without JavaScript', () => {
  for (const prefix of ['/', '/qu/']) {
    const steps = multiParentSteps(prefix);
    test(`${prefix}: there are steps several steps lead to`, () => {
      expect(steps.length).toBeGreaterThan(1);
    });
    for (const viewport of SCREENS) {
      test(`${prefix}, ${viewport.width} × ${viewport.height}: from each parent of a step, "Anterior" goes back to that parent, with no scroll`, async () => {
        const page = await browser.newPage({ viewport, javaScriptEnabled: false });
        const wrong: string[] = [];
        for (const { step, parents } of steps) {
          for (const parent of parents) {
            await page.goto(siteUrl(parent.page));
            const answer = page.locator(`[data-answers] a[href="${step}#desde-${parent.id}"]`);
            if ((await answer.count()) === 0) {
              wrong.push(`${parent.page}: no answer leads to ${step}#desde-${parent.id}`);
              continue;
            }
            await answer.first().click();
            await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe(step);
            if ((await page.evaluate(() => window.scrollY)) !== 0) wrong.push(`${step} from ${parent.id}: the page scrolled`);
            if (!(await onFirstScreen(page, '[data-step-heading]'))) wrong.push(`${step} from ${parent.id}: the h1 is not on the first screen`);
            if (!(await onFirstScreen(page, '[data-hotlines] a[href="tel:105"]'))) wrong.push(`${step} from ${parent.id}: tel:105 is not on the first screen`);
            const backs = page.locator(visibleBack);
            if ((await backs.count()) !== 1) {
              wrong.push(`${step} from ${parent.id}: ${await backs.count()} visible "Anterior" links`);
              continue;
            }
            await backs.first().click();
            await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe(parent.page);
          }
        }
        await page.context().close();
        expect(wrong).toEqual([]);
      }, 180_000);
    }
    test(`${prefix}: with no fragment, "Anterior" leads to the tool's start`, async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
      for (const { step } of steps) {
        await page.goto(siteUrl(step));
        const start = step.replace(/^(.*?herramientas\/[^/]+\/).*$/, '$1');
        await expect(page.locator(visibleBack).count()).resolves.toBe(1);
        expect(await page.locator(visibleBack).getAttribute('href')).toBe(start);
      }
      await page.context().close();
    }, 60_000);
  }
});
