/**
 * A tagged PDF (PDF/UA-1 structure) written with pdfkit's own public API: `tagged: true`, the
 * document language, DisplayDocTitle, the PDF/UA identification in the XMP metadata, structure
 * elements (`doc.struct`) attached in reading order as the text is drawn, the outline (bookmarks)
 * and named destinations. Everything drawn that is not content (rules, boxes, the running header
 * and footer) is an artifact. Text is set in the embedded Noto Sans (./fonts.ts).
 *
 * Same input, same bytes: the dates are given, pdfkit derives the file /ID from the metadata, and
 * the font subsets are named from the order the faces are first used.
 */
import PDFDocument from 'pdfkit';
import { passages, plainText, type Passage } from '../../../i18n/passages';
import { type Face, fontBytes, shown } from './fonts';
import { BODY, HEADINGS, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, QUIET_COLOR, RUNNING, TEXT_COLOR, WIDTH, type TextStyle } from './layout';
import { qrModules } from './qr';

type Element = PDFKit.PDFStructureElement;

export interface TaggedPdfInfo {
  /** BCP 47: "es", "quz". */
  lang: string;
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** CreationDate and ModDate. */
  date: Date;
}

/** The running header and footer of every page: artifacts, read by no screen reader. */
export interface Running {
  left: string;
  right: string;
  /** The footer's address (plain text: an artifact carries no link). */
  url: string;
  /** "Página 2 de 7" */
  page: (page: number, pages: number) => string;
  /** No header and footer on page 1 (a cover). */
  skipFirstPage?: boolean;
}

interface Place {
  x: number;
  width: number;
}

/**
 * pdfkit copies the title, author, subject and keywords into the XMP metadata as they are, without
 * escaping them for XML, so an `&` or `<` in a title would make the metadata unreadable (and the
 * file fail PDF/UA). The three characters XML reserves are written in the metadata, and only there,
 * as their full-width forms, which read the same; the document information and the XMP then agree.
 */
const XML_RESERVED: Record<string, string> = { '&': '＆', '<': '＜', '>': '＞' };
const metadataText = (text: string): string => plainText(text).replace(/[&<>]/g, (c) => XML_RESERVED[c] ?? c);

/**
 * A text's runs (src/i18n/passages.ts), trimmed. A text may mark a passage in another language
 * (`{es:…}`): the passage is then a Span with its own /Lang, set from a new line, because pdfkit
 * cannot continue a line across structure elements once a run has wrapped.
 */
const runsOf = (text: string): Passage[] => passages(text).flatMap((run) => (run.text.trim() ? [{ ...run, text: run.text.trim() }] : []));

const FULL: Place = { x: MARGIN_X, width: WIDTH };
const FACE_OF = (style: TextStyle): Face =>
  style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';

export class TaggedPdf {
  readonly doc: PDFKit.PDFDocument;
  readonly root: Element;
  private readonly bytes: Promise<Buffer>;
  private readonly bookmarks = new Map<string, PDFKit.PDFOutline>();
  /** The page (from 0) of each named destination. */
  readonly pageOf = new Map<string, number>();

