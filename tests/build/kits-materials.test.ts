/**
 * What a teacher and a campaign worker find on the pages of dist/: each lesson page links its own
 * PDF and its kit's PDF and ZIP, each with its size shown; a "Imprimir" button that stays hidden
 * until JavaScript shows it, with a hint how to print; the hand worksheet gives a box to draw in
 * (and its PDF keeps the box and every item on one sheet);
 * each campaign page shows a small, lazy preview of each poster with alternative text and an
 * "Abrir" link beside its downloads, links the radio scripts of its other language, and marks its
 * scripts and social texts for the copy buttons.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { distDir, readPage } from '../support/dist';
import { flat, pdfText } from '../support/pdf';

const root = join(import.meta.dirname, '..', '..');
const { entries } = checkContent(join(root, 'content'), root);
const lessons = entries.filter((e) => e.collection === 'lessons' && e.lang === 'es');
const campaigns = entries.filter((e) => e.collection === 'campaigns' && e.lang === 'es');
const links = (html: string, selector: RegExp) => [...html.matchAll(selector)].map((m) => m[0]);

describe('lesson pages', () => {
  it.each(lessons.map((l) => [l.id]))('%s links its PDF and its kit’s PDF and ZIP, sizes shown', (id) => {
    const [kit, , lesson] = id.split('/');
    for (const prefix of ['', '/qu']) {
      const html = readPage(`${prefix}/kits/${kit}/${lesson}/`);
      const downloads = /<section\b[^>]*data-kit-downloads[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      for (const href of [`/kits/${kit}/${lesson}.pdf`, `/kits/${kit}.pdf`, `/kits/${kit}.zip`]) {
        const link = links(downloads, new RegExp(`<a href="${href.replace(/\./g, '\\.')}"[^>]*>[^<]*</a>`, 'g'))[0];
        expect(link, `${prefix}: ${href}`).toBeDefined();
        expect(link).toMatch(/data-size-bytes="\d+"/);
        expect(link).toMatch(/\((?:PDF|ZIP), [\d.,]+\s?(?:KB|MB|bytes)\)<\/a>$/);
      }
      // The print button is hidden until the script shows it; the hint says how without it.
      expect(html).toMatch(/<button type="button" hidden[^>]*data-print-button>(?:Imprimir|Imprimiy)<\/button>/);
      expect(html).toMatch(/data-print-hint>[^<]*«Imprimir»/);
    }
  });

  it('the printable kit has the print button too', () => {
    expect(readPage('/kits/primaria/imprimir/')).toMatch(/<button type="button" hidden[^>]*data-print-button>Imprimir<\/button>/);
  });

  it('the hand worksheet gives a box to draw in; a writing worksheet does not', () => {
    expect(readPage('/kits/primaria/personas-de-confianza/')).toMatch(/<section[^>]*data-activity-sheet[\s\S]*Dibuja el contorno de tu mano[\s\S]*data-drawing-box[\s\S]*<\/section>/);
    expect(readPage('/kits/primaria/mural-23-de-septiembre/')).not.toContain('data-drawing-box');
  });

  it('the hand worksheet’s PDF keeps its box and all its items on one sheet', async () => {
    const { pageTexts } = await pdfText(readFileSync(join(distDir(), 'kits/primaria/personas-de-confianza.pdf')));
    const sheet = pageTexts.map(flat).find((p) => p.includes('Dibuja el contorno de tu mano'));
    expect(sheet).toBeDefined();
    expect(sheet).toContain(flat('La frase que diré para pedir ayuda'));
  });
});

describe('campaign pages', () => {
  it.each(campaigns.map((c) => [c.id]))('%s previews each poster, opens it, and links the other language’s scripts', (slug) => {
    for (const [prefix, other, otherPrefix] of [['', 'qu', '/qu'], ['/qu', 'es', '']] as const) {
      const html = readPage(`${prefix}/campanas/${slug}/`);
      const previews = links(html, /<img\b[^>]*data-poster-preview[^>]*>/g);
      expect(previews.length, prefix).toBe(2);
      for (const img of previews) {
        expect(img).toMatch(/ src="\/campanas\/[^"]+\/afiche-(?:es|qu)\.svg"/);
        expect(img).toMatch(/ loading="lazy"/);
        expect(Number(/ width="(\d+)"/.exec(img)?.[1])).toBeLessThanOrEqual(160);
        expect(/ alt="([^"]{10,})"/.exec(img)?.[1]).toMatch(/^Afiche /);
      }
      const open = links(html, /<a href="(\/campanas\/[^"]+\/afiche-(?:es|qu)\.svg)"[^>]*data-poster-open>[^<]+<\/a>/g);
      expect(open.length).toBe(2);
      for (const a of open) expect(a).not.toContain('download');
      const scripts = new RegExp(`<a href="${otherPrefix}/campanas/${slug}/#radio-title" hreflang="(?:es|quz)"[^>]*data-other-scripts="${other}"[^>]*>[^<]+</a>`);
      expect(html).toMatch(scripts);
      expect(html).toMatch(/data-copy-block[^>]*data-copy-label="(?:Copiar|Copiay)"/);
      expect(links(html, /data-copy-text/g).length).toBeGreaterThanOrEqual(2);
    }
  });
});
