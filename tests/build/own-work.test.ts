/**
 * What the site's own work is, said where a reader meets it (issue 18, point 3): every checklist
 * of warning signs and every decision tool says, on its page, its printable sheet and (for tools)
 * its start page, each ending and its map, that the site's team wrote it and no authority has
 * approved it, until its content carries an approval record. And the home page says what a caller
 * should know beyond each number: the 911 announced to replace the 105, the year the Defensoría's
 * line was last confirmed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { es } from '../../src/i18n/es';
import { qu } from '../../src/i18n/qu';
import { readPage } from '../support/dist';

const root = join(import.meta.dirname, '..', '..');
const { entries } = checkContent(join(root, 'content'), root);
const checklists = entries.filter((e) => e.collection === 'checklists' && e.lang === 'es');
const tools = entries.filter((e) => e.collection === 'tools');
const LANGS = [['', es], ['/qu', qu]] as const;

const ownWork = (html: string) => /<p role="note" class="[^"]*" data-own-work="(\w+)">([^<]*)<\/p>/.exec(html);

describe('checklists and tools say they are the site\'s own work, not approved by any authority', () => {
  it('none has an approval record yet (when one does, this test and the notice change)', () => {
    expect([...checklists, ...tools].filter((e) => e.data['approval']).map((e) => e.id)).toEqual([]);
  });

  it.each(checklists.map((e) => e.id))('checklist %s: its page and its printable sheet, in both languages', (slug) => {
    for (const [prefix, t] of LANGS) {
      for (const path of [`${prefix}/senales-de-alerta/${slug}/`, `${prefix}/senales-de-alerta/${slug}/imprimir/`]) {
        const notice = ownWork(readPage(path));
        expect(notice?.[1], path).toBe('checklist');
        expect(notice?.[2]).toBe(t['ownWork.checklist']);
      }
    }
  });

  it.each(tools.map((e) => e.id))('tool %s: its start page, every ending, its map and its sheet, not its other questions', (slug) => {
    const data = tools.find((e) => e.id === slug)!.data as { start: string; steps: Record<string, { ending?: boolean }> };
    for (const [prefix, t] of LANGS) {
      const tool = `${prefix}/herramientas/${slug}/`;
      const endings = Object.entries(data.steps).filter(([, s]) => s.ending).map(([id]) => `${tool}${id}/`);
      expect(endings.length).toBeGreaterThan(0);
      for (const path of [tool, ...endings, `${tool}mapa/`, `${tool}imprimir/`]) {
        expect(ownWork(readPage(path))?.[2], path).toBe(t['ownWork.tool']);
      }
      const questions = Object.entries(data.steps).filter(([id, s]) => !s.ending && id !== data.start).map(([id]) => `${tool}${id}/`);
      for (const path of questions) expect(readPage(path), path).not.toContain('data-own-work');
    }
  });
});

describe('the home page says what a caller should know beyond the numbers', () => {
  // The note's text may hold tel: links of its own (the 105 in it); its last link is its source.
  const note = (html: string, fact: string) => {
    const found = new RegExp(`<span class="block text-sm" data-hotline-note="${fact}"([^>]*)>(.*?) <a href="(/[^"]*fuentes/[^"]*)">([^<]*)</a></span>`).exec(html);
    return found && [found[0], found[1], found[2]?.replace(/<[^>]+>/g, ''), found[3], found[4]];
  };

  it.each(LANGS)('%s/: under the 105, the announced 911; under the Defensoría\'s line, the year it was confirmed; each linked to its source', (prefix) => {
    const page = readPage(`${prefix}/`);
    const html = page.slice(page.indexOf('data-home-hotlines'));
    const announced = note(html, 'numero-911-anuncio');
    expect(announced?.[2]).toMatch(prefix ? /^2023 watapi, diciembre killapi, Gobiernoqa 911 yupayta/ : /^En diciembre de 2023 el Gobierno anunció un número único de emergencias, el 911, para reemplazar al 105\. Es un anuncio: no se ha comprobado que el 911 ya funcione\./);
    expect(announced?.[3]).toBe(`${prefix}/fuentes/#numero-911-anuncio`);
    expect(announced?.[1], 'in the page\'s own language').toBe('');
    // Announced and not known to work: mentioned, never offered as a number to call.
    expect(page).not.toContain('href="tel:911"');
    const dated = note(html, 'defensoria-numero');
    expect(dated?.[2]).toMatch(/2013/);
    expect(dated?.[3]).toBe(`${prefix}/fuentes/#defensoria-numero`);
    // The note sits under its own line: the 105's before the 1818's link, the Defensoría's after its own.
    expect(html.indexOf('data-hotline-note="numero-911-anuncio"')).toBeLessThan(html.indexOf('href="tel:1818"'));
    expect(html.indexOf('data-hotline-note="defensoria-numero"')).toBeGreaterThan(html.indexOf('href="tel:080015170"'));
  });
});
