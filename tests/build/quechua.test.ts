/**
 * The Quechua pages as readers get them: tagged quz everywhere, and their Quechua text (what is
 * not marked lang="es") free of the forms of other varieties and of the Spanish words that
 * content/data/quechua-forms.yaml lists: the interface strings, the content and the tools together.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formListSchema, formProblems } from '../../src/lib/content/quechua-forms';
import { htmlPages, readPage } from '../support/dist';

const list = 'content/data/quechua-forms.yaml';
const rules = formListSchema.parse(parse(readFileSync(join(import.meta.dirname, '..', '..', list), 'utf8')));
const SKIP = new Set(['head', 'script', 'style', 'code', 'pre', 'template']);

/** The text of a page in its own language: each block's text, leaving out what is marked lang="es". */
function quechuaText(node: Nodes, out: string[] = []): string[] {
  if (node.type === 'text') out.push(node.value);
  if (node.type === 'element') {
    const lang = node.properties['lang'];
    if (SKIP.has(node.tagName) || (typeof lang === 'string' && lang !== 'quz')) return out;
    if (node.tagName !== 'span' && node.tagName !== 'a' && node.tagName !== 'strong' && node.tagName !== 'em') out.push('\n');
  }
  if ('children' in node) for (const child of node.children) quechuaText(child as Nodes, out);
  return out;
}

const quechuaPages = htmlPages().filter((p) => p.startsWith('/qu/'));

describe('Quechua pages', () => {
  it('are tagged quz in lang and in Open Graph', () => {
    const home = readPage('/qu/');
    expect(home).toMatch(/<html lang="quz"/);
    expect(home).toContain('<meta property="og:locale" content="quz_PE"');
  });

  it('have no form of another variety and no stray Spanish word in their Quechua text', () => {
    expect(quechuaPages.length).toBeGreaterThan(50);
    const problems = quechuaPages.flatMap((page) => {
      const body = readPage(page);
      const lines = quechuaText(fromHtml(body))
        .join('')
        .split('\n')
        .map((text, i) => ({ line: i + 1, text }));
      return formProblems(lines, rules, page, list).map((p) => `${page}: ${p.message.split(' (')[0]} in «${lines[Number(p.field?.slice(5)) - 1]?.text.trim().slice(0, 140)}»`);
    });
    expect(problems).toEqual([]);
  });

  it('mark only the Spanish names, addresses and hours of services as Spanish, not the labels', () => {
    const html = readPage('/qu/regiones/loreto/');
    const service = /<li data-service="[^"]+">([\s\S]*?)<\/li>/.exec(html);
    expect(service, 'a service on the Loreto page').not.toBeNull();
    expect(service?.[1]).toMatch(/^\s*<p class="font-semibold">[^<]+: <span lang="es">/);
  });

  it('mark the Spanish meaning their notices and labels give as Spanish, and show no mark', () => {
    const spanishOf = (html: string, marker: string) =>
      [...(new RegExp(`<[a-z]+[^>]*${marker}[^>]*>([\\s\\S]*?)</(p|dl)>`).exec(html)?.[1] ?? '').matchAll(/<span lang="es">([^<]+)<\/span>/g)].map((m) => m[1]);
    // src/i18n/qu.ts marks these passages {es:…}; the page sets them in a span lang="es".
    expect(spanishOf(readPage('/qu/'), 'data-draft-notice')).toEqual(['Traducción en borrador, pendiente de revisión.']);
    expect(spanishOf(readPage('/qu/'), 'data-translation-status')).toEqual(['Los textos en quechua son borradores pendientes de revisión.']);
    expect(spanishOf(readPage('/qu/protocolos/ruta-de-derivacion/v2.0/'), 'data-version-meta')).toEqual(['(documento de ejemplo, no oficial)', '(fecha del ejemplo)']);
    for (const page of quechuaPages) expect(readPage(page), page).not.toMatch(/\{(es|qu):/);
  });
});
