/** The poster as a PDF, from the same layout as the SVG (./layout.ts). */
import type { CanvasElement, Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT, renderPdf, TEXT_COLOR } from '../../pdf/doc';
import { winAnsi } from '../../pdf/text';
import { type PosterInput } from './input';
import { ASCENT, QR_ECC } from './measure';
import { type PosterLayout, posterError, posterLayout } from './layout';

/* ---------------------------------------------------------------- PDF */

function pdfContent(input: PosterInput, { blocks, boxes, qr }: PosterLayout): Content[] {
  const shapes = boxes.map(
    (box): CanvasElement => ({
      type: 'rect',
      x: box.x,
      y: box.y,
      w: box.w,
      h: box.h,
      color: box.fill,
      ...(box.border ? { lineWidth: box.border, lineColor: TEXT_COLOR } : {}),
    }),
  );
  const lines = blocks.flatMap((block) =>
    block.lines.map(
      (line): Content => ({
        text: winAnsi(line.text),
        fontSize: block.size,
        bold: block.bold,
        lineHeight: 1,
        noWrap: true, // already broken by the layout
        absolutePosition: { x: line.x, y: line.baseline - ASCENT * block.size },
        ...(block.link ? { link: block.link } : {}),
      }),
    ),
  );
  const size = qr.module * qr.matrix.length;
  return [
    { canvas: shapes, absolutePosition: { x: 0, y: 0 } },
    ...lines,
    { qr: input.url, fit: size, eccLevel: QR_ECC, absolutePosition: { x: qr.x, y: qr.y } },
  ];
}

/** The poster as a one-page A4 PDF in the standard fonts. */
export async function posterPdf(input: PosterInput): Promise<Buffer> {
  const layout = posterLayout(input);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    // Everything is placed at its position on the page: page margins would only push the lines
    // that end in them (the author's, at the foot) onto a second page.
    pageMargins: 0,
    language: input.lang,
    displayTitle: true,
    compress: true,
    // Metadata strings are Unicode (pdfkit writes them in UTF-16): no need for winAnsi there.
    info: {
      title: input.title,
      author: input.author,
      creator: input.author,
      producer: 'pdfmake',
      subject: input.headline,
      // Fixed dates make the output (and the /ID pdfkit derives from the metadata) reproducible.
      creationDate: input.date,
      modDate: input.date,
    },
    content: pdfContent(input, layout),
    defaultStyle: { font: FONT, color: TEXT_COLOR },
  };
  const pdf = await renderPdf(definition);
  const pages = pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
  if (pages !== 1) throw posterError(input, `came out on ${pages} pages instead of 1: a bug in src/lib/campaigns/poster.ts`);
  return pdf;
}
