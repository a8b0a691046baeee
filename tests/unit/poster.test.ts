import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { posterPdf } from '../../src/lib/campaigns/poster/pdf';
import { posterSvg } from '../../src/lib/campaigns/poster/svg';
import type { PosterHotline, PosterInput } from '../../src/lib/campaigns/poster/input';
import { flat, pdfDetails, pdfText } from '../support/pdf';

/** The national hotlines as content/data/hotlines.yaml has them (their purposes are long). */
const LINE_1818: PosterHotline = {
  name: 'Línea 1818',
  number: '1818',
  purpose: 'Para denunciar la trata de personas y otros casos. Según el Mininter (2021), puedes denunciar sin dar tu nombre.',
};
const LINE_105: PosterHotline = {
  name: 'Central de Emergencias 105',
  number: '105',
  purpose: 'Para emergencias, cuando alguien corre peligro ahora. También atiende en quechua e inglés.',
};
const LINE_1810: PosterHotline = {
  name: 'Línea 1810',
  number: '1810',
  purpose: 'Para avisar que una niña, un niño o un adolescente está en riesgo o sin la protección de su familia.',
};
const LINE_100: PosterHotline = {
  name: 'Línea 100',
  number: '100',
  purpose:
    'Orientación y apoyo ante la violencia familiar o sexual, también si sabes de un caso. Atiende en castellano, quechua y aimara.',
};
const DEFENSORIA: PosterHotline = {
  name: 'Línea gratuita de la Defensoría del Pueblo',
  number: '0-800-15170',
  purpose: 'Para pedir ayuda a la Defensoría del Pueblo, que defiende los derechos de las personas ante el Estado.',
};

const URL_ES = 'https://alianza-cpc.example/campanas/empleo-seguro-cusco/';
const NOTICE = 'Afiche de ejemplo del sitio: no es material oficial.';

function input(overrides: Partial<PosterInput> = {}): PosterInput {
  return {
    lang: 'es',
    title: 'Empleo seguro: ofertas de trabajo para adolescentes en Cusco',
    headline: '¿Una oferta demasiado buena? Pregunta primero',
    text:
      'Si te prometen mucho dinero, te llevan lejos, se quedan con tu DNI o te dicen que no avises a tu familia, ' +
      'puede ser una trampa. Antes de aceptar, habla con alguien de confianza.',
    hotlines: [LINE_1818, LINE_105, LINE_1810],
    url: URL_ES,
    strings: { call: 'Si sospechas, llama:', scan: 'Más información:' },
    notice: NOTICE,
    author: 'Alianza CPC',
    date: new Date('2026-11-28T00:00:00Z'),
    ...overrides,
  };
}

/** As long as the limits allow: 60-character headline, 220-character text, four long hotlines. */
const LONGEST = input({
  headline: 'Ninguna niña ni ningún niño está en venta: denúncialo hoy ya',
  text:
    'La trata de niñas, niños y adolescentes se puede prevenir. Si sabes de un caso, no lo calles: denuncia en ' +
    'la Línea 1818. Si alguien corre peligro ahora, llama al 105. Hablen en familia de las ofertas de trabajo fácil.',
  hotlines: [DEFENSORIA, LINE_100, LINE_1818, LINE_105],
  notice: `${NOTICE} La traducción al quechua es un borrador que aún revisan hablantes de la región.`,
});

/** Words and their size (pt), from PDF.js: what a reader of the PDF sees. */
async function pdfRuns(pdf: Buffer) {
  const options = { isEvalSupported: false } as Parameters<typeof getDocumentProxy>[1];
  const doc = await getDocumentProxy(new Uint8Array(pdf), options);
  try {
    const page = await doc.getPage(1);
    const [, , width, height] = page.view;
    const { items } = await page.getTextContent();
    const runs = items.flatMap((item) => {
      if (!('str' in item) || !item.str.trim()) return [];
      const [x, y] = (item.transform as number[]).slice(4);
      return [{ text: item.str, size: item.height, x: x ?? 0, y: y ?? 0, width: item.width }];
    });
    return { runs, width: width ?? 0, height: height ?? 0 };
  } finally {
    await doc.loadingTask.destroy();
  }
}

