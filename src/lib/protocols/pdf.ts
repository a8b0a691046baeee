/**
 * The PDF of one version of a protocol, a tagged PDF (../pdf/tagged/writer.ts) made from the same
 * outline as its page (src/lib/markdown/sections.ts), so the section numbers are the same in both.
 *
 * - A4, black on white, in the embedded Noto Sans; a structure tree in reading order: the title
 *   (H1), the facts of the version (a table), the QR code of its address (a figure with
 *   alternative text), the notice, the contents (TOC), then each section under its numbered
 *   heading (H2 for `##`, H3 for `###`, H4 for `####`), with its paragraphs, lists and quotes.
 * - Every page has a running header (short title; version, and the sample or draft label) and a
 *   footer (the permanent address, "Página x de y"), marked as artifacts.
 * - Same input, same bytes: the creation and modification dates are the effective date, and
 *   pdfkit derives the file /ID from the metadata alone.
 * - Every section heading is a named destination (its anchor, "s-1-2", so `file.pdf#s-1-2` opens
 *   it), a bookmark in the viewer's outline and a linked line, with its page, in the contents.
 */
import { formatDay, pageLabel } from '../pdf/doc';
import { MARGIN_X, WIDTH } from '../pdf/tagged/layout';
import { TaggedPdf } from '../pdf/tagged/writer';
import { toc } from '../pdf/tagged/toc';
import type { Block, Outline, Section } from '../markdown/sections';

export interface ProtocolPdfInput {
  /** Full title. */
  title: string;
  shortTitle: string;
  /** "2.0" */
  version: string;
  /** Already localized, e.g. "Vigente" / "Reemplazado". */
  statusLabel: string;
  /** Shown as a localized date (a day, read in UTC). */
  effective: Date;
  /** Document language (BCP 47, the PDF's /Lang and the SVG's xml:lang): "es", "quz". */
  lang: string;
  /** Absolute URL of the version page. */
  permalink: string;
  /** Shown in a box at the top, e.g. "Documento de ejemplo del sitio: no es un texto oficial." */
  notice?: string | undefined;
  /**
   * For a document no authority approved ("Documento de ejemplo, no oficial"): printed in the
   * running header of every page, so a single photocopied page never looks official.
   */
  sampleLabel?: string | undefined;
  /** For a translation not yet reviewed ("Traducción en borrador"): in the running header of every page. */
  draftLabel?: string | undefined;
  outline: Outline;
  /** Localized labels. */
  strings: {
    /** "Versión" */
    version: string;
    /** "Vigente desde" */
    effective: string;
    /** "Estado" */
    status: string;
    /** "Contenido" */
    contents: string;
    /** "Página {x} de {y}" */
    page: string;
    /** "Dirección permanente" */
    permalink: string;
    /** "Código QR de la dirección permanente": the QR code's alternative text (the address follows). */
    qr?: string;
  };
  /** Intl locale for dates: "es-PE" / "quz-PE". */
  dateLocale: string;
  /** PDF metadata Author and Creator, e.g. "Alianza CPC". */
  author: string;
}

const META_LABEL_WIDTH = 120;
const QR_SIZE = 92;

/** A paragraph, a list or a quote of a text. */
export function writeBlock(pdf: TaggedPdf, parent: PDFKit.PDFStructureElement, block: Block): void {
  switch (block.type) {
    case 'paragraph':
      return pdf.paragraph(parent, block.text);
    case 'list':
      return pdf.list(parent, block.items, block.ordered);
    case 'quote':
      return pdf.quote(parent, block.text);
  }
}

/** Title, facts and QR code; then the permanent address across the whole width. */
function titleBlock(pdf: TaggedPdf, input: ProtocolPdfInput): void {
  const { strings } = input;
  const top = pdf.doc.y;
  const column = { x: MARGIN_X, width: WIDTH - QR_SIZE - 16 };
  pdf.text(pdf.root, 'H1', input.title, { size: 18, bold: true }, column);
  const below = pdf.doc.y;
  const drawn = pdf.qr(pdf.root, input.permalink, `${strings.qr ?? strings.permalink}: ${input.permalink}`, MARGIN_X + WIDTH - QR_SIZE, top, QR_SIZE);
  pdf.doc.y = below + 8;
  pdf.table(
    pdf.root,
    [
      { label: strings.version, value: input.version },
      { label: strings.status, value: input.statusLabel },
      { label: strings.effective, value: formatDay(input.effective, input.dateLocale) },
    ],
    column,
    META_LABEL_WIDTH,
  );
  pdf.doc.y = Math.max(pdf.doc.y, top + drawn) + 4;
  pdf.table(pdf.root, [{ label: strings.permalink, value: input.permalink, link: input.permalink }], { x: MARGIN_X, width: WIDTH }, META_LABEL_WIDTH);
  pdf.doc.y += 14;
}

/** Each section under its numbered heading; a heading's bookmark is under its parent section's. */
function sections(pdf: TaggedPdf, list: Section[]): void {
  const open: Section[] = [];
  for (const section of list) {
    while (open.length > 0 && (open.at(-1)?.level ?? 0) >= section.level) open.pop();
    const parent = open.at(-1);
    open.push(section);
    const level = Math.min(section.level + 1, 4) as 2 | 3 | 4;
    pdf.heading(pdf.root, level, `${section.number} ${section.title}`, section.anchor, parent?.anchor);
    for (const block of section.blocks) writeBlock(pdf, pdf.root, block);
  }
}

/** "Versión 2.0 · Documento de ejemplo, no oficial · Traducción en borrador" */
const labels = (input: ProtocolPdfInput) =>
  [`${input.strings.version} ${input.version}`, input.sampleLabel, input.draftLabel].filter(Boolean).join(' · ');

/** The PDF of one version of a protocol. */
export async function protocolPdf(input: ProtocolPdfInput): Promise<Buffer> {
  const { strings, outline } = input;
  const pdf = new TaggedPdf({
    lang: input.lang,
    title: input.title,
    author: input.author,
    subject: labels(input),
    // The status of a sample already says it is one.
    keywords: [input.shortTitle, `${strings.version} ${input.version}`, input.statusLabel, input.author, input.sampleLabel, input.draftLabel]
      .filter((part, i, all): part is string => Boolean(part) && (i < 4 || !all[2]?.includes(part ?? '')))
      .join(', '),
    date: input.effective,
  });
  titleBlock(pdf, input);
  if (input.notice) pdf.notice(pdf.root, input.notice);
  for (const block of outline.preamble) writeBlock(pdf, pdf.root, block);
  const contents =
    outline.sections.length > 0
      ? toc(pdf, strings.contents, outline.sections.map((s) => ({ label: `${s.number} ${s.title}`, anchor: s.anchor, level: s.level })))
      : undefined;
  sections(pdf, outline.sections);
  contents?.addPages();
  return pdf.finish({
    left: input.shortTitle,
    right: labels(input),
    url: input.permalink,
    page: (page, pages) => pageLabel(strings.page, page, pages),
  });
}
