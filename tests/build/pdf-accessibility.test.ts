/**
 * Every PDF of dist/, read as a screen reader and a printer would (tests/support/pdf-structure.ts,
 * PDF.js's public API): tagged (MarkInfo Marked), in its language, with a structure tree whose first
 * heading is the document's title, every font embedded, and, for a sample or a draft translation,
 * the label on every page. A protocol PDF's numbered headings are the HTML version's, in order.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useStrings } from '../../src/i18n';
import { distDir, readPage, visibleText } from '../support/dist';
import { pdfStructure, type PdfStructure } from '../support/pdf-structure';

const dist = distDir();
// The strings as pages and PDFs show them (a passage marked as Spanish, src/i18n/passages.ts, unmarked).
const es = useStrings('es');
const qu = useStrings('qu');

function pdfsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : pdfsUnder(full);
    return name.endsWith('.pdf') ? [`/${relative(dist, full)}`] : [];
  });
}

const all = pdfsUnder(dist);
const read = new Map<string, Promise<PdfStructure>>();
const structure = (path: string) => {
  let s = read.get(path);
  if (!s) read.set(path, (s = pdfStructure(readFileSync(join(dist, path)))));
  return s;
};

/** Every PDF the site makes is tagged. */
const TAGGED = /\.pdf$/;

describe('every PDF of the site', () => {
  it('there are PDFs of each kind', () => {
    expect(all.filter((p) => /^\/(qu\/)?protocolos\//.test(p)).length).toBeGreaterThanOrEqual(8);
    expect(all.filter((p) => /^\/kits\/[^/]+\.pdf$/.test(p)).length).toBeGreaterThanOrEqual(3);
    expect(all.filter((p) => /^\/kits\/[^/]+\/[^/]+\.pdf$/.test(p)).length).toBeGreaterThanOrEqual(9);
    expect(all.filter((p) => /^\/campanas\/[^/]+\/afiche-(es|qu)\.pdf$/.test(p)).length).toBeGreaterThanOrEqual(6);
  });

  it('is tagged, in its language, titled by its first heading, with every font embedded', async () => {
    for (const path of all.filter((p) => TAGGED.test(p))) {
      const s = await structure(path);
      expect(s.marked, path).toBe(true);
      expect(s.language, path).toBe(path.startsWith('/qu/') || path.endsWith('-qu.pdf') ? 'quz' : 'es');
      expect(s.displayDocTitle, path).toBe(true);
      expect(s.xmp['pdfuaid:part'], path).toBe('1');
      expect(s.headings[0]?.role, path).toBe('H1');
      expect(s.headings[0]?.text, path).toBe(s.xmp['dc:title']);
      expect(s.unembeddedFonts, path).toEqual([]);
    }
  });
});

describe('protocol PDFs', () => {
  const protocols = all.filter((p) => /^\/(qu\/)?protocolos\/[^/]+\/v[\d.]+\.pdf$/.test(p));
  const pageOf = (pdf: string) => pdf.replace(/\.pdf$/, '/');

  it('have the numbered headings of their HTML version, in its order', async () => {
    for (const path of protocols) {
      const html = readPage(pageOf(path));
      const expected = [...html.matchAll(/<h([2-4]) id="s-[\d-]+">([^<]+?)\s*<a/g)].map((m) => ({ role: `H${m[1]}`, text: m[2]?.trim() }));
      expect(expected.length, path).toBeGreaterThan(3);
      const numbered = (await structure(path)).headings.filter((h) => /^\d+(\.\d+)* /.test(h.text));
      expect(numbered, path).toEqual(expected);
    }
  });

  it('say "sample" on every page of a sample, and "draft" on every page of a draft translation, never "Vigente"', async () => {
    let samples = 0;
    let drafts = 0;
    for (const path of protocols) {
      const quechua = path.startsWith('/qu/');
      const t = quechua ? qu : es;
      const html = visibleText(readPage(pageOf(path)));
      const sample = html.includes(t('protocol.sampleStatus'));
      const draft = quechua && html.includes(qu('notice.draft'));
      samples += Number(sample);
      drafts += Number(draft);
      const { pageTexts } = await structure(path);
      pageTexts.forEach((text, i) => {
        const flat = text.replace(/\s+/g, ' ');
        if (sample) expect(flat, `${path}, page ${i + 1}`).toContain(t('protocol.sampleStatus'));
        if (sample) expect(flat, `${path}, page ${i + 1}`).not.toMatch(/Vigente/);
        if (draft) expect(flat, `${path}, page ${i + 1}`).toContain(qu('protocol.pdfDraft'));
      });
    }
    // The content has both today; a test that checked neither would prove nothing.
    expect(samples).toBeGreaterThan(0);
    expect(drafts).toBeGreaterThan(0);
  });
});

describe('Quechua PDFs', () => {
  it('set the Spanish meaning their labels and notices give as Spanish (a Span with its /Lang), and print no mark', async () => {
    const quechua = all.filter((p) => p.startsWith('/qu/') || p.endsWith('-qu.pdf'));
    expect(quechua.length).toBeGreaterThanOrEqual(4);
    for (const path of quechua) {
      const s = await structure(path);
      expect(s.pageTexts.join('\n'), path).not.toMatch(/\{(es|qu):/);
      const spanish = s.all.filter((n) => n.lang === 'es').map((n) => n.text);
      if (path.startsWith('/qu/protocolos/')) expect(spanish, path).toEqual(expect.arrayContaining(['(documento de ejemplo, no oficial)', '(fecha del ejemplo)']));
      // Every poster in Quechua is a draft translation today: its notice ends in Spanish.
      else expect(spanish, path).toEqual(['Traducción en borrador, pendiente de revisión.']);
    }
  });
});

describe('kit and lesson PDFs', () => {
  const kits = all.filter((p) => /^\/kits\/.+\.pdf$/.test(p));

  it('say "sample" on every page of a sample kit or lesson', async () => {
    let samples = 0;
    for (const path of kits) {
      const kitPage = `/kits/${path.split('/')[2]?.replace(/\.pdf$/, '')}/`;
      if (!visibleText(readPage(kitPage)).includes(es('notice.sample'))) continue;
      samples += 1;
      const { pageTexts } = await structure(path);
      pageTexts.forEach((text, i) => expect(text.replace(/\s+/g, ' '), `${path}, page ${i + 1}`).toContain(es('protocol.sampleStatus')));
    }
    expect(samples).toBeGreaterThan(0);
  });
});

describe('posters', () => {
  const posters = all.filter((p) => /afiche-(es|qu)\.pdf$/.test(p));

  it('print the sample notice, and the draft notice on a draft translation, on their one page', async () => {
    let samples = 0;
    let drafts = 0;
    for (const path of posters) {
      const quechua = path.endsWith('-qu.pdf');
      const t = quechua ? qu : es;
      const page = visibleText(readPage(`${quechua ? '/qu' : ''}${path.replace(/afiche-(es|qu)\.pdf$/, '')}`));
      const { pageTexts } = await structure(path);
      expect(pageTexts, path).toHaveLength(1);
      const text = pageTexts[0]?.replace(/\s+/g, ' ') ?? '';
      if (page.includes(t('notice.sample'))) {
        samples += 1;
        expect(text, path).toContain(t('campaigns.sampleAll'));
      }
      if (quechua && page.includes(qu('notice.draft'))) {
        drafts += 1;
        expect(text, path).toContain(qu('notice.draft'));
      }
    }
    expect(samples).toBeGreaterThan(0);
    expect(drafts).toBeGreaterThan(0);
  });
});