  constructor(info: TaggedPdfInfo) {
    const faces = fontBytes();
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN_TOP, bottom: MARGIN_BOTTOM, left: MARGIN_X, right: MARGIN_X },
      bufferPages: true,
      compress: true,
      tagged: true,
      lang: info.lang,
      displayTitle: true,
      pdfVersion: '1.7',
      subset: 'PDF/UA',
      // The default font is the embedded one: the standard Helvetica never gets into the file.
      font: faces.regular as unknown as string,
      info: {
        Title: metadataText(info.title),
        Author: metadataText(info.author),
        Creator: metadataText(info.author),
        Producer: 'PDFKit',
        Subject: metadataText(info.subject),
        Keywords: metadataText(info.keywords),
        CreationDate: info.date,
        ModDate: info.date,
      },
    } as unknown as PDFKit.PDFDocumentOptions);
    for (const [face, data] of Object.entries(faces)) this.doc.registerFont(face, data);
    const chunks: Buffer[] = [];
    this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    this.bytes = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  /** The index (from 0) of the page being written. */
  get page(): number {
    return this.doc.bufferedPageRange().count - 1;
  }

  /** Sets the font, size and colour of a style; returns its line height. */
  use(style: TextStyle): number {
    this.doc.font(FACE_OF(style)).fontSize(style.size).fillColor(style.color ?? TEXT_COLOR);
    return this.doc.currentLineHeight(true);
  }

  /** How tall a text is in a style and width (each passage in another language from a new line). */
  heightOf(text: string, style: TextStyle, width = WIDTH): number {
    this.use(style);
    return runsOf(text).reduce((sum, run) => sum + this.doc.heightOfString(shown(run.text), { width }), 0);
  }

  /** Starts a new page unless `height` points are left on this one. */
  room(height: number): void {
    if (this.doc.y + height > this.doc.page.height - MARGIN_BOTTOM) this.doc.addPage();
  }

  private atTop(): boolean {
    return this.doc.y <= MARGIN_TOP + 0.5;
  }

  /** A new structure element under `parent`, attached at once (so its content is drawn now). */
  element(parent: Element, tag: string, options: Record<string, unknown> = {}): Element {
    const element = this.doc.struct(tag, options as PDFKit.Mixins.StructureElementOptions);
    parent.add(element);
    return element;
  }

  /** Draws text as the content of a new element `tag` under `parent`, from `y` (default: here). */
  text(parent: Element, tag: string, text: string, style: TextStyle, place: Place = FULL, options: Record<string, unknown> = {}, y = this.doc.y): Element {
    const element = this.element(parent, tag);
    this.use(style);
    this.fill(element, text, place, options, y);
    element.end();
    return element;
  }

  /**
   * Draws a text as the content of `element`, from `y`: as it is, or, when it marks a passage in
   * another language, each run as a Span (with its /Lang when marked).
   */
  private fill(element: Element, text: string, place: Place, options: Record<string, unknown>, y: number): void {
    const runs = runsOf(text);
    if (runs.length === 1 && !runs[0]?.lang) {
      element.add(() => {
        this.doc.text(shown(plainText(text)), place.x, y, { width: place.width, ...options });
      });
      return;
    }
    runs.forEach((run, i) => {
      const span = this.element(element, 'Span', run.lang ? { lang: run.lang } : {});
      span.add(() => {
        this.doc.text(shown(run.text), place.x, i === 0 ? y : this.doc.y, { width: place.width, ...options });
      });
      span.end();
    });
  }

  paragraph(parent: Element, text: string, style: TextStyle = BODY, place: Place = FULL): void {
    this.text(parent, 'P', text, style, place);
    this.doc.y += style.after ?? 0;
  }

  /**
   * A heading (H1–H4) that never ends a page: it moves to the next one unless the heading and two
   * lines of text fit. With an anchor, it is a named destination and a bookmark (under the
   * bookmark of `parentAnchor`, when given).
   */
  heading(parent: Element, level: 1 | 2 | 3 | 4, text: string, anchor?: string, parentAnchor?: string, bookmark = text): void {
    const style = HEADINGS[level];
    const height = this.heightOf(text, style);
    const line = this.use(BODY);
    this.room((style.before ?? 0) + height + (style.after ?? 0) + 2 * line);
    if (!this.atTop()) this.doc.y += style.before ?? 0;
    this.text(parent, `H${level}`, text, style, FULL, anchor ? { destination: anchor } : {});
    this.doc.y += style.after ?? 0;
    if (anchor) this.bookmark(anchor, bookmark, parentAnchor);
  }

  /** A bookmark to this page, under the bookmark of `parentAnchor` when given; notes the page of `anchor`. */
  bookmark(anchor: string, title: string, parentAnchor?: string): void {
    this.pageOf.set(anchor, this.page);
    const above = parentAnchor ? this.bookmarks.get(parentAnchor) : undefined;
    this.bookmarks.set(anchor, (above ?? this.doc.outline).addItem(plainText(title)));
  }

  /** A list: L > LI > Lbl + LBody, the label ("•", "1.") beside the item's text. */
  list(parent: Element, items: string[], ordered: boolean, style: TextStyle = BODY, place: Place = { x: MARGIN_X + 8, width: WIDTH - 8 }): void {
    const list = this.element(parent, 'L', {});
    const indent = ordered ? 18 : 12;
    items.forEach((item, i) => {
      this.room(this.use(style));
      const y = this.doc.y;
      const li = this.element(list, 'LI');
      this.text(li, 'Lbl', ordered ? `${i + 1}.` : '•', style, { x: place.x, width: indent }, { lineBreak: false }, y);
      this.text(li, 'LBody', item, style, { x: place.x + indent, width: place.width - indent }, {}, y);
      li.end();
      this.doc.y += 2;
    });
    list.end();
    this.doc.y += style.after ?? 0;
  }

  /** A quotation, in italics, indented behind a rule (an artifact). */
  quote(parent: Element, text: string): void {
    const style: TextStyle = { ...BODY, italic: true };
    const place = { x: MARGIN_X + 18, width: WIDTH - 36 };
    const height = this.heightOf(text, style, place.width);
    this.room(Math.min(height, 4 * this.use(style)));
    const top = this.doc.y;
    const page = this.page;
    this.text(parent, 'BlockQuote', text, style, place);
    if (this.page === page) this.artifact(() => this.doc.moveTo(place.x - 9, top).lineTo(place.x - 9, this.doc.y).lineWidth(2).stroke(QUIET_COLOR));
    this.doc.y += style.after ?? 0;
  }

  /** A boxed, bold notice across the text width (a sample, a draft). */
  notice(parent: Element, text: string): void {
    const style: TextStyle = { size: 10, bold: true };
    const pad = 7;
    const height = this.heightOf(text, style, WIDTH - 2 * pad) + 2 * pad;
    this.room(height);
    const top = this.doc.y;
    this.artifact(() => this.doc.rect(MARGIN_X, top, WIDTH, height).lineWidth(1).fillAndStroke('#eeeeee', TEXT_COLOR));
    this.text(parent, 'P', text, style, { x: MARGIN_X + pad, width: WIDTH - 2 * pad }, {}, top + pad);
    this.doc.y = top + height + 14;
  }

  /**
   * Rows of a header cell and a data cell (TH scope Row, TD), without rules; a value with `link`
   * is a Link with its annotation.
   */
  table(parent: Element, rows: { label: string; value: string; link?: string }[], place: Place, labelWidth: number, style: TextStyle = { size: 9.5 }): void {
    const table = this.element(parent, 'Table');
    for (const row of rows) {
      this.room(this.use(style));
      const y = this.doc.y;
      const tr = this.element(table, 'TR');
      const th = this.element(tr, 'TH', { scope: 'Row' });
      this.use({ ...style, bold: true });
      this.fill(th, row.label, { x: place.x, width: labelWidth }, {}, y);
      th.end();
      const below = this.doc.y;
      const td = this.element(tr, 'TD');
      const value = { x: place.x + labelWidth + 8, width: place.width - labelWidth - 8 };
      if (row.link) this.link(td, row.value, row.link, style, value, y);
      else this.text(td, 'P', row.value, style, value, {}, y);
      td.end();
      tr.end();
      this.doc.y = Math.max(below, this.doc.y) + 2;
    }
    table.end();
  }

  /** A Link element: its text and its link annotation (OBJR), underlined. */
  link(parent: Element, text: string, url: string, style: TextStyle, place: Place = FULL, y = this.doc.y): void {
    const link = this.element(parent, 'Link');
    this.use(style);
    // pdfkit attaches the annotation of text drawn inside a Link element to that element.
    link.add(() => {
      this.doc.text(shown(text), place.x, y, { width: place.width, link: url, underline: true });
    });
    link.end();
  }

  /** A QR code of `text` as a Figure with alternative text, `size` points wide, at (x, y). */
  qr(parent: Element, text: string, alt: string, x: number, y: number, size: number): number {
    const modules = qrModules(text);
    const module = Math.floor((size / modules.length) * 100) / 100;
    const drawn = module * modules.length;
    const figure = this.element(parent, 'Figure', { alt, bbox: [x, y, x + drawn, y + drawn], placement: 'Block' });
    figure.add(() => {
      modules.forEach((row, r) => row.forEach((dark, c) => dark && this.doc.rect(x + c * module, y + r * module, module, module)));
      this.doc.fill(TEXT_COLOR);
    });
    figure.end();
    return drawn;
  }

  /** Draws something that is not content (a rule, a box) as an artifact. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    const { x, y } = this.doc;
    this.doc.save();
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
    this.doc.restore();
    this.doc.x = x;
    this.doc.y = y;
  }

  /** Adds the running header and footer to every page, closes the structure and returns the bytes. */
  async finish(running: Running): Promise<Buffer> {
    const { count } = this.doc.bufferedPageRange();
    for (let i = 0; i < count; i++) {
      if (running.skipFirstPage && i === 0) continue;
      this.doc.switchToPage(i);
      this.runningParts(running, i + 1, count);
    }
    this.root.end();
    this.doc.end();
    return this.bytes;
  }

  private runningParts(running: Running, page: number, pages: number): void {
    const { doc } = this;
    const margins = doc.page.margins;
    const bottom = margins.bottom;
    // Drawn in the margins: no page break there.
    margins.bottom = 0;
    this.artifact(() => {
      this.use(RUNNING);
      const right = shown(plainText(running.right));
      const rightWidth = Math.min(doc.widthOfString(right) + 1, WIDTH * 0.62);
      const leftWidth = WIDTH - rightWidth - 12;
      const top = 24;
      doc.text(shown(plainText(running.left)), MARGIN_X, top, { width: leftWidth });
      const leftBottom = doc.y;
      doc.text(right, MARGIN_X + WIDTH - rightWidth, top, { width: rightWidth, align: 'right' });
      const rule = Math.max(leftBottom, doc.y) + 2;
      doc.moveTo(MARGIN_X, rule).lineTo(MARGIN_X + WIDTH, rule).lineWidth(0.5).stroke(QUIET_COLOR);
      const foot = doc.page.height - MARGIN_BOTTOM + 16;
      doc.moveTo(MARGIN_X, foot).lineTo(MARGIN_X + WIDTH, foot).lineWidth(0.5).stroke(QUIET_COLOR);
      this.use(RUNNING);
      const label = shown(running.page(page, pages));
      const labelWidth = doc.widthOfString(label) + 1;
      doc.text(shown(running.url), MARGIN_X, foot + 4, { width: WIDTH - labelWidth - 12, lineBreak: false, ellipsis: true });
      doc.text(label, MARGIN_X + WIDTH - labelWidth, foot + 4, { width: labelWidth, align: 'right', lineBreak: false });
    }, 'Pagination');
    margins.bottom = bottom;
  }
}
