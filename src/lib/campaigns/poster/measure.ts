/**
 * The poster's page, its type, how wide its text is estimated to be and where lines break, and its
 * QR code: what both the SVG (./svg.ts) and the PDF (./pdf.ts) are drawn from.
 */
import { qrModules } from '../../pdf/tagged/qr';

/* ---------------------------------------------------------------- page and type */

/** A4 in pt, as pdfkit has it; the SVG is drawn in mm. */
const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MM_PER_PT = 25.4 / 72;
export const MARGIN_X = 48;
export const MARGIN_TOP = 44;
export const MARGIN_BOTTOM = 40;
export const WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
/** Helvetica's (and Arial's) ascender and descender, in em: where the baseline sits in a line. */
export const ASCENT = 0.718;
export const DESCENT = 0.207;
export const SVG_FONTS = 'Arial, Helvetica, sans-serif';
export const NOTICE_FILL = '#eeeeee';
export const WHITE = '#ffffff';

/** Estimated advance widths, in em, rounded up from Helvetica Bold (regular letters are narrower). */
const NARROW = new Set("iIjl.,:;!¡'’‘|");
const SLIM = new Set('ftr()[]{}/\\-"*`“”•°');
const WIDE = new Set('mwMW%@—…ÆŒæœ');

function charWidth(char: string, bold: boolean): number {
  if (char === ' ' || char === '\u00a0') return 0.28;
  if (NARROW.has(char)) return 0.34;
  if (SLIM.has(char)) return 0.5;
  if (WIDE.has(char)) return 1;
  if (char >= '0' && char <= '9') return 0.58; // Noto Sans Bold's digits (the PDF's) are 0.572 em
  const base = char.normalize('NFD').charAt(0); // ñ → n, Á → A
  if (base >= 'a' && base <= 'z') return bold ? 0.62 : 0.56;
  if (base >= 'A' && base <= 'Z') return 0.78;
  return (char.codePointAt(0) ?? 0) <= 0xff ? 0.8 : 1;
}

export function textWidth(text: string, size: number, bold: boolean): number {
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
export function wrap(text: string, size: number, bold: boolean, width: number): string[] {
  return pack(text.split(/[ \t\n\r]+/).filter(Boolean), ' ', size, bold, width);
}

/** A URL breaks after a "/"; a part too long for a line, after a "-", "." and the like. */
export function wrapUrl(url: string, size: number, width: number): string[] {
  const parts = url
    .split(/(?<=\/)/)
    .flatMap((part) => (textWidth(part, size, false) > width ? part.split(/(?<=[-.?&=#_])/) : [part]));
  return pack(parts, '', size, false, width);
}

/* ---------------------------------------------------------------- QR code */

/** Medium error correction: a photocopied code still reads, with modules kept large. */
export const QR_ECC = 'M';

/** The QR code's modules (true = dark), row by row, from qrcode-generator's public API. */
export const qrMatrix = (data: string): boolean[][] => qrModules(data, QR_ECC);
