/**
 * Text for the standard PDF fonts (Helvetica & co.). They are not embedded, so a PDF can only show
 * the characters of their encoding, WinAnsi (Windows-1252): every Spanish letter, ñ, ¿ ¡, « », the
 * typographic quotes and the Quechua apostrophe ’ are there; a character that is not would be
 * written as garbage by pdfkit. `winAnsi` turns any text into one the fonts can show, replacing
 * look-alikes by their WinAnsi twin (ʼ → ’, ‑ → -, narrow spaces → spaces) and dropping accents
 * only where the accented letter does not exist (ā → a); anything else becomes "?".
 */

/** Unicode code points of the WinAnsi characters between 0x80 and 0x9F. */
const WIN_ANSI_EXTRA = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e,
  0x0178,
]);

/** Characters outside WinAnsi that have a close equivalent inside it. */
const LOOK_ALIKES: Record<string, string> = {
  '\u02bc': '\u2019', // ʼ modifier letter apostrophe (used for Quechua) → ’
  '\u02bb': '\u2018', // ʻ
  '\u02b9': "'", // ʹ
  '\u2032': '\u2019', // ′ prime
  '\u201b': '\u2019', // ‛
  '\u201f': '\u201d', // ‟
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '\u2013', // figure dash
  '\u2015': '\u2014', // horizontal bar
  '\u2212': '-', // minus
  '\u2043': '-', // hyphen bullet
  '\u2024': '.',
  '\u2044': '/',
  '\u202f': '\u00a0', // narrow no-break space (Intl dates and numbers)
  '\u2007': '\u00a0', // figure space
  '\u2060': '', // word joiner
  '\u200b': '', // zero-width space
  '\u200c': '',
  '\u200d': '',
  '\u00ad': '', // soft hyphen: invisible in text, but some viewers would draw it
  '\ufeff': '',
  '\u25cf': '\u2022', // ● → •
  '\u25e6': '\u2022', // ◦
  '\u2023': '\u2022', // ‣
  '\u2219': '\u2022', // ∙
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2192': '->',
  '\u2190': '<-',
};

function isWinAnsi(codePoint: number): boolean {
  if (codePoint === 0x09 || codePoint === 0x0a) return true;
  if (codePoint >= 0x20 && codePoint <= 0x7e) return true;
  if (codePoint >= 0xa0 && codePoint <= 0xff) return true;
  return WIN_ANSI_EXTRA.has(codePoint);
}

/** Other spaces (en space … hair space, ideographic space) count as plain spaces. */
const SPACES = /[\u2000-\u2006\u2008-\u200a\u205f\u3000]/g;

/** A text that the standard PDF fonts can show, as close to the original as they allow. */
export const winAnsi = (text: string): string => fitText(text, isWinAnsi);

/**
 * A text that a font showing the characters `isShown` accepts can show, as close to the original as
 * it allows: look-alikes for what it lacks, accents dropped where the plain letter is there, else "?".
 */
export function fitText(text: string, isShown: (codePoint: number) => boolean): string {
  let out = '';
  for (const char of text.normalize('NFC').replace(SPACES, ' ')) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint === 0x09 || codePoint === 0x0a || (codePoint >= 0x20 && isShown(codePoint))) {
      out += char;
      continue;
    }
    const alike = LOOK_ALIKES[char];
    if (alike !== undefined && [...alike].every((c) => isShown(c.codePointAt(0) ?? 0))) {
      out += alike;
      continue;
    }
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) continue; // control characters
    // A letter with a mark the fonts lack: keep its base letter (and any mark they have).
    const base = char
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .normalize('NFC');
    out += base && [...base].every((c) => isShown(c.codePointAt(0) ?? 0)) ? base : '?';
  }
  return out;
}
