/**
 * Decision trees step in place with JavaScript and by links without it; every question has its
 * answers on a phone's first screen; checklists print on one A4 page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { expectAccessible, formatViolations, runAxe, siteUrl, useBrowser } from '../setup/browser.ts';
import { pdfText } from '../support/pdf';

const browser = useBrowser();
const tool = '/herramientas/que-hago-si-sospecho/';

describe('decision trees', () => {
  test('with JavaScript, answers step in place and Back returns to the previous step', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl(tool));
    await page.evaluate(() => {
      (window as unknown as { samePage: boolean }).samePage = true;
    });
    const firstQuestion = await page.locator('[data-step-heading]').textContent();
    await page.locator('a[data-step-link]').nth(1).click();
    await expect.poll(() => page.locator('[data-step-heading]').textContent()).not.toBe(firstQuestion);
    expect(new URL(page.url()).pathname).not.toBe(tool);
    expect(new URL(page.url()).pathname.startsWith(tool)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    await page.goBack();
    await expect.poll(() => page.locator('[data-step-heading]').textContent()).toBe(firstQuestion);
    expect(new URL(page.url()).pathname).toBe(tool);
  });

  test('without JavaScript, following answers reaches an ending with whom to call', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl(tool));
    for (let i = 0; i < 12 && (await page.locator('[data-ending-card]').count()) === 0; i++) {
      await page.locator('a[data-step-link]').first().click();
    }
    await expect(page.locator('[data-ending-card]').count()).resolves.toBe(1);
    expect(await page.locator('[data-contacts] a[href^="tel:"]').count()).toBeGreaterThan(0);
  });

  for (const path of [
    tool,
    '/herramientas/oferta-o-trampa/',
    '/qu/herramientas/oferta-o-trampa/',
    `${tool}mapa/`,
    '/herramientas/',
    '/regiones/cusco/',
    '/senales-de-alerta/transporte/',
    '/calendario/',
    '/qu/glosario/',
  ]) {
    test(`${path}: no axe violations`, async () => {
      await expectAccessible(browser, path);
    });
  }

  test('an ending page: no axe violations', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl(tool));
    await page.locator('a[data-step-link]').first().click();
    expect(await page.locator('[data-ending-card]').count()).toBe(1);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});

describe('every question of every tool, at 360 × 640 without JavaScript', () => {
  const dir = join(import.meta.dirname, '../../content/tools');
  const questions = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((file) => {
      const tree = parse(readFileSync(join(dir, file), 'utf8')) as { start: string; steps: Record<string, { ending?: boolean }> };
      const slug = file.replace(/\.yaml$/, '');
      return Object.entries(tree.steps)
        .filter(([, step]) => !step.ending)
        .map(([id]) => `herramientas/${slug}/${id === tree.start ? '' : `${id}/`}`);
    });

  for (const lang of ['/', '/qu/']) {
    test(`${lang}: the answers are on the first screen, under "Pregunta N de M", with no scroll`, async () => {
      expect(questions.length).toBeGreaterThan(10);
      const page = await browser.newPage({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
      const late: string[] = [];
      for (const path of questions) {
        await page.goto(siteUrl(`${lang}${path}`));
        if (!(await page.locator('[data-step-progress]').isVisible())) late.push(`${lang}${path}: no "Pregunta N de M"`);
        const bottom = await page.locator('[data-answers]').evaluate((ul) => ul.getBoundingClientRect().bottom);
        if (bottom > 640) late.push(`${lang}${path}: the answers end at ${Math.round(bottom)} px`);
      }
      await page.context().close();
      expect(late).toEqual([]);
    }, 120_000);
  }
});

describe('printing', () => {
  for (const slug of ['que-hago-si-sospecho', 'oferta-o-trampa']) {
    test(`the whole ${slug} tree prints on one A4 page`, async () => {
      const page = await browser.newPage();
      await page.goto(siteUrl(`/herramientas/${slug}/imprimir/`));
      await page.emulateMedia({ media: 'print' });
      const { pages } = await pdfText(await page.pdf({ format: 'A4' }));
      expect(pages).toBe(1);
    });
  }

  for (const sector of ['escuelas', 'salud', 'transporte', 'turismo']) {
    test(`the ${sector} checklist prints on one A4 page`, async () => {
      const page = await browser.newPage();
      await page.goto(siteUrl(`/senales-de-alerta/${sector}/imprimir/`));
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const { pages, text } = await pdfText(pdf);
      expect(pages).toBe(1);
      expect(text).toContain('105');
    });
  }
});
