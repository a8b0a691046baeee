/**
 * Every phone number the site shows can be called with a tap: on every page of dist/, each number
 * of the facts registry that the text shows is a tel: link, and so is each hotline on the posters:
 * found as the content check finds numbers ("Línea 1818", "llama al 105", "0-800-15170"), and
 * also written bare ("va al 105", "105 (PNP)": any of the registry's numbers standing alone), and
 * in the text of another link (a source's title "Nota sobre la Línea 1810", a tool's "Llama al
 * 105 ahora"). Left out is what is not shown (<head>, scripts, SVG titles and descriptions) and the
 * nodes of a tool's flowchart: each is one drawn link to its step, whose page has the number as a
 * tel: link, and a link cannot hold a link.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../scripts/links-report.mjs';
import { scanLine } from '../../src/lib/facts/scan';
import { registryPhoneKeys } from '../../src/integrations/tel-links';
import { htmlPages, posterSvgs, readPage } from '../support/dist';

const keys = registryPhoneKeys(join(import.meta.dirname, '..', '..', 'content', 'facts'));
const BLOCK = /<\/?(?:p|li|h\d|td|th|tr|div|section|dd|dt|ul|ol|table|summary|details|article|header|footer|nav|aside|br|figcaption|blockquote|main|label|text|tspan)\b[^>]*>/g;

/** The lines of text a page shows, with each tel: link as ☎ (the text of other links stays). */
function shownLines(html: string): string[] {
  const body = html
    .slice(Math.max(0, html.indexOf('<body')))
    .replace(/<(script|style|template|title|desc)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<svg\b[\s\S]*?<\/svg>/g, (svg) => svg.replace(/<a\b[^>]*>[\s\S]*?<\/a>/g, ' ⇢ '))
    .replace(/<a\b[^>]*href="tel:[^"]*"[^>]*>[\s\S]*?<\/a>/g, ' ☎ ')
    .replace(BLOCK, '\n')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(body).split('\n');
}

/** Each short number of the registry (105, 1818…) standing alone in a text, whatever comes before it. */
const shortNumbers = [...keys].map((k) => k.replace('phone ', '')).filter((n) => n.length <= 5);
const BARE = new RegExp(String.raw`(?<![\d.,/-])(?:${shortNumbers.join('|')})(?![\d-]|[.,]\d)`, 'g');

/** The registry's numbers a text shows outside tel: links, each with its line. */
const unlinked = (lines: string[]) =>
  lines.flatMap((line) => {
    const found = scanLine(line).filter((c) => c.kind === 'phone' && keys.has(c.key)).map((c) => c.text);
    const bare = [...line.matchAll(BARE)].map((m) => m[0]).filter((n) => !found.includes(n));
    return [...found, ...bare].map((n) => `«${n}» in «${line.trim().slice(0, 100)}»`);
  });

describe('phone numbers', () => {
  it('the registry holds the hotlines the check looks for', () => {
    expect([...keys]).toEqual(expect.arrayContaining(['phone 105', 'phone 1818', 'phone 100', 'phone 1810', 'phone 080015170']));
  });

  it('on every page, each number of the registry the text shows is a tel: link', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(200);
    const problems = pages.flatMap((path) => unlinked(shownLines(readPage(path))).map((p) => `${path}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('in an editor’s text, only the number is the link, and it calls that number', () => {
    // content/regions/loreto/es.mdx: "la Línea 1818 del Ministerio del Interior, para denunciar…"
    const html = readPage('/regiones/loreto/');
    expect(html).toMatch(/Línea <a href="tel:1818" data-tel>1818<\/a> del Ministerio del Interior/);
    // A frozen protocol version, linked as it is rendered; its file is unchanged (the URL registry).
    expect(readPage('/protocolos/ruta-de-derivacion/v2.0/')).toMatch(/<a href="tel:105" data-tel>105<\/a>/);
    expect(readPage('/qu/fuentes/')).toMatch(/<a href="tel:080015170" data-tel>0-800-15170<\/a>/);
  });

  it('on every poster, each hotline’s number and name are a tel: link', () => {
    const posters = posterSvgs();
    expect(posters.length).toBeGreaterThanOrEqual(2);
    for (const file of posters) {
      const svg = readFileSync(file, 'utf8');
      const lines = shownLines(svg.replace(/<a xlink:href="tel:[^"]*">[\s\S]*?<\/a>/g, ' ☎ '));
      expect(unlinked(lines), file).toEqual([]);
      expect(svg, file).toMatch(/<a xlink:href="tel:1818"><text[^>]*><tspan[^>]*>1818<\/tspan><\/text><\/a>/);
    }
  });
});
