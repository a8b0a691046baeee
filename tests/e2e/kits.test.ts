/**
 * Kits, lessons and campaigns in Chromium: a lesson prints cleanly on A4 (no navigation, the
 * address after each external link), the printable kit starts every lesson on a new sheet, and
 * the kit, lesson and campaign pages have no axe violation.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
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
  });

  test('the printable kit starts every lesson on a new A4 sheet', async () => {
    const { pageTexts } = await printed(`/kits/${kit?.id}/imprimir/`);
    const starts = lessons.map((l, i) => {
      const heading = flat(`Sesión ${i + 1}: ${String(l.data.title)}`);
      return pageTexts.findIndex((p) => flat(p).startsWith(heading));
    });
    expect(starts.every((s) => s > 0), `pages starting with each lesson: ${starts.join(', ')}`).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(new Set(starts).size).toBe(lessons.length);
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
