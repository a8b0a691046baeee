import { describe, expect, it } from 'vitest';
import { shown } from '../../src/lib/pdf/tagged/fonts';
import { protocolPdf, type ProtocolPdfInput } from '../../src/lib/protocols/pdf';
import { outline } from '../../src/lib/markdown/sections';
import { flat, pdfDetails, pdfText, PROTOCOL_PDF_STRINGS } from '../support/pdf';
import { pdfStructure } from '../support/pdf-structure';

const LONG =
  'La niña, el niño y el adolescente tienen derecho a la protección integral del Estado, de la familia y de la ' +
  'comunidad; toda institución que reciba una alerta actuará de inmediato, registrará la información mínima ' +
  'necesaria y la comunicará a la autoridad competente sin revictimizar a la persona afectada. ';

const MARKDOWN = `
Este protocolo ordena la atención de los casos de trata de niñas, niños y adolescentes.

## Disposiciones generales

${LONG.repeat(4)}

### Objeto

${LONG.repeat(3)}

### Ámbito de aplicación

Se aplica en todo el territorio nacional, incluida la región de Apurímac y la provincia de Cañete.

- Instituciones públicas.
- Organizaciones de la sociedad civil.
- Empresas de transporte.

#### Definiciones operativas

> ¿Qué es la trata? ¡Es un delito! Nadie puede consentir su propia explotación.

## Detección y alerta

${LONG.repeat(5)}

1. Identificar señales de alerta.
2. Registrar la información mínima.
3. Comunicar a la autoridad competente.

### Señales de alerta

${LONG.repeat(4)}

## Atención y protección

${LONG.repeat(6)}

### Coordinación interinstitucional

${LONG.repeat(3)}
`;

const PERMALINK = 'https://alianza-cpc.example/protocolos/atencion-trata/2.0/';

function input(overrides: Partial<ProtocolPdfInput> = {}): ProtocolPdfInput {
  return {
    title: 'Protocolo intersectorial de atención a niñas, niños y adolescentes víctimas de trata',
    shortTitle: 'Protocolo de atención',
    version: '2.0',
    statusLabel: 'Vigente',
    effective: new Date('2024-03-01T00:00:00Z'),
    lang: 'es',
    permalink: PERMALINK,
    notice: 'Documento de ejemplo del sitio: no es un texto oficial.',
    outline: outline(MARKDOWN),
    strings: PROTOCOL_PDF_STRINGS,
    dateLocale: 'es-PE',
    author: 'Alianza CPC',
    ...overrides,
  };
}

