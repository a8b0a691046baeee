/**
 * The journey of a 15-year-old checking a job offer, walked in Chromium as they would walk it, on a
 * 360 × 740 and a 320 × 568 phone, with JavaScript on and off, in Spanish and Quechua. Ceilings:
 * from the home page to the first answer in at most 2 taps (the journey's entry, then an answer)
 * and 0 scrolls on every question (the page opens at the top and every answer is on the first
 * screen). Each question says "Pregunta N de 6" ("Tapuy N / 6"), "Anterior" returns to the
 * question before, and "¿De dónde sale esto?" opens the step's sources. Screenshots of every step
 * are saved in reports/journeys/ (teen_<lang>_<screen>_js-<on|off>_<step>.png).
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { es } from '../../src/i18n/es';
import { qu } from '../../src/i18n/qu';
import { siteUrl, useBrowser } from '../setup/browser.ts';
import { onFirstScreen, saveScreen } from '../support/journey';

const browser = useBrowser();
const SCREENS = [{ width: 360, height: 740 }, { width: 320, height: 568 }];
const LANGUAGES = [
  { code: 'es', home: '/', strings: es, progress: /^Pregunta (\d) de 6$/ },
  { code: 'qu', home: '/qu/', strings: qu, progress: /^Tapuy (\d) \/ 6$/ },
] as const;
const heading = (page: Page) => page.locator('[data-step-heading]').textContent();

describe('a teen checking a job offer', () => {
  for (const viewport of SCREENS) {
    for (const javaScriptEnabled of [true, false]) {
      for (const lang of LANGUAGES) {
        const name = `teen_${lang.code}_${viewport.width}x${viewport.height}_js-${javaScriptEnabled ? 'on' : 'off'}`;
        test(`${lang.code}, ${viewport.width} × ${viewport.height}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: home → first answer in ≤ 2 taps, 0 scrolls per question`, async () => {
          const page = await browser.newPage({ viewport, javaScriptEnabled });
          let taps = 0;
          const tap = async (selector: string) => {
            taps++;
            await page.locator(selector).first().click();
          };
          await page.goto(siteUrl(lang.home));
          const entry = '[data-journeys] a[data-journey="oferta"]';
          expect(await onFirstScreen(page, entry), 'the journey is on the home page\'s first screen').toBe(true);
          await expect(page.locator(entry).innerText()).resolves.toContain(lang.strings['journeys.job']);
          await saveScreen(page, `${name}_01-home`);
          await tap(entry);
          await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe(`${lang.home}herramientas/oferta-o-trampa/`);

          // The longest path: the last answer of every question (no, no, no, no, "I have all that", no).
          const questions: string[] = [];
          for (let n = 1; (await page.locator('[data-ending-card]').count()) === 0; n++) {
            expect(n, 'the path ends within 6 questions').toBeLessThanOrEqual(6);
            await saveScreen(page, `${name}_q${n}`);
            expect(await page.evaluate(() => window.scrollY), `question ${n}: opens at the top`).toBe(0);
            const answers = await page.locator('[data-answers] a').count();
            expect(answers).toBeGreaterThan(1);
            for (let i = 0; i < answers; i++) {
              expect(await onFirstScreen(page, `[data-answers] a >> nth=${i}`), `question ${n}: answer ${i + 1} is on the first screen, no scroll`).toBe(true);
            }
            const where = ((await page.locator('[data-step-progress]').textContent()) ?? '').trim();
            expect(where).toMatch(lang.progress);
            expect(Number(lang.progress.exec(where)?.[1])).toBe(n);
            questions.push((await heading(page)) ?? '');
            if (n === 1) expect(taps, 'home → first answer').toBeLessThanOrEqual(2);
            await tap('[data-answers] a >> nth=-1');
            taps = 1; // one tap per question from here
            await expect.poll(() => heading(page), { timeout: 15_000 }).not.toBe(questions.at(-1));

            if (n === 1) {
              // "Anterior" returns to the question before, and the way on is the same.
              const back = page.locator('[data-step-back]');
              await expect(back.innerText()).resolves.toContain(lang.strings['tool.back']);
              await back.click();
              await expect.poll(() => heading(page), { timeout: 15_000 }).toBe(questions[0]);
              await saveScreen(page, `${name}_q1-anterior`);
              await tap('[data-answers] a >> nth=-1');
              await expect.poll(() => heading(page), { timeout: 15_000 }).not.toBe(questions[0]);
            }
          }
          expect(questions).toHaveLength(6);
          await saveScreen(page, `${name}_final`);
          expect(await page.locator('[data-contacts] a[href="tel:1818"]').count()).toBe(1);

          // The ending's sources, behind "¿De dónde sale esto?", open on a tap.
          const summary = page.locator('[data-step-sources] summary');
          await expect(summary.innerText()).resolves.toContain(lang.strings['tool.sources']);
          const sources = page.locator('[data-step-sources] [data-sources] li');
          expect(await sources.first().isVisible()).toBe(false);
          await summary.click();
          await expect.poll(() => sources.first().isVisible(), { timeout: 15_000 }).toBe(true);
          await sources.first().scrollIntoViewIfNeeded();
          await saveScreen(page, `${name}_fuentes`);
          await page.context().close();
        }, 120_000);
      }
    }
  }
});
