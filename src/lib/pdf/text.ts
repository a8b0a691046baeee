/**
 * Text for a font that lacks some characters (the PDFs' Noto Sans "latin" files: ./tagged/fonts.ts).
 * `fitText` replaces a character the font lacks by a look-alike it has (ʼ → ’, ‑ → -, narrow
 * spaces → no-break spaces), drops an accent only where the accented letter is missing (ā → a), and
 * writes anything else as "?": nothing is ever drawn as an empty box or garbage.
 */

/** Characters a font may lack, and a close equivalent it is more likely to have. */
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

/** Other spaces (en space … hair space, ideographic space) count as plain spaces. */
const SPACES = /[\u2000-\u2006\u2008-\u200a\u205f\u3000]/g;

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