describe('protocolPdf', async () => {
  const started = performance.now();
  const pdf = await protocolPdf(input());
  const elapsed = performance.now() - started;
  const { text, pages, pageTexts } = await pdfText(pdf);
  const all = flat(text);

  it('is a complete PDF file of several pages', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1').trim().endsWith('%%EOF')).toBe(true);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pdf.length).toBeLessThan(100_000);
    expect(elapsed).toBeLessThan(10_000);
  });

  it('shows the title block, the notice and the contents', () => {
    expect(all).toContain('Protocolo intersectorial de atención');
    expect(all).toContain('víctimas de trata');
    expect(all).toContain('Vigente desde');
    expect(all).toContain('1 de marzo de 2024');
    expect(all).toContain('Documento de ejemplo del sitio: no es un texto oficial.');
    expect(all).toContain('Contenido');
    expect(all).toContain(PERMALINK);
  });

  it('numbers each section before its title, as the outline does', () => {
    expect(all).toContain('1 Disposiciones generales');
    expect(all).toContain('1.1 Objeto');
    expect(all).toContain('1.2 Ámbito de aplicación');
    expect(all).toContain('1.2.1 Definiciones operativas');
    expect(all).toContain('2.1 Señales de alerta');
    expect(all).toContain('3.1 Coordinación interinstitucional');
    // Once in the contents, once as the heading.
    expect(all.split('1.2 Ámbito de aplicación').length - 1).toBe(2);
  });

  it('keeps accents, ñ, ¿ and ¡ and the lists', () => {
    expect(all).toContain('Cañete');
    expect(all).toContain('Apurímac');
    expect(all).toContain('¿Qué es la trata? ¡Es un delito!');
    expect(all).toContain('Organizaciones de la sociedad civil.');
    expect(all).toContain('Comunicar a la autoridad competente.');
  });

  it('has a header and a footer on every page', () => {
    expect(pageTexts).toHaveLength(pages);
    pageTexts.forEach((page, i) => {
      const onPage = flat(page);
      expect(onPage).toContain('Protocolo de atención');
      expect(onPage).toContain('Versión 2.0');
      expect(onPage).toContain(PERMALINK);
      expect(onPage).toContain(`Página ${i + 1} de ${pages}`);
    });
    expect(all).toContain('Página 1 de ');
    expect(all).toContain(`Página ${pages} de ${pages}`);
  });

  it('sets the metadata and the language', async () => {
    const { info, language } = await pdfDetails(pdf);
    expect(language).toBe('es');
    expect(info).toMatchObject({
      Title: input().title,
      Author: 'Alianza CPC',
      Creator: 'Alianza CPC',
      Subject: 'Versión 2.0',
      Keywords: 'Protocolo de atención, Versión 2.0, Vigente, Alianza CPC',
      CreationDate: 'D:20240301000000Z',
      ModDate: 'D:20240301000000Z',
    });
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    // Noto Sans, embedded and subset; no standard font.
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(raw).toMatch(/\/FontFile2/);
    expect((await pdfStructure(pdf)).unembeddedFonts).toEqual([]);
  });

  it('is tagged: marked, its language, the title as the first heading, the sections in order with their numbers', async () => {
    const s = await pdfStructure(pdf);
    expect(s.marked).toBe(true);
    expect(s.language).toBe('es');
    expect(s.displayDocTitle).toBe(true);
    expect(s.xmp['pdfuaid:part']).toBe('1');
    expect(s.xmp['dc:title']).toBe(input().title);
    expect(s.headings[0]).toEqual({ role: 'H1', text: input().title });
    const numbered = s.headings.filter((h) => /^\d/.test(h.text));
    expect(numbered).toEqual([
      { role: 'H2', text: '1 Disposiciones generales' },
      { role: 'H3', text: '1.1 Objeto' },
      { role: 'H3', text: '1.2 Ámbito de aplicación' },
      { role: 'H4', text: '1.2.1 Definiciones operativas' },
      { role: 'H2', text: '2 Detección y alerta' },
      { role: 'H3', text: '2.1 Señales de alerta' },
      { role: 'H2', text: '3 Atención y protección' },
      { role: 'H3', text: '3.1 Coordinación interinstitucional' },
    ]);
  });

  it('keeps its metadata readable when the title holds characters XML reserves', async () => {
    const title = 'Trata & explotación: <ruta> de prueba';
    const s = await pdfStructure(await protocolPdf(input({ title })));
    // The same title in the XMP and in the document information, written with ＆ ＜ ＞.
    expect(s.xmp['dc:title']).toBe('Trata ＆ explotación: ＜ruta＞ de prueba');
    expect(s.xmp['pdfuaid:part']).toBe('1');
    expect(s.infoTitle).toBe('Trata ＆ explotación: ＜ruta＞ de prueba');
    // The page itself shows the title as written.
    expect(s.headings[0]).toEqual({ role: 'H1', text: title });
  });

  it('tags lists, tables, the QR code, the link and the contents as what they are, with their text', async () => {
    const { all } = await pdfStructure(pdf);
    const roles = (role: string) => all.filter((n) => n.role === role);
    const items = roles('LI').map((li) => li.children.map((c) => `${c.role}:${c.text}`).join(' '));
    expect(items).toEqual(expect.arrayContaining(['Lbl:• LBody:Empresas de transporte.', 'Lbl:2. LBody:Registrar la información mínima.']));
    expect(roles('TH').map((n) => n.text)).toEqual(['Versión', 'Estado', 'Vigente desde', 'Dirección permanente']);
    expect(roles('TD').map((n) => n.text)).toEqual(['2.0', 'Vigente', '1 de marzo de 2024', PERMALINK]);
    expect(roles('Link').map((n) => n.text)).toContain(PERMALINK);
    const [figure] = roles('Figure');
    expect(figure?.alt).toBe(`Dirección permanente: ${PERMALINK}`);
    expect(roles('TOCI').map((n) => n.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^1\.2 Ámbito de aplicación \d+$/)]));
    expect(roles('BlockQuote').map((n) => n.text)).toEqual(['¿Qué es la trata? ¡Es un delito! Nadie puede consentir su propia explotación.']);
    // The running header and footer are artifacts: in no element.
    expect(all.some((n) => n.text.includes('Página 1 de'))).toBe(false);
  });

  it('links the permalink and makes each section a bookmark and a destination', async () => {
    const { bookmarks, destinations, links } = await pdfDetails(pdf);
    expect(links).toEqual([PERMALINK]);
    expect(bookmarks.map((b) => b.title)).toEqual([
      '1 Disposiciones generales',
      '2 Detección y alerta',
      '3 Atención y protección',
    ]);
    expect(bookmarks[0]?.children.map((b) => b.title)).toEqual(['1.1 Objeto', '1.2 Ámbito de aplicación']);
    expect(bookmarks[0]?.children[1]?.children.map((b) => b.title)).toEqual(['1.2.1 Definiciones operativas']);
    expect(destinations).toEqual(expect.arrayContaining(['s-1', 's-1-2', 's-1-2-1', 's-2-1', 's-3-1']));
  });

  it('never ends a page with a heading', async () => {
    const paragraph = 'La institución que recibe una alerta actúa de inmediato y sin revictimizar. '.repeat(4);
    const body = Array.from(
      { length: 8 },
      (_, i) => `## Parte ${i + 1}\n\n${paragraph}\n\n### Detalle ${i + 1}\n\n${paragraph}`,
    );
    // Short paragraphs before the sections move every heading down step by step.
    for (let shift = 0; shift < 10; shift++) {
      const doc = await protocolPdf(
        input({ notice: undefined, outline: outline(`${'Línea.\n\n'.repeat(shift)}${body.join('\n\n')}`) }),
      );
      const read = await pdfText(doc);
      read.pageTexts.forEach((page) => {
        const lines = page.split('\n').map((l) => l.trim()).filter(Boolean);
        // PDF.js gives the body first, then the header ("Protocolo de atención Versión 2.0").
        const header = lines.findIndex((l) => l.startsWith('Protocolo de atención'));
        expect(header).toBeGreaterThan(0);
        expect(lines[header - 1], `shift ${shift}`).not.toMatch(/^\d+(\.\d+)* (Parte|Detalle) \d+$/);
      });
    }
  });

  it('gives the same bytes for the same input', async () => {
    const again = await protocolPdf(input());
    expect(again.equals(pdf)).toBe(true);
    const later = await protocolPdf(input({ effective: new Date('2025-01-15T00:00:00Z') }));
    expect(later.equals(pdf)).toBe(false);
  });

  it('writes a Quechua document', async () => {
    const qu = await protocolPdf(
      input({
        lang: 'quz',
        dateLocale: 'quz-PE',
        title: 'Warmakunata runa qatiqkunamanta amachanapaq kamachiy',
        shortTitle: 'Amachanapaq kamachiy',
        statusLabel: 'Kunan kaq',
        notice: undefined,
        outline: outline(
          '## Qallariy\n\nWarmakunaqa amachasqa kanankum. Llaqtanchikpi k’ancharichiy, wasinchikpi ch’aska.\n\n' +
            '### Ruraykuna\n\n- Willay.\n- Qhaway.\n',
        ),
        strings: {
          version: 'Versión',
          effective: 'Kamachisqa',
          status: 'Imayna',
          contents: 'Imakunam kachkan',
          page: '{x} raphi, {y} raphimanta',
          permalink: 'Mana tikrakuq tiyay',
        },
      }),
    );
    const read = await pdfText(qu);
    const quText = flat(read.text);
    expect(read.pages).toBe(1);
    expect(quText).toContain('Warmakunata runa qatiqkunamanta');
    expect(quText).toContain('k’ancharichiy');
    expect(quText).toContain('ch’aska');
    expect(quText).toContain('1.1 Ruraykuna');
    expect(quText).toContain('1 raphi, 1 raphimanta');
    expect(quText).not.toContain('Documento de ejemplo');
    expect(qu.toString('latin1')).toMatch(/\/Lang \(quz\)/);
  });
});

