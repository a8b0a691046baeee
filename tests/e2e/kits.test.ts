/**
 * Kits, lessons and campaigns in Chromium: a lesson prints cleanly on A4 (no navigation, the
 * address after each external link and the site's full address after each link to the site, none
 * after a tel: link), the printable kit puts lesson 1 on its first sheet and starts every other
 * lesson on a new one, no sheet ends with a heading, the "Imprimir" button prints with JavaScript
 * and is absent without it, and the kit, lesson and campaign pages have no axe violation.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { siteUrl as publicUrl } from '../../src/site';
import { expectAccessible, siteUrl, useBrowser } from '../setup/browser';
import { flat, pdfText } from '../support/pdf';

const root = join(import.meta.dirname, '..', '..');
const { entries } = checkContent(join(root, 'content'), root);
const kit = entries.find((e) => e.collection === 'toolkits' && e.lang === 'es' && e.id === 'secundaria') ?? entries.find((e) => e.collection === 'toolkits');
const lessons = entries
  .filter((e) => e.collection === 'lessons' && e.lang === 'es' && e.id.startsWith(`${kit?.id}/lessons/`))
  .sort((a, b) => Number(a.data.order) - Number(b.data.order));
const lesson = lessons[0];
const lessonPath = `/kits/${kit?.id}/${lesson?.id.split('/').at(-1)}/`;
const campaign = entries.find((e) => e.collection === 'campaigns' && e.lang === 'qu');

const browser = useBrowser();

async function printed(path: string) {
  const page = await browser.newPage();
  const response = await page.goto(siteUrl(path));
  expect(response?.status(), path).toBe(200);
  await page.emulateMedia({ media: 'print' });
  const pdf = await pdfText(await page.pdf({ format: 'A4', printBackground: false }));
  await page.context().close();
  return pdf;
}

describe('printing', () => {
  test('a lesson prints on A4 with its steps and sheet, without navigation, with addresses after external links', async () => {
    const { text } = await printed(lessonPath);
    const content = flat(text);
    expect(content).toContain(flat(String(lesson?.data.title)));
    for (const step of lesson?.data.steps as { title: string }[]) expect(content).toContain(flat(step.title));
    const sheet = lesson?.data.sheet as { title: string } | undefined;
    if (sheet) expect(content).toContain(flat(sheet.title));
    // No skip link, quick exit, main navigation, language switch or footer on paper.
    for (const chrome of ['Saltar al contenido', 'Salir rápido', 'Navegar con seguridad', 'Socios de la Alianza', 'Runasimipi', 'Otras sesiones del kit']) {
      expect(content, chrome).not.toContain(chrome);
    }
    // The hotlines stay: they are what a reader of the sheet needs.
    expect(content).toContain('1818');
    const external = (lesson?.data.sources as { url?: string }[]).find((s) => s.url)?.url;
    if (external) expect(content.replace(/\s/g, '')).toContain(`(${external})`);
    // A link to the site prints its full address (the kit it belongs to); a tel: link does not.
    expect(content.replace(/\s/g, '')).toContain(`(${publicUrl.replace(/\/$/, '')}/kits/${kit?.id}/)`);
    expect(content.replace(/\s/g, '')).not.toContain('(tel:');
  });

  test('the printable kit puts lesson 1 on its first sheet and starts every other lesson on a new one; no sheet ends with a heading', async () => {
    const { pageTexts } = await printed(`/kits/${kit?.id}/imprimir/`);
    const headingOf = (i: number) => flat(`Sesión ${i + 1}: ${String(lessons[i]?.data.title)}`);
    // The first sheet holds the kit's title and the start of lesson 1: not an almost empty page.
    expect(flat(pageTexts[0] ?? '')).toContain(flat(String(kit?.data.title)));
    expect(flat(pageTexts[0] ?? '')).toContain(headingOf(0));
    expect(flat(pageTexts[0] ?? '')).toContain(flat((lessons[0]?.data.objectives as string[])[0] ?? ''));
    const starts = lessons.slice(1).map((_, i) => pageTexts.findIndex((p) => flat(p).startsWith(headingOf(i + 1))));
    expect(starts.every((s) => s > 0), `pages starting with lessons 2…: ${starts.join(', ')}`).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(new Set(starts).size).toBe(lessons.length - 1);
    // The headings of every lesson's parts: none is the last line of a sheet.
    const headings = ['Objetivos', 'Materiales', 'Paso a paso', 'Cierre', 'Cómo evaluar', 'Se apoya en', ...lessons.map((_, i) => headingOf(i))];
    pageTexts.forEach((text, i) => {
      const last = flat(text.trim().split('\n').filter((l) => l.trim()).at(-1) ?? '');
      expect(headings.map(flat), `sheet ${i + 1} ends with the heading «${last}»`).not.toContain(last);
    });
  });
});

describe('the print button', () => {
  test('with JavaScript, "Imprimir" opens the print dialog and the hint is hidden', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.goto(siteUrl(lessonPath));
    const button = page.locator('[data-print-button]');
    await expect.poll(() => button.isVisible(), { timeout: 15_000 }).toBe(true);
    await expect(button.textContent()).resolves.toBe('Imprimir');
    await expect(page.locator('[data-print-hint]').isVisible()).resolves.toBe(false);
    await button.click();
    await expect.poll(() => page.locator('html[data-printed]').count(), { timeout: 15_000 }).toBe(1);
    await page.context().close();
  });

  test('without JavaScript there is no button, and the hint says how to print', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    for (const path of [lessonPath, `/kits/${kit?.id}/imprimir/`]) {
      await page.goto(siteUrl(path));
      await expect(page.locator('[data-print-button]').isVisible(), path).resolves.toBe(false);
      await expect(page.locator('[data-print-hint]').innerText(), path).resolves.toMatch(/«Imprimir» de tu navegador/);
    }
    await page.context().close();
  });
});

describe('accessibility', () => {
  const paths = [
    '/kits/',
    `/kits/${kit?.id}/`,
    lessonPath,
    `/qu${lessonPath}`,
    `/kits/nivel/${String(kit?.data.level)}/`,
    '/campanas/',
    `/campanas/${campaign?.id}/`,
    `/qu/campanas/${campaign?.id}/`,
    '/estado-de-traducciones/',
  ];
  for (const path of paths) {
    test(`${path} has no axe violations`, async () => {
      await expectAccessible(browser, path);
    });
  }
});
