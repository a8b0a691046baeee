/**
 * Downloads of a region's service directory: CSV (for spreadsheets), vCard (for phones' contacts)
 * and JSON (for anyone who reuses the data).
 *
 * Rule shared by the three: a service is given a phone number only when it has its own. When it
 * has none, the national lines are listed as what they are (national lines), never as the
 * service's number.
 *
 * The output is deterministic: the same data gives the same files.
 */
import type { z } from 'astro/zod';
import type { serviceSchema } from '../../schemas/data';
import { telHref } from '../routes/urls';
import { CRLF, foldLine } from './content-lines';

/** One service of the directory, as the pages show it (labels already in the reader's language). */
export interface ServiceEntry {
  id: string;
  /** The kind's code: demuna, upe, cem, fiscalia, policia. */
  kind: string;
  /** The kind as readers see it, e.g. "DEMUNA". */
  kindLabel: string;
  name: string;
  address?: string | undefined;
  /** As written in the data, e.g. "084-123456" or "0-800-15170". */
  phone?: string | undefined;
  hours?: string | undefined;
  /** The day someone last checked the entry. */
  verified?: Date | undefined;
  /** Illustrative content, not a real service. */
  sample: boolean;
  sources: { title: string; url?: string | undefined; document?: string | undefined }[];
}

/** A national line (content/data/hotlines.yaml): its name and its number as written. */
export interface NationalLine {
  name: string;
  number: string;
}

/**
 * A service as its collection gives it (content/data/services/<region>.yaml). `region` is Astro's
 * reference `{ id, collection }`; only the id is needed.
 */
export type ServiceData = Omit<z.output<ReturnType<typeof serviceSchema>>, 'region' | 'phone' | 'hours'> & {
  region: { id: string };
  /** The phone and hours as their facts of content/facts/ hold them (src/data/directory.ts reads them). */
  phone?: string | undefined;
  hours?: string | undefined;
};

/** The entry of a service for the exports, with its kind's label in the reader's language. */
export function toServiceEntry(data: ServiceData, kindLabel: string): ServiceEntry {
  return {
    id: data.id,
    kind: data.kind,
    kindLabel,
    name: data.name,
    address: data.address,
    phone: data.phone,
    hours: data.hours,
    verified: data.verified,
    sample: data.sample,
    sources: data.sources.map((source) => ({ title: source.title, url: source.url, document: source.document })),
  };
}


/** The CSV header, in Spanish. */
export const CSV_HEADER = ['tipo', 'nombre', 'direccion', 'telefono', 'horario', 'verificado', 'ejemplo', 'fuente'] as const;

/** Said of a sample entry in the vCard NOTE (and by the pages' "contenido de ejemplo" label). */
export const SAMPLE_NOTE = 'Contenido de ejemplo: no es un servicio real.';

/**
 * The services as CSV (RFC 4180): a header row, one row per service, CRLF line endings, UTF-8 with
 * a byte order mark so that spreadsheet programs read the accents right.
 */
export function servicesCsv(services: ServiceEntry[], fallbackLines: NationalLine[]): string {
  const rows: string[][] = [
    [...CSV_HEADER],
    ...services.map((service) => [
      service.kindLabel,
      service.name,
      service.address ?? '',
      hasPhone(service) ? service.phone : nationalLinesText(fallbackLines),
      service.hours ?? '',
      service.verified ? isoDay(service.verified) : '',
      service.sample ? 'sí' : 'no',
      service.sources.map(sourceText).join('; '),
    ]),
  ];
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',') + CRLF).join('');
}

/**
 * The services as vCard 4.0 (RFC 6350): one organization card per service. TEL only when the
 * service has its own phone; otherwise NOTE lists the national lines.
 */
export function servicesVcf(services: ServiceEntry[], fallbackLines: NationalLine[]): string {
  return services.map((service) => vcard(service, fallbackLines)).join('');
}

/** The services as pretty-printed JSON, dates as YYYY-MM-DD, absent fields as null. */
export function servicesJson(
  region: { slug: string; name: string },
  services: ServiceEntry[],
  fallbackLines: NationalLine[],
): string {
  const data = {
    region: { slug: region.slug, name: region.name },
    services: services.map((service) => ({
      id: service.id,
      kind: service.kind,
      kindLabel: service.kindLabel,
      name: service.name,
      address: service.address ?? null,
      phone: hasPhone(service) ? service.phone : null,
      hours: service.hours ?? null,
      verified: service.verified ? isoDay(service.verified) : null,
      sample: service.sample,
      sources: service.sources.map((source) => ({
        title: source.title,
        url: source.url ?? null,
        document: source.document ?? null,
      })),
    })),
    nationalLines: fallbackLines.map((line) => ({ name: line.name, number: line.number })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

function hasPhone(service: ServiceEntry): service is ServiceEntry & { phone: string } {
  return service.phone !== undefined && service.phone.trim() !== '';
}

/** "Líneas nacionales: Central de Emergencias 105: 105; Línea 1818: 1818" (empty without lines). */
function nationalLinesText(lines: NationalLine[]): string {
  if (lines.length === 0) return '';
  return `Líneas nacionales: ${lines.map((line) => `${line.name}: ${line.number}`).join('; ')}`;
}

function sourceText(source: ServiceEntry['sources'][number]): string {
  const where = source.url ?? source.document;
  return where ? `${source.title} (${where})` : source.title;
}

/** YYYY-MM-DD of a date read from YAML (midnight UTC). */
function isoDay(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('directory-export: a service has an invalid "verified" date');
  return date.toISOString().slice(0, 10);
}

/**
 * Spreadsheet programs read a cell that starts with "=", "+", "-" or "@" (or a tab or a carriage
 * return, which they skip) as a formula, which can fetch addresses or run commands ("CSV injection").
 * Such a field gets a leading apostrophe, which they take as "this is text".
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180, made safe to open: quote a field that has a comma, a quote or a line break; double its quotes. */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function vcard(service: ServiceEntry, fallbackLines: NationalLine[]): string {
  const notes: string[] = [];
  if (service.sample) notes.push(SAMPLE_NOTE);
  if (service.hours) notes.push(`Horario: ${service.hours}`);
  if (!hasPhone(service)) {
    notes.push(
      fallbackLines.length > 0
        ? `Sin teléfono propio registrado. ${nationalLinesText(fallbackLines)}`
        : 'Sin teléfono propio registrado.',
    );
  }
  if (service.verified) notes.push(`Verificado: ${isoDay(service.verified)}`);
  if (service.sources.length > 0) notes.push(`Fuente: ${service.sources.map(sourceText).join('; ')}`);

  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:org',
    `FN:${vcardText(service.name)}`,
    `ORG:${vcardText(service.name)}`,
    `CATEGORIES:${vcardText(service.kindLabel)}`,
  ];
  if (hasPhone(service)) lines.push(`TEL;TYPE=work;VALUE=uri:${telHref(service.phone)}`);
  // ADR is structured: PO box; extended; street; locality; region; code; country. The address as
  // written goes whole into "street", since the data does not split it.
  if (service.address) lines.push(`ADR;TYPE=work:;;${vcardText(service.address)};;;;`);
  if (notes.length > 0) lines.push(`NOTE:${vcardText(notes.join('\n'))}`);
  lines.push('END:VCARD');
  return lines.map((line) => foldLine(line) + CRLF).join('');
}

/** RFC 6350 3.4: escape backslash, comma, semicolon and line breaks in a text value. */
function vcardText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

