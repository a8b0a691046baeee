/**
 * Passages in another language inside an interface string (src/i18n/passages.ts): a Quechua notice
 * that gives its meaning in Spanish marks it, pages and PDFs set it as Spanish, every other output
 * gets the plain text.
 */
import { describe, expect, it } from 'vitest';
import { passages, plainText, usePassages, useStrings } from '../../src/i18n';
import { protocolPdf } from '../../src/lib/protocols/pdf';
import { outline } from '../../src/lib/markdown/sections';
import { PROTOCOL_PDF_STRINGS } from '../support/pdf';
import { pdfStructure } from '../support/pdf-structure';

describe('passages', () => {
  it('split a string into its runs, a marked one with its language', () => {
    expect(passages('Kay t’ikrayqa borradorllaraq. / {es:Traducción en borrador.}')).toEqual([
      { text: 'Kay t’ikrayqa borradorllaraq. / ' },
      { text: 'Traducción en borrador.', lang: 'es' },
    ]);
    expect(passages('Qhawarinapaq {es:(ejemplo)} · Kunan kaq')).toEqual([
      { text: 'Qhawarinapaq ' },
      { text: '(ejemplo)', lang: 'es' },
      { text: ' · Kunan kaq' },
    ]);
    // The Quechua code gives the Quechua lang of pages and PDFs.
    expect(passages('{qu:Runasimi}')).toEqual([{ text: 'Runasimi', lang: 'quz' }]);
  });

  it('leave placeholders and unknown codes as they are', () => {
    expect(passages('P’anqa {x} / {y}')).toEqual([{ text: 'P’anqa {x} / {y}' }]);
    expect(plainText('P’anqa {x} / {y} {zz:no}')).toBe('P’anqa {x} / {y} {zz:no}');
    expect(plainText('Kay. / {es:Esto.}')).toBe('Kay. / Esto.');
  });

  it('reach every output but pages and PDFs as plain text', () => {
    const t = useStrings('qu');
    expect(t('notice.draft')).toContain('/ Traducción en borrador, pendiente de revisión.');
    expect(t('notice.draft')).not.toContain('{');
    expect(usePassages('qu')('notice.draft').at(-1)).toEqual({ text: 'Traducción en borrador, pendiente de revisión.', lang: 'es' });
    // Spanish strings mark nothing.
    expect(usePassages('es')('notice.draft')).toEqual([{ text: useStrings('es')('notice.draft') }]);
  });
});

describe('a PDF with a passage in another language', async () => {
  const pdf = await protocolPdf({
    title: 'Willanapaq ñan',
    shortTitle: 'Willanapaq ñan',
    version: '2.0',
    statusLabel: 'Qhawarinapaq qillqa, manam oficialchu {es:(documento de ejemplo, no oficial)} · Kunan kaq',
    effective: new Date('2025-08-04T00:00:00Z'),
    lang: 'quz',
    permalink: 'https://alianza-cpc.example/qu/protocolos/prueba/v2.0/',
    notice: 'Kay protocolokunaqa qhawarinapaqllam, manam oficialchu. / {es:Documentos de ejemplo, no oficiales.}',
    sampleLabel: 'Qhawarinapaq qillqa, manam oficialchu {es:(documento de ejemplo, no oficial)}',
    draftLabel: 'T’ikray borradorllaraq {es:(traducción en borrador)}',
    outline: outline('## Imapaq\n\nHuk rakiy.\n'),
    strings: { ...PROTOCOL_PDF_STRINGS, effective: 'Qhawarinapaq qillqaq p’unchawnin {es:(fecha del ejemplo)}' },
    dateLocale: 'quz-PE',
    author: 'Alianza CPC',
  });
  const s = await pdfStructure(pdf);

  it('tags each marked passage as a Span in that language, the rest in the document’s', () => {
    expect(s.language).toBe('quz');
    const spanish = s.all.filter((n) => n.lang === 'es').map((n) => n.text);
    expect(spanish).toEqual([
      '(documento de ejemplo, no oficial)',
      '(fecha del ejemplo)',
      'Documentos de ejemplo, no oficiales.',
    ]);
    expect(s.all.filter((n) => n.lang === 'es').every((n) => n.role === 'Span')).toBe(true);
    expect(s.all.some((n) => n.role === 'Span' && !n.lang && n.text === 'Qhawarinapaq qillqa, manam oficialchu')).toBe(true);
  });

  it('prints no mark, on the page, in the running header or in the metadata', () => {
    const text = s.pageTexts.join('\n');
    expect(text).not.toMatch(/\{[a-z]+:/);
    expect(text.replace(/\s+/g, ' ')).toContain('T’ikray borradorllaraq (traducción en borrador)');
    expect(JSON.stringify(s.xmp)).not.toMatch(/\{[a-z]+:/);
  });
});