/** What keeps a text from being well-formed XML (a small check: tags, attributes, entities). */
function xmlProblems(xml: string): string[] {
  const entity = '&(?:amp|lt|gt|quot|apos|#\\d+|#x[\\da-fA-F]+);';
  const attribute = `\\s+[A-Za-z_][\\w:.-]*="(?:[^"<&]|${entity})*"`;
  const tag = `<(/?)([A-Za-z_][\\w:.-]*)((?:${attribute})*)\\s*(/?)>`;
  const token = new RegExp(`<\\?[\\s\\S]*?\\?>|<!--[\\s\\S]*?-->|${tag}|<|&(?!${entity.slice(1)})`, 'g');
  const problems: string[] = [];
  const open: string[] = [];
  let roots = 0;
  for (const [match, closing, name, , selfClosing] of xml.matchAll(token)) {
    if (match === '<' || match === '&') problems.push(`stray "${match}"`);
    else if (!name) continue; // declaration, comment
    else if (closing) {
      const expected = open.pop();
      if (expected !== name) problems.push(`</${name}> closes <${expected ?? 'nothing'}>`);
    } else {
      if (open.length === 0) roots++;
      if (!selfClosing) open.push(name);
    }
  }
  if (open.length > 0) problems.push(`unclosed <${open.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

function parseSvg(svg: string): Root {
  return fromHtml(svg, { fragment: true, space: 'svg' });
}

function elements(node: Root | Element, tagName: string): Element[] {
  const found: Element[] = [];
  const walk = (child: Root | RootContent) => {
    if (child.type === 'element' && child.tagName === tagName) found.push(child);
    if ('children' in child) child.children.forEach(walk);
  };
  walk(node);
  return found;
}

function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

const MM_PER_PT = 25.4 / 72;

/** Each <text> as its lines (its <tspan>s, and their baselines in mm), with its font size in pt. */
function svgTexts(svg: string) {
  return elements(parseSvg(svg), 'text').map((text) => ({
    size: Math.round((Number(text.properties['fontSize']) / MM_PER_PT) * 10) / 10,
    bold: text.properties['fontWeight'] === 'bold',
    lines: elements(text, 'tspan').map(textOf),
    ys: elements(text, 'tspan').map((tspan) => Number(tspan.properties['y'])),
  }));
}

/** The QR code's modules, read back from its path ("M x y h n v1 …z" per run of dark modules). */
function svgQrMatrix(svg: string): boolean[][] {
  const [path] = elements(parseSvg(svg), 'path');
  const d = String(path?.properties['d'] ?? '');
  const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])] as const);
  const size = Math.max(...runs.map(([x, , n]) => x + n), ...runs.map(([, y]) => y + 1));
  const matrix = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  for (const [x, y, n] of runs) for (let i = 0; i < n; i++) matrix[y]![x + i] = true;
  return matrix;
}

/** A QR finder pattern: a dark 7×7 ring, a light ring, a dark 3×3 centre. */
function isFinder(matrix: boolean[][], top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      if (matrix[top + r]?.[left + c] !== (ring !== 2)) return false;
    }
  }
  return true;
}


describe('posterPdf', async () => {
  const pdf = await posterPdf(input());
  const { text, pages } = await pdfText(pdf);
  const all = flat(text);

  it('is one A4 page with the headline, the text, every hotline and the URL', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages).toBe(1);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(all).toContain('¿Una oferta demasiado buena? Pregunta primero');
    expect(all).toContain('puede ser una trampa.');
    expect(all).toContain('Si sospechas, llama:');
    for (const hotline of [LINE_1818, LINE_105, LINE_1810]) {
      expect(all).toContain(hotline.number);
      expect(all).toContain(hotline.name);
      expect(all).toContain(flat(hotline.purpose).split(' ').slice(-3).join(' ')); // the end of it too
    }
    expect(all).toContain('Más información:');
    expect(all.replace(/\s/g, '')).toContain(URL_ES); // it may break after a "/"
    expect(all).toContain(NOTICE);
    expect(all).toContain('Alianza CPC');
    // Two subsets of Noto Sans (regular and bold) and the link of each hotline (issue 21): about 20 KB.
    expect(pdf.length).toBeLessThan(24_000);
  });

  it('sets the headline in 40 pt or more and the numbers in 36 pt or more', async () => {
    const { runs } = await pdfRuns(pdf);
    const headline = runs.filter((r) => '¿Una oferta demasiado buena? Pregunta primero'.includes(r.text.trim()));
    expect(headline.length).toBeGreaterThan(0);
    for (const run of headline) expect(run.size).toBeGreaterThanOrEqual(40);
    for (const number of ['1818', '105', '1810']) {
      const run = runs.find((r) => r.text.trim() === number);
      expect(run?.size, number).toBeGreaterThanOrEqual(36);
    }
  });

  it('sets the metadata, the language and embeds its font', async () => {
    const { info, language, links } = await pdfDetails(pdf);
    expect(language).toBe('es');
    // The headline, printed big, is the title (and the first heading); the campaign is the subject.
    expect(info).toMatchObject({
      Title: '¿Una oferta demasiado buena? Pregunta primero',
      Author: 'Alianza CPC',
      Creator: 'Alianza CPC',
      Subject: expect.stringMatching(/^Empleo seguro: ofertas de trabajo para adolescentes en Cusco/),
      CreationDate: 'D:20261128000000Z',
      ModDate: 'D:20261128000000Z',
    });
    expect([...new Set(links)]).toEqual(['tel:1818', 'tel:105', 'tel:1810', URL_ES]); // number and name call, the address opens
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Bold/);
  });

  it('gives the same bytes for the same input', async () => {
    expect((await posterPdf(input())).equals(pdf)).toBe(true);
    expect((await posterPdf(input({ date: new Date('2027-01-15T00:00:00Z') }))).equals(pdf)).toBe(false);
  });

  it('writes a Quechua poster, with its letters and apostrophes', async () => {
    const qu = await posterPdf(
      input({
        lang: 'quz',
        title: 'Allin llamkay',
        headline: 'Sumaq llamkaytachu qusunki? Ñawpaqta tapukuy',
        text: 'Sapa pʼunchaw llamkaymanta willakuy. Ayllukiman willay.',
        strings: { call: 'Sichus yachanki, waqyay:', scan: 'Astawan yachanaykipaq:' },
        notice: undefined,
      }),
    );
    expect(qu.toString('latin1')).toMatch(/\/Lang \(quz\)/);
    const quText = flat((await pdfText(qu)).text);
    expect(quText).toContain('Sumaq llamkaytachu qusunki? Ñawpaqta tapukuy');
    expect(quText).toContain('Sapa pʼunchaw'); // the font has ʼ
    expect(quText).toContain('Sichus yachanki, waqyay:');
    expect(quText).not.toContain('Afiche de ejemplo');
  });
});

describe('posterSvg', () => {
  const svg = posterSvg(input());
  const root = svg.match(/<svg\b[^>]*>/)?.[0] ?? '';
  const texts = svgTexts(svg);
  const allText = texts.map((t) => t.lines.join(' ')).join('\n');

  it('is a well-formed, standalone SVG 1.1 document of A4 size', () => {
    expect(xmlProblems(svg)).toEqual([]);
    // The check does find what breaks XML.
    for (const broken of ['<a><b></a>', '<a x="1 & 2"/>', '<a>1 < 2</a>', '<a/><b/>', '<a>AT&T</a>']) {
      expect(xmlProblems(broken), broken).not.toEqual([]);
    }
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root).toContain('version="1.1"');
    expect(root).toContain('viewBox="0 0 210 297"');
    expect(root).toContain('width="210mm"');
    expect(root).toContain('height="297mm"');
    expect(root).toContain('role="img"');
    expect(root).toContain('xml:lang="es"');
    const tree = parseSvg(svg);
    expect(elements(tree, 'title').map(textOf)).toEqual([input().title]);
    expect(textOf(elements(tree, 'desc')[0]!)).toContain('Línea 1818: 1818');
  });

  it('shows the headline, the text, every hotline, the URL, the notice and the author', () => {
    expect(texts.some((t) => t.lines.join(' ') === '¿Una oferta demasiado buena? Pregunta primero')).toBe(true);
    expect(flat(allText)).toContain('puede ser una trampa. Antes de aceptar, habla con alguien de confianza.');
    expect(allText).toContain('Si sospechas, llama:');
    for (const hotline of [LINE_1818, LINE_105, LINE_1810]) {
      const number = texts.find((t) => t.lines.join('') === hotline.number);
      expect(number?.bold, hotline.number).toBe(true);
      expect(number?.size, hotline.number).toBeGreaterThanOrEqual(36);
      expect(allText).toContain(hotline.name);
      expect(texts.some((t) => t.lines.join(' ') === hotline.purpose)).toBe(true);
    }
    expect(texts.some((t) => t.lines.join('') === URL_ES)).toBe(true);
    expect(allText).toContain('Más información:');
    expect(allText).toContain(NOTICE);
    expect(allText).toContain('Alianza CPC');
  });

  it('escapes what the input contains', () => {
    const tricky = posterSvg(
      input({ title: 'Niñas & niños <no> están "en venta"', headline: '¿A & B <script> "C"?' }),
    );
    expect(xmlProblems(tricky)).toEqual([]);
    expect(tricky).toContain('Niñas &amp; niños &lt;no&gt; están &quot;en venta&quot;');
    expect(tricky).not.toContain('<no>');
    expect(tricky).not.toContain('<script');
    const tree = parseSvg(tricky);
    expect(elements(tree, 'title').map(textOf)).toEqual(['Niñas & niños <no> están "en venta"']);
    const headline = svgTexts(tricky).find((t) => t.lines.join(' ').startsWith('¿A & B'));
    expect(headline?.lines.join(' ')).toBe('¿A & B <script> "C"?');
  });

  it('depends on nothing outside itself', () => {
    expect(svg).not.toMatch(/<script|<style|<image|<foreignObject|<use\b/i);
    // The only links call a hotline (its number and its name).
    expect([...new Set([...svg.matchAll(/href="([^"]*)"/g)].map((m) => m[1]))]).toEqual(['tel:1818', 'tel:105', 'tel:1810']);
    expect(svg).toMatch(/<a xlink:href="tel:1818"><text[^>]*><tspan[^>]*>1818<\/tspan><\/text><\/a>/);
    expect(svg).not.toMatch(/@font-face|@import|url\(/);
    expect([...svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1])).toEqual(['Arial, Helvetica, sans-serif']);
    // The only URL is the SVG namespace; the campaign's is text.
    expect(svg.match(/"https?:\/\/[^"]*"/g)).toEqual(['"http://www.w3.org/2000/svg"', '"http://www.w3.org/1999/xlink"']);
  });

  it('draws the QR code as a path of modules', () => {
    const matrix = svgQrMatrix(svg);
    const size = matrix.length;
    expect(size).toBeGreaterThanOrEqual(25);
    expect((size - 17) % 4).toBe(0); // a QR version's size
    expect(isFinder(matrix, 0, 0)).toBe(true);
    expect(isFinder(matrix, 0, size - 7)).toBe(true);
    expect(isFinder(matrix, size - 7, 0)).toBe(true);
    expect(isFinder(matrix, size - 7, size - 7)).toBe(false);
    expect(svg.match(/M\d+ \d+h/g)?.length).toBeGreaterThan(100);
  });

  it('wraps a long headline onto several lines, in large type', () => {
    const headline = texts.find((t) => t.lines[0] === '¿Una oferta');
    expect(headline?.lines.length).toBeGreaterThanOrEqual(2);
    expect(headline?.lines.join(' ')).toBe('¿Una oferta demasiado buena? Pregunta primero');
    expect(headline?.size).toBeGreaterThanOrEqual(40);
    const short = svgTexts(posterSvg(input({ headline: 'No estás sola' }))).find((t) => t.lines[0]?.startsWith('No'));
    expect(short?.lines).toEqual(['No estás sola']);
    expect(short?.size).toBeGreaterThan(headline?.size ?? Infinity); // a short headline is set bigger
  });

  it('is small and the same for the same input', () => {
    expect(svg.length).toBeLessThan(15_000);
    expect(posterSvg(input())).toBe(svg);
  });

  it('marks a Quechua poster as quz', () => {
    expect(posterSvg(input({ lang: 'quz' }))).toMatch(/<svg [^>]*xml:lang="quz"/);
  });
});

describe('a poster that says a lot', () => {
  it('still fits on one page, every word and number in it, in type no smaller than the minimum', async () => {
    const pdf = await posterPdf(LONGEST);
    const { runs, width, height } = await pdfRuns(pdf);
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBe(1);
    const all = flat(text);
    expect(all).toContain(LONGEST.headline);
    expect(all).toContain('Hablen en familia de las ofertas de trabajo fácil.');
    for (const hotline of LONGEST.hotlines) {
      expect(all).toContain(hotline.name);
      expect(all).toContain(hotline.purpose.split(' ').slice(-3).join(' '));
      expect(runs.find((r) => r.text.trim() === hotline.number)?.size, hotline.number).toBeGreaterThanOrEqual(36);
    }
    // Nothing runs into the margins.
    for (const run of runs) {
      expect(run.x, run.text).toBeGreaterThanOrEqual(36);
      expect(run.x + run.width, run.text).toBeLessThanOrEqual(width - 36);
      expect(run.y, run.text).toBeGreaterThanOrEqual(36);
      expect(run.y, run.text).toBeLessThanOrEqual(height - 36);
    }

    const texts = svgTexts(posterSvg(LONGEST));
    const headline = texts.find((t) => t.lines[0]?.startsWith('Ninguna'));
    expect(headline?.lines.join(' ')).toBe(LONGEST.headline);
    expect(headline?.size).toBeGreaterThanOrEqual(40);
    const baselines = texts.flatMap((t) => t.ys);
    expect(Math.min(...baselines)).toBeGreaterThan(10);
    expect(Math.max(...baselines)).toBeLessThan(287);
  });

  it('is refused, saying what to shorten, when it cannot fit', () => {
    const tooMuch = input({
      ...LONGEST,
      hotlines: LONGEST.hotlines.map((h) => ({ ...h, purpose: `${h.purpose} ${h.purpose} ${h.purpose}` })),
    });
    expect(() => posterSvg(tooMuch)).toThrow(
      /^Poster "Empleo seguro: .*" \(es\): does not fit on one A4 page .*: shorten the headline, the text/,
    );
    return expect(posterPdf(tooMuch)).rejects.toThrow(/does not fit on one A4 page/);
  });

  it('names the field that breaks the limits', () => {
    expect(() => posterSvg(input({ headline: 'x'.repeat(61) }))).toThrow(
      `Poster "${input().title}" (es): headline has 61 characters, more than the 60 a poster shows: shorten it`,
    );
    expect(() => posterSvg(input({ text: 'x '.repeat(111) }))).toThrow(/text has 221 characters/);
    expect(() => posterSvg(input({ hotlines: [] }))).toThrow(/has 0 hotlines: a poster prints 1 to 4/);
    expect(() => posterSvg(input({ hotlines: [LINE_1818, LINE_105, LINE_1810, LINE_100, DEFENSORIA] }))).toThrow(
      /has 5 hotlines/,
    );
    const blank = [{ ...LINE_100, number: ' ' }];
    expect(() => posterSvg(input({ hotlines: blank }))).toThrow(/hotlines\[0\]\.number is empty/);
    const relative = '/campanas/empleo-seguro-cusco/';
    expect(() => posterSvg(input({ url: relative }))).toThrow(/is not an absolute http\(s\) URL/);
  });
});
