/**
 * A campaign's poster: one A4 portrait page per campaign and language, as a PDF (to print) and as
 * an SVG (to show or print from a browser), both drawn from one layout computed here.
 *
 * - Made to be photocopied: black on white (a light grey behind the notice only), wide margins,
 *   large type: the headline 40 to 80 pt, the hotline numbers 36 to 60 pt.
 * - Lines are broken here, not by pdfmake, from an estimate of each character's width in a bold
 *   sans font (Helvetica and Arial metrics, rounded up). A line is thus never wider than
 *   estimated, in either format, and both formats break at the same places.
 * - A poster with a lot to say is set in a more compact style; one that fits in none is an error
 *   naming the poster and what to shorten. Nothing is ever clipped or pushed onto a second page.
 * - The QR code is pdfmake's: its `qr` node in the PDF, and the matrix of its encoder for the SVG.
 * - Same input, same bytes, in both formats (the PDF's dates are `input.date`).
 */
import { createRequire } from 'node:module';
import type { CanvasElement, Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT, PDF_LANG, renderPdf, TEXT_COLOR } from './pdf-doc';
import { winAnsi } from './pdf-text';

export interface PosterHotline {
  /** "Línea 1818" */
  name: string;
  /** "1818": printed big, on one line. */
  number: string;
  /** What to call it for, a sentence or two. */
  purpose: string;
}

export interface PosterInput {
  /** Document language: PDF /Lang and SVG xml:lang "es" or "quz". */
  lang: 'es' | 'qu';
  /** The campaign's title: PDF title and SVG <title>, not printed. */
  title: string;
  /** Printed big: at most 60 characters. */
  headline: string;
  /** Printed under the headline: at most 220 characters. */
  text: string;
  /** 1 to 4 hotlines, in the order printed. */
  hotlines: PosterHotline[];
  /** Absolute URL of the campaign page: the QR code, and printed beside it. */
  url: string;
  /** Localized labels: "Si sospechas, llama:" and "Más información:". */
  strings: { call: string; scan: string };
  /** Printed small at the top, e.g. "Afiche de ejemplo: no es material oficial." */
  notice?: string | undefined;
  /** "Alianza CPC": printed at the foot, and the PDF's author and creator. */
  author: string;
  /** The PDF's creation and modification date, fixed so the same input gives the same bytes. */
  date: Date;
}

/** The longest texts a poster takes (the campaign schema refuses longer ones first). */
export const POSTER_LIMITS = { headline: 60, text: 220, hotlines: 4 } as const;

/* ---------------------------------------------------------------- page and type */

/** A4 in pt, as pdfmake has it; the SVG is drawn in mm. */
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MM_PER_PT = 25.4 / 72;
const MARGIN_X = 48;
const MARGIN_TOP = 44;
const MARGIN_BOTTOM = 40;
const WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
/** Helvetica's (and Arial's) ascender and descender, in em: where the baseline sits in a line. */
const ASCENT = 0.718;
const DESCENT = 0.207;
const SVG_FONTS = 'Arial, Helvetica, sans-serif';
const NOTICE_FILL = '#eeeeee';
const WHITE = '#ffffff';

/** Estimated advance widths, in em, rounded up from Helvetica Bold (regular letters are narrower). */
const NARROW = new Set("iIjl.,:;!¡'’‘|");
const SLIM = new Set('ftr()[]{}/\\-"*`“”•°');
const WIDE = new Set('mwMW%@—…ÆŒæœ');

function charWidth(char: string, bold: boolean): number {
  if (char === ' ' || char === '\u00a0') return 0.28;
  if (NARROW.has(char)) return 0.34;
  if (SLIM.has(char)) return 0.5;
  if (WIDE.has(char)) return 1;
  if (char >= '0' && char <= '9') return 0.56;
  const base = char.normalize('NFD').charAt(0); // ñ → n, Á → A
  if (base >= 'a' && base <= 'z') return bold ? 0.62 : 0.56;
  if (base >= 'A' && base <= 'Z') return 0.78;
  return (char.codePointAt(0) ?? 0) <= 0xff ? 0.8 : 1;
}

function textWidth(text: string, size: number, bold: boolean): number {
  let em = 0;
  for (const char of text) em += charWidth(char, bold);
  return em * size;
}

