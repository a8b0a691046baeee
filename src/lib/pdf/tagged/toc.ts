/**
 * The contents of a tagged PDF: a heading, then a TOC with a TOCI per entry, each a Reference to
 * its section (a Link with a GoTo annotation to the section's named destination) and, once the
 * whole document is laid out, the page it starts on.
 */
import { BODY, HEADINGS, MARGIN_X, WIDTH, type TextStyle } from './layout';
import { shown } from './fonts';
import type { TaggedPdf } from './writer';

export interface TocEntry {
  label: string;
  /** The named destination of the entry's heading. */
  anchor: string;
  /** 1 for a top-level section. */
  level: number;
}

const NUMBER_WIDTH = 28;
const INDENT = 14;

export function toc(pdf: TaggedPdf, title: string, entries: TocEntry[]): { addPages: () => void } {
  const { doc } = pdf;
  pdf.heading(pdf.root, 2, title);
  const list = pdf.element(pdf.root, 'TOC');
  const rows: { item: PDFKit.PDFStructureElement; page: number; y: number; anchor: string; style: TextStyle }[] = [];
  for (const entry of entries) {
    const style: TextStyle = { ...BODY, bold: entry.level === 1 };
    const x = MARGIN_X + (entry.level - 1) * INDENT;
    const width = WIDTH - (entry.level - 1) * INDENT - NUMBER_WIDTH - 8;
    pdf.room(pdf.use(style) + (entry.level === 1 ? 4 : 1));
    doc.y += entry.level === 1 ? 4 : 1;
    const y = doc.y;
    const item = pdf.element(list, 'TOCI');
    const reference = pdf.element(item, 'Reference');
    const link = pdf.element(reference, 'Link');
    pdf.use(style);
    link.add(() => {
      doc.text(shown(entry.label), x, y, { width });
    });
    const height = doc.y - y;
    doc.goTo(x, y, width, height, entry.anchor, { structParent: link } as PDFKit.Mixins.AnnotationOption);
    link.end();
    reference.end();
    rows.push({ item, page: pdf.page, y, anchor: entry.anchor, style });
  }
  doc.y += HEADINGS[2].after ?? 0;
  return {
    /** Writes each entry's page number, once every heading has its page; closes the TOC. */
    addPages() {
      const last = pdf.page;
      for (const row of rows) {
        const page = pdf.pageOf.get(row.anchor);
        if (page !== undefined) {
          doc.switchToPage(row.page);
          pdf.text(row.item, 'NonStruct', String(page + 1), row.style, { x: MARGIN_X + WIDTH - NUMBER_WIDTH, width: NUMBER_WIDTH }, { align: 'right', lineBreak: false }, row.y);
        }
        row.item.end();
      }
      list.end();
      doc.switchToPage(last);
    },
  };
}
