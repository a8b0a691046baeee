/**
 * The poster as a tagged PDF (../../pdf/tagged/writer.ts), from the same layout as the SVG
 * (./layout.ts): every line where the layout put it, in the embedded Noto Sans. The reading order
 * is the layout's: the notice, the headline (H1, and the document's title), the text, the call, the
 * hotlines (a list: the number as the label, the name and purpose as the body), the scan label,
 * the address (a link), the author, then the QR code (a figure with alternative text). The boxes
 * and the bar are artifacts.
 */
import { shown } from '../../pdf/tagged/fonts';
import { TEXT_COLOR } from '../../pdf/tagged/layout';
import { TaggedPdf } from '../../pdf/tagged/writer';
import { type PosterInput } from './input';
import { textWidth } from './measure';
import { type PosterLayout, type TextBlock, posterError, posterLayout } from './layout';

type Element = PDFKit.PDFStructureElement;

/** Draws a block's lines at the layout's baselines, each narrowed if the font runs wider than estimated. */
function drawLines(pdf: TaggedPdf, block: TextBlock): void {
  const { doc } = pdf;
  for (const line of block.lines) {
    const text = shown(line.text);
    pdf.use({ size: block.size, bold: block.bold });
    const estimate = textWidth(line.text, block.size, block.bold);
    const actual = doc.widthOfString(text);
    if (actual > estimate) doc.fontSize((block.size * estimate) / actual);
    const width = doc.widthOfString(text) + 1;
    doc.text(text, line.x, line.baseline, { width, lineBreak: false, baseline: 'alphabetic', ...(block.link ? { link: block.link } : {}) });
  }
}

function tagged(pdf: TaggedPdf, parent: Element, tag: string, block: TextBlock | undefined): void {
  if (!block) return;
  const element = pdf.element(parent, tag);
  if (block.lines.some((line) => line.lang)) {
    // Lines in another language (a passage the notice marks) are Spans with their own /Lang.
    const runs: TextBlock['lines'][] = [];
    for (const line of block.lines) {
      const last = runs.at(-1);
      if (last && last[0]?.lang === line.lang) last.push(line);
      else runs.push([line]);
    }
    for (const lines of runs) {
      const lang = lines[0]?.lang;
      const span = pdf.element(element, 'Span', lang ? { lang } : {});
      span.add(() => drawLines(pdf, { ...block, lines }));
      span.end();
    }
  } else {
    element.add(() => drawLines(pdf, block));
  }
  element.end();
}

function drawPoster(pdf: TaggedPdf, input: PosterInput, { blocks, boxes, qr }: PosterLayout): void {
  const { doc, root } = pdf;
  pdf.artifact(() => {
    for (const box of boxes) {
      doc.rect(box.x, box.y, box.w, box.h);
      if (box.border) doc.lineWidth(box.border).fillAndStroke(box.fill, TEXT_COLOR);
      else doc.fill(box.fill);
    }
  });
  const queue = [...blocks];
  if (input.notice?.trim()) tagged(pdf, root, 'P', queue.shift());
  tagged(pdf, root, 'H1', queue.shift());
  tagged(pdf, root, 'P', queue.shift());
  tagged(pdf, root, 'P', queue.shift());
  const list = pdf.element(root, 'L');
  for (let i = 0; i < input.hotlines.length; i++) {
    const item = pdf.element(list, 'LI');
    tagged(pdf, item, 'Lbl', queue.shift());
    const body = pdf.element(item, 'LBody');
    tagged(pdf, body, 'P', queue.shift());
    tagged(pdf, body, 'P', queue.shift());
    body.end();
    item.end();
  }
  list.end();
  tagged(pdf, root, 'P', queue.shift());
  const address = pdf.element(root, 'P');
  tagged(pdf, address, 'Link', queue.shift());
  address.end();
  tagged(pdf, root, 'P', queue.shift());
  if (queue.length > 0) throw posterError(input, `${queue.length} text blocks of the layout were not drawn: a bug in src/lib/campaigns/poster/pdf.ts`);
  const size = qr.module * qr.matrix.length;
  pdf.qr(root, input.url, `QR: ${input.strings.scan} ${input.url}`, qr.x, qr.y, size);
}

/** The poster as a one-page A4 PDF. */
export async function posterPdf(input: PosterInput): Promise<Buffer> {
  const layout = posterLayout(input);
  const pdf = new TaggedPdf({
    lang: input.lang,
    // What the poster says in large type is its title; the campaign's name is its subject.
    title: input.headline,
    author: input.author,
    subject: [input.title, input.notice].filter(Boolean).join(' · '),
    keywords: [input.title, input.author].join(', '),
    date: input.date,
  });
  // Everything is placed at its position on the page: no margin may push a line to a new page.
  Object.assign(pdf.doc.page.margins, { top: 0, bottom: 0, left: 0, right: 0 });
  drawPoster(pdf, input, layout);
  if (pdf.doc.bufferedPageRange().count !== 1) throw posterError(input, 'came out on more than one page: a bug in src/lib/campaigns/poster/pdf.ts');
  return pdf.finish({ left: '', right: '', url: '', page: () => '', skipFirstPage: true });
}
