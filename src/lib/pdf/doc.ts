/**
 * What every PDF of the site shares (protocols, kits, lessons, posters): pdfmake set up with the
 * standard PDF fonts only (nothing embedded, so files stay small) and no access to the outside,
 * the A4 page layout, the running header and footer pieces, and a few blocks.
 *
 * Text drawn in these fonts must go through `winAnsi` (./pdf-text.ts); metadata strings need not.
 */
import { setiembre } from '../text/format';
import pdfmake from 'pdfmake';
import type { CanvasElement, Content, Node as PdfNode, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fastPageContent } from './content';
import { shareFontMetrics } from './fonts';
import { fastStyleLookup } from './styles';
import { winAnsi } from './text';
import type { Block } from '../markdown/sections';

/** The family pdfmake knows the standard fonts by, and the PDF names of its four faces. */
export const FONT = 'Helvetica';
const STANDARD_FACES = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
const STANDARD_FACE_NAMES = new Set(Object.values(STANDARD_FACES));

/** Page layout, in points (1/72 in). A4 is 595.28 × 841.89. */
export const MARGIN_X = 56;
export const MARGIN_TOP = 64;
export const MARGIN_BOTTOM = 60;
export const TEXT_COLOR = '#000000';
export const QUIET_COLOR = '#444444';

/** "Página {x} de {y}" → "Página 2 de 7". */
export function pageLabel(template: string, page: number, pages: number): string {
  return template.replace(/\{x\}/g, () => String(page)).replace(/\{y\}/g, () => String(pages));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A day as a long date in the document's language, read in UTC (one formatter per language). */
export function formatDay(date: Date, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return setiembre(format.format(date));
}

/** A boxed, bold notice across the text width (e.g. "Documento de ejemplo…"). */
export function noticeBox(notice: string): Content {
  return {
    table: { widths: ['*'], body: [[{ text: winAnsi(notice), style: 'notice' }]] },
    layout: {
      hLineWidth: () => 1,
      vLineWidth: () => 1,
      hLineColor: () => TEXT_COLOR,
      vLineColor: () => TEXT_COLOR,
      fillColor: () => '#eeeeee',
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 6,
      paddingBottom: () => 6,
    },
    margin: [0, 0, 0, 16],
  };
}

/** The style of the header and the footer: every node of theirs has it, to tell them apart. */
export const RUNNING = 'running';

/** A thin horizontal line across the text width, at `y` inside its canvas. */
export function rule(pageWidth: number, y: number): CanvasElement {
  return { type: 'line', x1: 0, y1: y, x2: pageWidth - 2 * MARGIN_X, y2: y, lineWidth: 0.5, lineColor: QUIET_COLOR };
}

/**
 * A heading never ends a page: it moves to the next one with the text it introduces. pdfmake
 * counts the nodes of the header and the footer among those of the page: they do not count here.
 */
export const headingNeverLast: NonNullable<TDocumentDefinitions['pageBreakBefore']> = (node, nodes) => {
  if (node.headlineLevel === undefined) return false;
  const inBody = (other: PdfNode) => other.style !== RUNNING;
  // Last on its page, and something follows on the next one (a heading that ends the document stays).
  return !nodes.getFollowingNodesOnPage().some(inBody) && nodes.getNodesOnNextPage().some(inBody);
};

/** Longest address kept on one line: fits in the footer's 8.5 pt text beside the page number. */
const URL_NO_WRAP = 80;

/**
 * An address as a link. pdfmake makes one link annotation per piece of a breakable text (a URL
 * breaks at every "/"), so an address short enough to fit on one line is kept whole: one annotation.
 */
export function linkText(url: string): { text: string; link: string; noWrap: boolean } {
  return { text: winAnsi(url), link: url, noWrap: url.length <= URL_NO_WRAP };
}

/** A paragraph, a list or a quote of a text (./sections.ts), in the styles `paragraph`, `list`, `quote`. */
export function blockContent(block: Block): Content {
  switch (block.type) {
    case 'paragraph':
      return { text: winAnsi(block.text), style: 'paragraph' };
    case 'list': {
      const items = block.items.map((item): Content => ({ text: winAnsi(item), margin: [0, 0, 0, 3] }));
      return block.ordered ? { ol: items, style: 'list' } : { ul: items, style: 'list' };
    }
    case 'quote':
      return {
        table: { widths: ['*'], body: [[{ text: winAnsi(block.text), style: 'quote' }]] },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: (i: number) => (i === 0 ? 2 : 0),
          vLineColor: () => QUIET_COLOR,
          paddingLeft: () => 10,
          paddingRight: () => 0,
          paddingTop: () => 1,
          paddingBottom: () => 1,
        },
        margin: [18, 2, 18, 10],
      };
  }
}

/**
 * The running header (a title on the left, a label on the right, a rule) and footer (a rule, the
 * document's address and "Página x de y") of every page, or of every page but the cover.
 */
export function runningHeaderFooter(
  left: string,
  right: string,
  url: string,
  pageTemplate: string,
  skipFirstPage = false,
): Pick<TDocumentDefinitions, 'header' | 'footer'> {
  const skip = (page: number) => skipFirstPage && page === 1;
  return {
    header: (page, _pages, pageSize) =>
      skip(page)
        ? null
        : {
            margin: [MARGIN_X, 26, MARGIN_X, 0],
            style: RUNNING,
            stack: [
              {
                columns: [
                  { text: winAnsi(left), width: '*', style: RUNNING },
                  { text: winAnsi(right), width: 'auto', alignment: 'right', style: RUNNING },
                ],
                columnGap: 12,
                style: RUNNING,
              },
              { canvas: [rule(pageSize.width, 3)], style: RUNNING },
            ],
          },
    footer: (page, pages, pageSize) =>
      skip(page)
        ? null
        : {
            margin: [MARGIN_X, 18, MARGIN_X, 0],
            style: RUNNING,
            stack: [
              { canvas: [rule(pageSize.width, 0)], margin: [0, 0, 0, 3], style: RUNNING },
              {
                columns: [
                  { ...linkText(url), width: '*', style: RUNNING },
                  { text: winAnsi(pageLabel(pageTemplate, page, pages)), width: 'auto', alignment: 'right', style: RUNNING },
                ],
                columnGap: 12,
                style: RUNNING,
              },
            ],
          },
  };
}

/**
 * Points pdfmake (a process-wide singleton) at the standard fonts and shuts every door to the
 * outside. Done before each document, as other code could have changed them in between.
 */
function configurePdfmake(): void {
  shareFontMetrics();
  fastStyleLookup();
  fastPageContent();
  pdfmake.setFonts({ [FONT]: { ...STANDARD_FACES } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => STANDARD_FACE_NAMES.has(path));
}

/**
 * The bytes of a document. Give it fixed `info.creationDate` and `info.modDate`: pdfkit derives the
 * file /ID from the metadata, so the same input then gives the same bytes.
 */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configurePdfmake();
  return pdfmake.createPdf(definition).getBuffer();
}
