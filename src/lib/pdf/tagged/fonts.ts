/**
 * The font of the site's tagged PDFs: Noto Sans (SIL Open Font License 1.1) from the
 * @fontsource/noto-sans package, its "latin" files (every letter of Spanish and Cusco Quechua,
 * the apostrophes ' ’ ʼ, the typographic quotes and dashes). pdfkit embeds only the glyphs a
 * document uses (a subset). The licence travels with the PDFs: the site serves `FONT_LICENCE` at
 * /licencias/noto-sans.txt (src/pages/licencias/noto-sans.txt.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fitText } from '../text';

export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

const require = createRequire(import.meta.url);
const PACKAGE = '@fontsource/noto-sans';
/** WOFF (zlib) rather than WOFF2 (Brotli): the same glyphs, read faster by fontkit. */
const FILES: Record<Face, string> = {
  regular: `${PACKAGE}/files/noto-sans-latin-400-normal.woff`,
  bold: `${PACKAGE}/files/noto-sans-latin-700-normal.woff`,
  italic: `${PACKAGE}/files/noto-sans-latin-400-italic.woff`,
  boldItalic: `${PACKAGE}/files/noto-sans-latin-700-italic.woff`,
};

/** The font's name in documents and docs. */
export const FONT_NAME = 'Noto Sans';
/** The licence file of the font package (SIL OFL 1.1). */
export const FONT_LICENCE = (): string => require.resolve(`${PACKAGE}/LICENSE`);
/** The paths of the four font files, for the PDF cache's key. */
export const fontFiles = (): string[] => Object.values(FILES).map((file) => require.resolve(file));

let bytes: Record<Face, Buffer> | undefined;

/** The four faces' bytes, read once per thread. */
export function fontBytes(): Record<Face, Buffer> {
  bytes ??= Object.fromEntries(Object.entries(FILES).map(([face, file]) => [face, readFileSync(require.resolve(file))])) as Record<Face, Buffer>;
  return bytes;
}

/**
 * The code points of the "latin" files (the unicode-range of @fontsource/noto-sans/unicode.json,
 * "latin"): Basic Latin and Latin-1, ı Œ œ ʻ ʼ ˆ ˚ ˜, a few combining marks, General Punctuation
 * (’ “ ” – — …), € ™ ↑ ↓ − ∕ and the replacement character.
 */
const RANGES: [number, number][] = [
  [0x20, 0x7e], [0xa0, 0xff], [0x131, 0x131], [0x152, 0x153], [0x2bb, 0x2bc], [0x2c6, 0x2c6], [0x2da, 0x2da],
  [0x2dc, 0x2dc], [0x304, 0x304], [0x308, 0x308], [0x329, 0x329], [0x2000, 0x206f], [0x20ac, 0x20ac],
  [0x2122, 0x2122], [0x2191, 0x2191], [0x2193, 0x2193], [0x2212, 0x2212], [0x2215, 0x2215], [0xfffd, 0xfffd],
];

/** Invisible format characters of General Punctuation: dropped, as some viewers draw a box. */
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0x00ad]);

export function inFont(codePoint: number): boolean {
  if (INVISIBLE.has(codePoint)) return false;
  return RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** A text the font can show: what it lacks becomes a look-alike, a plain letter, or "?". */
export const shown = (text: string): string => fitText(text, inFont);
