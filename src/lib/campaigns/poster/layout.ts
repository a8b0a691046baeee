/**
 * A campaign's poster: one A4 portrait page per campaign and language, as a PDF (to print) and as
 * an SVG (to show or print from a browser), both drawn from one layout computed here.
 *
 * - Made to be photocopied: black on white (a light grey behind the notice only), wide margins,
 *   large type: the headline 40 to 80 pt, the hotline numbers 36 to 60 pt, what each line is for
 *   14 to 16 pt, read on a wall (the most compact style sets it across the width, under its number).
 * - Lines are broken here, not by the PDF writer, from an estimate of each character's width in a
 *   bold sans font (Helvetica and Arial metrics, rounded up; the digits, Noto Sans's). Both formats
 *   break at the same places; the PDF narrows the rare line its Noto Sans sets wider than estimated.
 * - A poster with a lot to say is set in a more compact style; one that fits in none is an error
 *   naming the poster and what to shorten. Nothing is ever clipped or pushed onto a second page.
 * - The QR code's matrix comes from qrcode-generator (../../pdf/tagged/qr.ts), for both formats.
 * - Same input, same bytes, in both formats (the PDF's dates are `input.date`).
 */
import { passages } from '../../../i18n/passages';
import { telHref } from '../../routes/urls';
import { TEXT_COLOR } from '../../pdf/doc';
import { POSTER_LIMITS, type PosterInput } from './input';
import { ASCENT, DESCENT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, NOTICE_FILL, PAGE_HEIGHT, WIDTH, qrMatrix, textWidth, wrap, wrapUrl } from './measure';

/* ---------------------------------------------------------------- layout */

interface TextLine {
  text: string;
  /** Its language (BCP 47) when it is not the poster's: a passage the text marks as another language. */
  lang?: string;
  x: number;
  baseline: number;
}

/** Lines of one size and weight. */
export interface TextBlock {
  size: number;
  bold: boolean;
  lines: TextLine[];
  /** The SVG and the PDF make its lines a link to this address (a web page, or tel: for a hotline). */
  link?: string;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  /** Width of a black border, if any. */
  border?: number;
}

export interface PosterLayout {
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
  /** Each purpose under its number and name, across the whole width, rather than beside the number. */
  stacked?: boolean;
}

const STYLES: Style[] = [
  { headline: [80, 66, 56], text: 18, call: 22, name: 18, purpose: 16, numbers: [60, 52, 48], space: 1.2 },
  { headline: [60, 52, 46], text: 16, call: 20, name: 16, purpose: 15, numbers: [52, 48, 44], space: 1 },
  { headline: [48, 44, 40], text: 15, call: 18, name: 15, purpose: 14, numbers: [44, 40, 36], space: 0.8 },
  { headline: [40], text: 14, call: 16, name: 14, purpose: 14, numbers: [40, 36], space: 0.6 },
  { headline: [40], text: 14, call: 16, name: 14, purpose: 14, numbers: [40, 36], space: 0.6, stacked: true },
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
 * The square the QR code is drawn in, at the bottom right. Its modules are whole points, so the code is a little smaller; the white around it is always wider than
 * the 4 modules a reader needs.
 */
const QR_BOX = 120;
const SCAN_SIZE = 16;
const URL_SIZE = 12;
const AUTHOR_SIZE = 13;

export function posterError(input: PosterInput, message: string): Error {
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
    const purposeLines = wrap(hotline.purpose, style.purpose, false, style.stacked ? WIDTH : textColumn);
    const purposeTop = style.stacked ? Math.max(number.bottom, name.bottom) + 3 : name.bottom + 3;
    const purpose = stack(purposeLines, style.stacked ? MARGIN_X : textX, purposeTop, style.purpose, false, 1.3);
    // The number and the line's name call it, in the SVG and in the PDF.
    const call = telHref(hotline.number);
    blocks.push({ ...number.block, link: call }, { ...name.block, link: call }, purpose.block);
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
    // A passage in another language starts a line of its own, so each line has one language.
    const runs = passages(input.notice).flatMap((run) => wrap(run.text, NOTICE_SIZE, true, WIDTH - 2 * NOTICE_PADDING).map((text) => ({ text, lang: run.lang })));
    const notice = stack(runs.map((run) => run.text), MARGIN_X + NOTICE_PADDING, y + NOTICE_PADDING, NOTICE_SIZE, true, 1.25);
    notice.block.lines.forEach((line, i) => {
      const lang = runs[i]?.lang;
      if (lang) line.lang = lang;
    });
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

export function posterLayout(input: PosterInput): PosterLayout {
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