describe('shown: text for the embedded font', () => {
  it('keeps every letter and sign of Spanish and Cusco Quechua', () => {
    const text = 'Ñandú, pingüino, ¿qué? ¡sí! «comillas» “dobles” ‘simples’ k’ancha kʼancha p\'unchaw – — … € ° ª º';
    expect(shown(text)).toBe(text);
  });

  it('replaces what the font lacks by look-alikes, or "?"', () => {
    expect(shown('1\u202fde\u00a0marzo')).toBe('1\u202fde\u00a0marzo'); // the font has the narrow no-break space
    expect(shown('anti\u2011trata')).toBe('anti\u2011trata'); // the font has it (General Punctuation)
    expect(shown('Ña\u0303')).toBe('Ñã'); // decomposed accents are composed
    expect(shown('Łódź ā')).toBe('?ódz a'); // ó exists, ź and ā lose their accent, Ł has no base letter
    expect(shown('✓ ok → 2 ≤ 3')).toBe('? ok -> 2 <= 3');
  });
});

describe('a sample protocol', () => {
  it('is labelled as a sample on every page, in the running header, and in its metadata', async () => {
    const pdf = await protocolPdf(input({ sampleLabel: 'Documento de ejemplo, no oficial' }));
    const { pageTexts } = await pdfText(pdf);
    expect(pageTexts.length).toBeGreaterThan(2);
    pageTexts.forEach((page, i) => expect(flat(page), `page ${i + 1}`).toContain('Versión 2.0 · Documento de ejemplo, no oficial'));
    expect((await pdfDetails(pdf)).info).toMatchObject({ Subject: 'Versión 2.0 · Documento de ejemplo, no oficial' });
  });

  it('an approved protocol carries no sample label', async () => {
    const { text } = await pdfText(await protocolPdf(input()));
    expect(text).not.toContain('ejemplo, no oficial');
  });
});

