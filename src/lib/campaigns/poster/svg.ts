/** The poster as an SVG: the layout of ./layout.ts drawn in millimetres, with its text as text. */
import { TEXT_COLOR } from '../../pdf/doc';
import { placedClaims } from '../../facts/scan';
import { telHref } from '../../routes/urls';
import { plainText } from '../../../i18n/passages';
import { escapeXml } from '../../text/xml';
import { pictogramPath } from '../../pictograms/pictograms';
import { type PosterInput } from './input';
import { ASCENT, MARGIN_X, MM_PER_PT, SVG_FONTS, WHITE } from './measure';
import { type Box, type PosterLayout, type TextBlock, posterError, posterLayout } from './layout';

/* ---------------------------------------------------------------- SVG */

/** Rounded to 0.01 mm (or finer for the QR modules): short, and the same on every machine. */
function mm(pt: number, digits = 2): string {
  const factor = 10 ** digits;
  return String(Math.round(pt * MM_PER_PT * factor) / factor);
}


/** What the poster says, in reading order: the SVG's <desc>. */
function description(input: PosterInput): string {
  return [
    input.notice && plainText(input.notice).trim(),
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

/**
 * A line's text with each phone number in it a tel: link ("denuncia en la Línea 1818"), read as
 * the content check reads numbers, with the line before it for the words that introduce one.
 */
function withCalls(text: string, before: string): string {
  const context = `${before} `;
  const phones = placedClaims(context + text)
    .filter((c) => c.kind === 'phone' && c.start >= context.length)
    .sort((a, b) => a.start - b.start);
  let at = 0;
  let out = '';
  for (const phone of phones) {
    const [start, end] = [phone.start - context.length, phone.end - context.length];
    const number = text.slice(start, end);
    out += `${escapeXml(text.slice(at, start))}<a xlink:href="${telHref(number)}">${escapeXml(number)}</a>`;
    at = end;
  }
  return out + escapeXml(text.slice(at));
}

function svgText(block: TextBlock): string {
  const weight = block.bold ? ' font-weight="bold"' : '';
  const lines = block.lines.map(
    (l, i) => `<tspan x="${mm(l.x)}" y="${mm(l.baseline)}"${l.lang ? ` xml:lang="${l.lang}"` : ''}>${block.link ? escapeXml(l.text) : withCalls(l.text, block.lines[i - 1]?.text ?? '')}</tspan>`,
  );
  const text = `<text font-size="${mm(block.size)}"${weight}>${lines.join('')}</text>`;
  // Only a hotline is a link: a web address stays text, so the poster loads and opens nothing.
  return block.link?.startsWith('tel:') ? `<a xlink:href="${escapeXml(block.link)}">${text}</a>` : text;
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

/**
 * The phone pictogram (src/lib/pictograms/) in the left margin, beside the first line of the call
 * to action ("Si sospechas, llama:"), right above the hotlines: in the margin it never covers a
 * word, however the call's lines break.
 */
function svgCallPictogram(input: PosterInput, blocks: TextBlock[]): string {
  const words = (text: string) => text.replace(/\s+/g, '');
  const block = blocks.find((b) => b.bold && !b.link && words(b.lines.map((l) => l.text).join('')) === words(input.strings.call));
  const first = block?.lines[0];
  if (!block || !first) throw posterError(input, 'the call to action (strings.call) is not on the poster, and its phone pictogram goes beside it');
  const size = Math.min(block.size * 1.1, MARGIN_X - 16);
  const top = first.baseline - (ASCENT * block.size + size) / 2;
  return pictogramPath('phone', (MARGIN_X - size - 8) * MM_PER_PT, top * MM_PER_PT, size * MM_PER_PT, TEXT_COLOR);
}

/** The poster as a standalone SVG 1.1 document, 210 × 297 mm, in generic fonts only. */
export function posterSvg(input: PosterInput): string {
  const { blocks, boxes, qr } = posterLayout(input);
  const root =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="210mm" height="297mm" viewBox="0 0 210 297"` +
    ` xml:lang="${input.lang}" role="img" font-family="${SVG_FONTS}" fill="${TEXT_COLOR}">`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    root,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml(description(input))}</desc>`,
    `<rect width="210" height="297" fill="${WHITE}"/>`,
    ...boxes.map(svgBox),
    ...blocks.map(svgText),
    svgQr(qr),
    svgCallPictogram(input, blocks),
    '</svg>',
    '',
  ].join('\n');
}
