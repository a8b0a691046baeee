/**
 * Reads a PDF back for the tests, with unpdf (PDF.js in a build that needs neither a canvas nor a
 * worker file nor the network; it works offline on Node 24).
 *
 *   const { text, pages } = await pdfText(buffer);      // the words, the page count
 *   const details = await pdfDetails(buffer);            // metadata, language, bookmarks, links
 *
 * `text` is the text of every page in order, pages separated by "\n". Inside a page PDF.js joins
 * the pieces of a line with spaces and the lines with "\n", and the header and footer come after
 * the body; so a test should look for words or short phrases, and compare with `flat(text)` a
 * phrase that may wrap onto the next line.
 */
import { extractLinks, extractText, getDocumentProxy } from 'unpdf';
import type { PdfJob } from '../../src/lib/pdf/jobs';
import { outline } from '../../src/lib/markdown/sections';

/** The Spanish labels of a protocol PDF (ProtocolPdfInput['strings']), as the site passes them. */
export const PROTOCOL_PDF_STRINGS = {
  version: 'Versión',
  effective: 'Vigente desde',
  status: 'Estado',
  contents: 'Contenido',
  page: 'Página {x} de {y}',
  permalink: 'Dirección permanente',
};

/** A poster PDF job with made-up text, for the tests of the PDF machinery. */
export const SAMPLE_POSTER_JOB: PdfJob = {
  kind: 'poster',
  input: {
    lang: 'es',
    title: 'Campaña de prueba',
    headline: 'Un trabajo lejos de casa puede ser una trampa',
    text: 'Antes de viajar, pregunta, verifica y cuéntale a alguien de confianza.',
    hotlines: [{ number: '1818', name: 'Línea de prueba', purpose: 'Número de ejemplo' }],
    url: 'https://alianza-cpc.example/campanas/prueba/',
    strings: { call: 'Llama', scan: 'Escanea' },
    notice: 'Ejemplo.',
    author: 'Alianza CPC',
    date: new Date('2025-01-01T00:00:00Z'),
  },
};

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

async function withPdf<T>(buffer: Buffer | Uint8Array, read: (pdf: PdfDocument) => Promise<T>): Promise<T> {
  // A copy: PDF.js takes ownership of (and may detach) the array it is given.
  // No code generation inside PDF.js (the option exists at run time but not in its types).
  const options = { isEvalSupported: false } as Parameters<typeof getDocumentProxy>[1];
  const pdf = await getDocumentProxy(new Uint8Array(buffer), options);
  try {
    return await read(pdf);
  } finally {
    await pdf.loadingTask.destroy();
  }
}

export interface PdfText {
  /** The text of all the pages, in order. */
  text: string;
  pages: number;
  /** The text of each page (page 1 is `pageTexts[0]`). */
  pageTexts: string[];
}

export function pdfText(buffer: Buffer | Uint8Array): Promise<PdfText> {
  return withPdf(buffer, async (pdf) => {
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    return { text: text.join('\n'), pages: totalPages, pageTexts: text };
  });
}

export interface PdfBookmark {
  title: string;
  children: PdfBookmark[];
}

export interface PdfDetails {
  /** The document information dictionary: Title, Author, Subject, Keywords, Creator, Producer… */
  info: Record<string, unknown>;
  /** The catalog's /Lang, if any. */
  language: string | undefined;
  /** The bookmarks (document outline), as a tree. */
  bookmarks: PdfBookmark[];
  /** The names of the named destinations (`file.pdf#name`). */
  destinations: string[];
  /** The URLs of the link annotations, each once. */
  links: string[];
}

interface RawOutlineItem {
  title: string;
  items: RawOutlineItem[];
}

function bookmarksOf(items: RawOutlineItem[] | null): PdfBookmark[] {
  return (items ?? []).map((item) => ({ title: item.title, children: bookmarksOf(item.items) }));
}

export function pdfDetails(buffer: Buffer | Uint8Array): Promise<PdfDetails> {
  return withPdf(buffer, async (pdf) => {
    const { info } = await pdf.getMetadata();
    const record = (info ?? {}) as Record<string, unknown>;
    const language = typeof record['Language'] === 'string' ? record['Language'] : undefined;
    const outline = (await pdf.getOutline()) as RawOutlineItem[] | null;
    const destinations = Object.keys((await pdf.getDestinations()) as Record<string, unknown>);
    const { links } = await extractLinks(pdf);
    return { info: record, language, bookmarks: bookmarksOf(outline), destinations, links: [...new Set(links)] };
  });
}

/** Text with every run of white space (line breaks included) made one space. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A protocol PDF job with made-up text: headings, emphasis, a link, lists, a quote and a table. */
export const SAMPLE_PROTOCOL_JOB: PdfJob = {
  kind: 'protocol',
  input: {
    title: 'Protocolo de prueba',
    shortTitle: 'Prueba',
    version: '1.0',
    statusLabel: 'Vigente',
    effective: new Date('2024-03-01T00:00:00Z'),
    lang: 'es',
    permalink: 'https://alianza-cpc.example/protocolos/prueba/v1.0/',
    notice: 'Documento de ejemplo del sitio: no es un texto oficial.',
    outline: outline(
      '## Objeto\n\nTexto con **negrita**, *cursiva* y un [enlace](https://alianza-cpc.example/).\n\n' +
        '### Alcance\n\n- Uno.\n- Dos, con `código`.\n\n1. Primero.\n2. Segundo.\n\n> Una cita.\n\n' +
        '## Responsables\n\n| Quién | Qué |\n| --- | --- |\n| DEMUNA | Recibe |\n',
    ),
    strings: PROTOCOL_PDF_STRINGS,
    dateLocale: 'es-PE',
    author: 'Alianza CPC',
  },
};
