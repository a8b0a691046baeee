/**
 * The PDF of one version of a protocol, built with pdfmake from the same outline as its page
 * (src/lib/markdown/sections.ts), so the section numbers are the same in both.
 *
 * - A4, black on white, only the standard PDF fonts (Helvetica family: nothing embedded, so the
 *   file stays small); text goes through `winAnsi` so every character can be shown.
 * - pdfmake can neither fetch a URL nor read a file: the URL policy refuses everything and the
 *   local policy only lets through the names of the four standard fonts.
 * - Same input, same bytes: the creation and modification dates are the effective date, and
 *   pdfkit derives the file /ID from the metadata alone.
 * - Every section heading is a named destination (its anchor, "s-1-2", so `file.pdf#s-1-2` opens
 *   it), a bookmark in the viewer's outline and a linked line, with its page, in the contents.
 */
import type { Content, ContentTable, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  FONT,
  formatDay,
  headingNeverLast,
  MARGIN_BOTTOM,
  MARGIN_TOP,
  MARGIN_X,
  noticeBox,
  blockContent,
  linkText,
  runningHeaderFooter,
  QUIET_COLOR,
  renderPdf,
  RUNNING,
  TEXT_COLOR,
} from '../pdf/doc';
import { winAnsi } from '../pdf/text';
import type { Outline, Section } from '../markdown/sections';

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
  };
  /** Intl locale for dates: "es-PE" / "quz-PE". */
  dateLocale: string;
  /** PDF metadata Author and Creator, e.g. "Alianza CPC". */
  author: string;
}

const META_LABEL_WIDTH = 120;
const QR_SIZE = 92;

/** Heading styles by section level (1 = `##`). */
const HEADING_STYLES = ['h1', 'h2', 'h3'] as const;

function headingStyle(level: number): (typeof HEADING_STYLES)[number] {
  return HEADING_STYLES[Math.min(Math.max(level, 1), HEADING_STYLES.length) - 1] ?? 'h3';
}


/**
 * Each section's heading and blocks. A heading is a destination (its anchor), an entry of the
 * contents and a bookmark under the nearest section of a lower level before it.
 */
function sectionsContent(sections: Section[]): Content[] {
  const content: Content[] = [];
  const open: Section[] = []; // the current chain of ancestors, by level
  for (const section of sections) {
    while (open.length > 0 && (open.at(-1)?.level ?? 0) >= section.level) open.pop();
    const parent = open.at(-1);
    open.push(section);
    const label = `${section.number} ${section.title}`;
    content.push({
      text: winAnsi(label),
      style: headingStyle(section.level),
      headlineLevel: section.level,
      id: section.anchor,
      tocItem: true,
      ...(section.level === 1 ? { tocStyle: 'tocTop' } : {}),
      tocMargin: [(section.level - 1) * 14, section.level === 1 ? 5 : 2, 0, 1],
      outline: true,
      outlineText: label, // bookmarks are Unicode: no need for winAnsi there
      ...(parent ? { outlineParentId: parent.anchor } : {}),
    });
    for (const block of section.blocks) content.push(blockContent(block));
  }
  return content;
}


/** Label/value rows without rules; the labels' column has a fixed width so two tables align. */
function metaTable(rows: [string, Content][]): ContentTable {
  return {
    table: {
      widths: [META_LABEL_WIDTH, '*'],
      body: rows.map(([label, value]) => [{ text: winAnsi(label), style: 'metaLabel' }, value]),
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: (i: number) => (i === 0 ? 0 : 8),
      paddingRight: () => 0,
      paddingTop: () => 1.5,
      paddingBottom: () => 1.5,
    },
  };
}

/**
 * Title, version, status and effective date beside a QR code of the permalink; then the permalink
 * itself, across the whole width so that it fits on one line.
 */
function titleBlock(input: ProtocolPdfInput): Content {
  const { strings } = input;
  const effective = winAnsi(formatDay(input.effective, input.dateLocale));
  return {
    stack: [
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: winAnsi(input.title), style: 'title' },
              metaTable([
                [strings.version, { text: winAnsi(input.version), style: 'metaValue' }],
                [strings.status, { text: winAnsi(input.statusLabel), style: 'metaValue' }],
                [strings.effective, { text: effective, style: 'metaValue' }],
              ]),
            ],
          },
          { width: QR_SIZE, qr: input.permalink, fit: QR_SIZE, eccLevel: 'M', alignment: 'right' },
        ],
        columnGap: 16,
      },
      metaTable([[strings.permalink, { ...linkText(input.permalink), style: ['metaValue', 'link'] }]]),
    ],
    margin: [0, 0, 0, 14],
  };
}

function documentDefinition(input: ProtocolPdfInput): TDocumentDefinitions {
  const { strings, outline } = input;
  const running = winAnsi([`${strings.version} ${input.version}`, input.sampleLabel].filter(Boolean).join(' · '));
  const content: Content[] = [titleBlock(input)];
  if (input.notice) content.push(noticeBox(input.notice));
  for (const block of outline.preamble) content.push(blockContent(block));
  if (outline.sections.length > 0) {
    content.push({
      toc: {
        title: { text: winAnsi(strings.contents), style: 'h1', margin: [0, 6, 0, 6] },
      },
      margin: [0, 0, 0, 18],
    });
  }
  content.push(...sectionsContent(outline.sections));

  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, MARGIN_TOP, MARGIN_X, MARGIN_BOTTOM],
    language: input.lang,
    displayTitle: true,
    compress: true,
    // Metadata strings are Unicode (pdfkit writes them in UTF-16): no need for winAnsi there.
    info: {
      title: input.title,
      author: input.author,
      creator: input.author,
      producer: 'pdfmake',
      subject: [`${strings.version} ${input.version}`, input.sampleLabel].filter(Boolean).join(' · '),
      keywords: [input.shortTitle, `${strings.version} ${input.version}`, input.statusLabel, input.author].join(', '),
      // Fixed dates make the output (and the /ID pdfkit derives from the metadata) reproducible.
      creationDate: input.effective,
      modDate: input.effective,
    },
    ...runningHeaderFooter(input.shortTitle, running, input.permalink, strings.page),
    pageBreakBefore: headingNeverLast,
    content,
    defaultStyle: { font: FONT, fontSize: 10.5, lineHeight: 1.25, color: TEXT_COLOR },
    styles: {
      title: { fontSize: 19, bold: true, lineHeight: 1.15, margin: [0, 0, 0, 8] },
      metaLabel: { bold: true, fontSize: 9.5 },
      metaValue: { fontSize: 9.5 },
      link: { decoration: 'underline' },
      notice: { bold: true, fontSize: 10 },
      h1: { fontSize: 15, bold: true, lineHeight: 1.15, margin: [0, 14, 0, 6] },
      h2: { fontSize: 12.5, bold: true, lineHeight: 1.15, margin: [0, 10, 0, 4] },
      h3: { fontSize: 11, bold: true, italics: true, lineHeight: 1.15, margin: [0, 8, 0, 3] },
      paragraph: { margin: [0, 0, 0, 7] },
      list: { margin: [10, 0, 0, 7] },
      quote: { italics: true },
      tocTop: { bold: true },
      [RUNNING]: { fontSize: 8.5, color: QUIET_COLOR, lineHeight: 1.1 },
    },
  };
}

/** The PDF of one version of a protocol. */
export async function protocolPdf(input: ProtocolPdfInput): Promise<Buffer> {
  return renderPdf(documentDefinition(input));
}