/** Greedy lines of at most `width` pt; a token longer than a whole line is cut where it must. */
function pack(tokens: string[], separator: string, size: number, bold: boolean, width: number): string[] {
  const fits = (text: string) => textWidth(text, size, bold) <= width;
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const joined = line ? line + separator + token : token;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    let rest = [...token];
    while (rest.length > 1 && !fits(rest.join(''))) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut).join(''))) cut--;
      lines.push(rest.slice(0, cut).join(''));
      rest = rest.slice(cut);
    }
    line = rest.join('');
  }
  if (line) lines.push(line);
  return lines;
}

/** Words break at spaces (not at no-break spaces: "N°\u00a029918" stays whole). */
function wrap(text: string, size: number, bold: boolean, width: number): string[] {
  return pack(text.split(/[ \t\n\r]+/).filter(Boolean), ' ', size, bold, width);
}

/** A URL breaks after a "/"; a part too long for a line, after a "-", "." and the like. */
function wrapUrl(url: string, size: number, width: number): string[] {
  const parts = url
    .split(/(?<=\/)/)
    .flatMap((part) => (textWidth(part, size, false) > width ? part.split(/(?<=[-.?&=#_])/) : [part]));
  return pack(parts, '', size, false, width);
}

/* ---------------------------------------------------------------- QR code */

/**
 * pdfmake's QR encoder, the one behind its `qr` node. pdfmake exports no QR API and ships no
 * types for it, so it is loaded by path; its `measure` draws the code as one 5 pt square per dark
 * module (after a background square), which gives back the matrix.
 */
interface QrSquare {
  x: number;
  y: number;
  w: number;
}
interface QrEncoder {
  measure(node: { qr: string; eccLevel: QrEcc }): { _canvas?: QrSquare[]; _width?: number };
}
type QrEcc = 'L' | 'M' | 'Q' | 'H';
const QR_ENCODER = 'pdfmake/js/qrEnc.js';
/** Medium error correction: a photocopied code still reads, with modules kept large. */
const QR_ECC: QrEcc = 'M';
const QR_SQUARE = 5;

function qrMatrix(data: string): boolean[][] {
  const encoder = (createRequire(import.meta.url)(QR_ENCODER) as { default?: Partial<QrEncoder> }).default;
  if (typeof encoder?.measure !== 'function') {
    throw new Error(`${QR_ENCODER} no longer exports measure(): update qrMatrix() in src/lib/poster.ts`);
  }
  const { _canvas: squares = [], _width: width = 0 } = encoder.measure({ qr: data, eccLevel: QR_ECC });
  const size = width / QR_SQUARE;
  if (!Number.isInteger(size) || size < 21 || squares.some((s) => s.w !== QR_SQUARE && s.w !== width)) {
    throw new Error(`${QR_ENCODER} no longer draws ${QR_SQUARE} pt modules: update qrMatrix() in src/lib/poster.ts`);
  }
  const matrix = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  for (const square of squares.slice(1)) {
    const row = matrix[square.y / QR_SQUARE];
    if (row) row[square.x / QR_SQUARE] = true;
  }
  return matrix;
}

/* ---------------------------------------------------------------- layout */

interface TextLine {
  text: string;
  x: number;
  baseline: number;
}

/** Lines of one size and weight. */
interface TextBlock {
  size: number;
  bold: boolean;
  lines: TextLine[];
  /** The PDF makes its lines a link to this URL. */
  link?: string;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  /** Width of a black border, if any. */
  border?: number;
}

interface PosterLayout {
  blocks: TextBlock[];
  boxes: Box[];
  qr: { x: number; y: number; module: number; matrix: boolean[][] };
}

/** Type sizes (pt) and spacing of one style; the poster takes the first one its content fits in. */
interface Style {
  /** Headline sizes, largest first: the largest that needs at most 3 lines, else the last. */
  headline: number[];
  text: number;
  call: number;
  name: number;
  purpose: number;
  /** Hotline number sizes, largest first: the largest at which every number fits its column. */
  numbers: number[];
  /** Multiplies the space between parts. */
  space: number;
}

const STYLES: Style[] = [
  { headline: [80, 66, 56], text: 18, call: 22, name: 16, purpose: 13, numbers: [60, 52, 48], space: 1.2 },
  { headline: [60, 52, 46], text: 16, call: 20, name: 15, purpose: 12, numbers: [52, 48, 44], space: 1 },
  { headline: [48, 44, 40], text: 15, call: 18, name: 14, purpose: 11.5, numbers: [44, 40, 36], space: 0.8 },
  { headline: [40], text: 13.5, call: 16, name: 12.5, purpose: 10.5, numbers: [40, 36], space: 0.6 },
];

const HEADLINE_MAX_LINES = 3;
const MIN_NUMBER_SIZE = Math.min(...STYLES.flatMap((style) => style.numbers));
/** The numbers' column takes at most this share of the width; the names and purposes the rest. */
const NUMBER_COLUMN_SHARE = 0.45;
const COLUMN_GAP = 18;
const NOTICE_SIZE = 10;
const NOTICE_PADDING = 7;
const BAR_HEIGHT = 8;
const RULE_HEIGHT = 1.5;
/**
 * The square the QR code is drawn in, at the bottom right. Its modules are whole points (as
 * pdfmake draws them), so the code is a little smaller; the white around it is always wider than
 * the 4 modules a reader needs.
 */
const QR_BOX = 120;
const SCAN_SIZE = 16;
const URL_SIZE = 12;
const AUTHOR_SIZE = 13;

function posterError(input: PosterInput, message: string): Error {
  return new Error(`Poster "${input.title}" (${input.lang}): ${message}`);
}

/** Lines stacked from `top`, one every `leading` × size. */
function stack(lines: string[], x: number, top: number, size: number, bold: boolean, leading: number) {
  const block: TextBlock = {
    size,
    bold,
    lines: lines.map((text, i) => ({ text, x, baseline: top + ASCENT * size + i * leading * size })),
  };
  const bottom = top + (lines.length - 1) * leading * size + (ASCENT + DESCENT) * size;
  return { block, bottom };
}

function checkInput(input: PosterInput): void {
  const fail = (message: string) => posterError(input, message);
  const required: [string, string][] = [
    ['title', input.title],
    ['headline', input.headline],
    ['text', input.text],
    ['strings.call', input.strings.call],
    ['strings.scan', input.strings.scan],
    ['author', input.author],
    ...input.hotlines.flatMap((h, i): [string, string][] => [
      [`hotlines[${i}].name`, h.name],
      [`hotlines[${i}].number`, h.number],
      [`hotlines[${i}].purpose`, h.purpose],
    ]),
  ];
  for (const [field, value] of required) if (!value.trim()) throw fail(`${field} is empty: write it`);
  for (const field of ['headline', 'text'] as const) {
    const length = [...input[field].trim()].length;
    const max = POSTER_LIMITS[field];
    if (length > max) throw fail(`${field} has ${length} characters, more than the ${max} a poster shows: shorten it`);
  }
  input.hotlines.forEach((hotline, i) => {
    if (textWidth(hotline.number.trim(), MIN_NUMBER_SIZE, true) > NUMBER_COLUMN_SHARE * WIDTH) {
      throw fail(`hotlines[${i}].number "${hotline.number}" is too long to print big: at most about 11 digits`);
    }
  });
  const count = input.hotlines.length;
  if (count < 1 || count > POSTER_LIMITS.hotlines) {
    throw fail(`has ${count} hotlines: a poster prints 1 to ${POSTER_LIMITS.hotlines}, choose which`);
  }
  if (!URL.canParse(input.url) || !/^https?:$/.test(new URL(input.url).protocol)) {
    throw fail(`url "${input.url}" is not an absolute http(s) URL: give the full address of the campaign page`);
  }
  if (Number.isNaN(input.date.getTime())) throw fail('date is not a valid date');
}

/** The bottom band, the same in every style: a rule, the scan label and URL, the author, the QR code. */
function layoutFoot(input: PosterInput): Omit<PosterLayout, 'boxes'> & { rule: Box } {
  const bottom = PAGE_HEIGHT - MARGIN_BOTTOM;
  const ruleY = bottom - QR_BOX - 16;
  const rule: Box = { x: MARGIN_X, y: ruleY, w: WIDTH, h: RULE_HEIGHT, fill: TEXT_COLOR };

  const matrix = qrMatrix(input.url);
  const module = Math.floor(QR_BOX / matrix.length);
  if (module < 2) throw posterError(input, 'url is too long for a QR code that reads on paper: shorten it');
  const qrSize = module * matrix.length;
  const qr = { x: MARGIN_X + WIDTH - qrSize, y: bottom - qrSize, module, matrix };

  const column = WIDTH - QR_BOX - 24;
  const scan = stack(wrap(input.strings.scan, SCAN_SIZE, true, column), MARGIN_X, ruleY + 16, SCAN_SIZE, true, 1.2);
  const url = stack(wrapUrl(input.url, URL_SIZE, column), MARGIN_X, scan.bottom + 6, URL_SIZE, false, 1.25);
  const authorTop = bottom - (ASCENT + DESCENT) * AUTHOR_SIZE;
  const author = stack([input.author.trim()], MARGIN_X, authorTop, AUTHOR_SIZE, true, 1);
  if (url.bottom > authorTop - 8) {
    throw posterError(input, 'the scan label and the url take too many lines beside the QR code: shorten them');
  }
  return { blocks: [scan.block, { ...url.block, link: input.url }, author.block], rule, qr };
}

/**
 * The hotlines: each number big on the left, its name and purpose beside it. No bottom (infinite)
 * when a number is too wide for its column at every size of the style.
 */
function layoutHotlines(input: PosterInput, style: Style, top: number): { blocks: TextBlock[]; bottom: number } {
  const widest = (size: number) => Math.max(...input.hotlines.map((h) => textWidth(h.number.trim(), size, true)));
  const numberSize = style.numbers.find((size) => widest(size) <= NUMBER_COLUMN_SHARE * WIDTH);
  if (numberSize === undefined) return { blocks: [], bottom: Infinity };
  const numberColumn = widest(numberSize);
  const textX = MARGIN_X + numberColumn + COLUMN_GAP;
  const textColumn = WIDTH - numberColumn - COLUMN_GAP;
  const rowGap = 14 * style.space;
  const blocks: TextBlock[] = [];
  let bottom = top - rowGap;
  for (const hotline of input.hotlines) {
    const y = bottom + rowGap;
    const number = stack([hotline.number.trim()], MARGIN_X, y, numberSize, true, 1);
    const name = stack(wrap(hotline.name, style.name, true, textColumn), textX, y, style.name, true, 1.2);
    const purposeLines = wrap(hotline.purpose, style.purpose, false, textColumn);
    const purpose = stack(purposeLines, textX, name.bottom + 3, style.purpose, false, 1.3);
    blocks.push(number.block, name.block, purpose.block);
    bottom = Math.max(number.bottom, purpose.bottom);
  }
  return { blocks, bottom };
}

interface Flow {
  blocks: TextBlock[];
  boxes: Box[];
  /** How far the hotlines reach past `limit` (negative: the room to spare). */
  overflow: number;
}

/** The top of the poster in one style, from the notice to the hotlines, which must end by `limit`. */
function layoutFlow(input: PosterInput, style: Style, limit: number): Flow {
  const blocks: TextBlock[] = [];
  const boxes: Box[] = [];
  const space = (pt: number) => pt * style.space;
  let y = MARGIN_TOP;

  if (input.notice?.trim()) {
    const lines = wrap(input.notice, NOTICE_SIZE, true, WIDTH - 2 * NOTICE_PADDING);
    const notice = stack(lines, MARGIN_X + NOTICE_PADDING, y + NOTICE_PADDING, NOTICE_SIZE, true, 1.25);
    const h = notice.bottom + NOTICE_PADDING - y;
    boxes.push({ x: MARGIN_X, y, w: WIDTH, h, fill: NOTICE_FILL, border: 1 });
    blocks.push(notice.block);
    y += h + space(18);
  }

  boxes.push({ x: MARGIN_X, y, w: WIDTH, h: BAR_HEIGHT, fill: TEXT_COLOR });
  y += BAR_HEIGHT + space(22);

  const headlineLines = (size: number) => wrap(input.headline, size, true, WIDTH);
  const headlineSize =
    style.headline.find((size) => headlineLines(size).length <= HEADLINE_MAX_LINES) ?? style.headline.at(-1)!;
  const headline = stack(headlineLines(headlineSize), MARGIN_X, y, headlineSize, true, 1.1);
  const textLines = wrap(input.text, style.text, false, WIDTH);
  const text = stack(textLines, MARGIN_X, headline.bottom + space(16), style.text, false, 1.3);
  const callLines = wrap(input.strings.call, style.call, true, WIDTH);
  const call = stack(callLines, MARGIN_X, text.bottom + space(28), style.call, true, 1.2);
  const hotlines = layoutHotlines(input, style, call.bottom + space(14));
  const overflow = hotlines.bottom - limit;
  // Room to spare: half of it (an inch at most) between the text and the hotlines, the rest below.
  const extra = Math.min(Math.max(-overflow, 0) / 2, 72);
  const lowered = [call.block, ...hotlines.blocks].map((block) => ({
    ...block,
    lines: block.lines.map((line) => ({ ...line, baseline: line.baseline + extra })),
  }));
  blocks.push(headline.block, text.block, ...lowered);
  return { blocks, boxes, overflow };
}

function posterLayout(input: PosterInput): PosterLayout {
  checkInput(input);
  const foot = layoutFoot(input);
  const limit = foot.rule.y - 16;
  let overflow = 0;
  for (const style of STYLES) {
    const flow = layoutFlow(input, style, limit);
    if (flow.overflow <= 0) {
      return { blocks: [...flow.blocks, ...foot.blocks], boxes: [...flow.boxes, foot.rule], qr: foot.qr };
    }
    overflow = flow.overflow;
  }
  throw posterError(
    input,
    `does not fit on one A4 page (${Math.ceil(overflow)} pt too tall even in the most compact style): ` +
      'shorten the headline, the text, the notice or the hotlines’ names and purposes, or print fewer hotlines',
  );
}

/* ---------------------------------------------------------------- SVG */

/** Rounded to 0.01 mm (or finer for the QR modules): short, and the same on every machine. */
function mm(pt: number, digits = 2): string {
  const factor = 10 ** digits;
  return String(Math.round(pt * MM_PER_PT * factor) / factor);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for XML content and attributes: escaped, without the characters XML 1.0 forbids. */
function xml(text: string): string {
  return text
    .replace(/(?![\t\n\r])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** What the poster says, in reading order: the SVG's <desc>. */
function description(input: PosterInput): string {
  return [
    input.notice?.trim(),
    input.headline.trim(),
    input.text.trim(),
    input.strings.call.trim(),
    ...input.hotlines.map((h) => `${h.name.trim()}: ${h.number.trim()}. ${h.purpose.trim()}`),
    `${input.strings.scan.trim()} ${input.url}`,
    input.author.trim(),
  ]
    .filter(Boolean)
    .join('\n');
}

/** The dark modules, one subpath per horizontal run, in module units. */
function qrPath(matrix: boolean[][]): string {
  let d = '';
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      d += `M${start} ${y}h${x + 1 - start}v1h${start - x - 1}z`;
    }
  });
  return d;
}

function svgText(block: TextBlock): string {
  const weight = block.bold ? ' font-weight="bold"' : '';
  const lines = block.lines.map((l) => `<tspan x="${mm(l.x)}" y="${mm(l.baseline)}">${xml(l.text)}</tspan>`);
  return `<text font-size="${mm(block.size)}"${weight}>${lines.join('')}</text>`;
}

function svgBox(box: Box): string {
  const border = box.border ? ` stroke="${TEXT_COLOR}" stroke-width="${mm(box.border)}"` : '';
  const area = `x="${mm(box.x)}" y="${mm(box.y)}" width="${mm(box.w)}" height="${mm(box.h)}"`;
  return `<rect ${area} fill="${box.fill}"${border}/>`;
}

/** The QR code, in module units scaled to its size, without seams between modules. */
function svgQr({ x, y, module, matrix }: PosterLayout['qr']): string {
  const transform = `translate(${mm(x)} ${mm(y)}) scale(${mm(module, 4)})`;
  return `<path transform="${transform}" shape-rendering="crispEdges" d="${qrPath(matrix)}"/>`;
}

/** The poster as a standalone SVG 1.1 document, 210 × 297 mm, in generic fonts only. */
export function posterSvg(input: PosterInput): string {
  const { blocks, boxes, qr } = posterLayout(input);
  const root =
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="210mm" height="297mm" viewBox="0 0 210 297"` +
    ` xml:lang="${PDF_LANG[input.lang]}" role="img" font-family="${SVG_FONTS}" fill="${TEXT_COLOR}">`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    root,
    `<title>${xml(input.title)}</title>`,
    `<desc>${xml(description(input))}</desc>`,
    `<rect width="210" height="297" fill="${WHITE}"/>`,
    ...boxes.map(svgBox),
    ...blocks.map(svgText),
    svgQr(qr),
    '</svg>',
    '',
  ].join('\n');
}

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
    language: PDF_LANG[input.lang],
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
  if (pages !== 1) throw posterError(input, `came out on ${pages} pages instead of 1: a bug in src/lib/poster.ts`);
  return pdf;
}
