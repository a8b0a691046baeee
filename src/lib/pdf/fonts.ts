/**
 * The metrics of the standard PDF fonts, read once per thread instead of once per document.
 *
 * For every document, pdfkit reads each standard font's metrics file (Helvetica.afm and the
 * rest, about 60 KB of text each) and parses it line by line with regular expressions: about a
 * tenth of the time a PDF takes. Then, for every pair of letters it measures or draws, it looks
 * the pair up by joining the two glyph names into one string key. Both are the same for every
 * document, so this keeps each font's parsed metrics (pdfkit only reads them afterwards) and
 * answers kerning lookups from a table of tables. The PDFs are byte for byte the same
 * (tests/unit/pdf-fonts.test.ts).
 *
 * pdfkit does not export the class (AFMFont), so it is reached through a font of a blank
 * document; if a pdfkit update moves it, this fails loudly rather than quietly doing nothing.
 */
import { createRequire } from 'node:module';

type Metrics = Pick<AfmFont, 'attributes' | 'glyphWidths' | 'boundingBoxes' | 'kernPairs'>;

export interface AfmFont {
  attributes: Record<string, unknown>;
  glyphWidths: Record<string, number>;
  boundingBoxes: Record<string, unknown>;
  kernPairs: Record<string, number>;
  parse(contents: string): void;
  getKernPair(left: string, right: string | undefined): number;
}

interface Patched {
  /** AFMFont.prototype. */
  prototype: AfmFont;
  /** pdfkit's own methods, for the test that compares. */
  original: Pick<AfmFont, 'parse' | 'getKernPair'>;
}

let patched: Patched | undefined;

/** What the patches of pdfkit's internals reach its unexported classes through. */
export interface BlankPdfkitDocument {
  font(name: string): { _font?: { font?: unknown } };
  ref(data?: object): unknown;
}

/** A pdfkit document without pages (the pdfkit that pdfmake uses: the project's one copy). */
export function blankPdfkitDocument(): BlankPdfkitDocument {
  const PDFKit = createRequire(import.meta.url)('pdfkit') as new (options: object) => BlankPdfkitDocument;
  return new PDFKit({ autoFirstPage: false });
}

/** pdfkit's AFMFont prototype, found through the Helvetica of a blank document. */
function afmPrototype(): AfmFont {
  const font = blankPdfkitDocument().font('Helvetica')._font?.font;
  const prototype: Partial<AfmFont> | undefined = font ? Object.getPrototypeOf(font) : undefined;
  if (!prototype || typeof prototype.parse !== 'function' || typeof prototype.getKernPair !== 'function') {
    throw new Error('src/lib/pdf/fonts.ts: pdfkit no longer keeps a standard font\'s metrics in an AFMFont with parse() and getKernPair(). Check the pdfkit version (package.json) against this file.');
  }
  return prototype as AfmFont;
}

/**
 * What tells one metrics file from another without hashing its 60 KB each time (pdfkit reads it
 * afresh for every document, so the text is never the same string twice): the font's name, from
 * its FontName line near the top, and its length. A file without that line is its own key.
 */
function metricsKey(contents: string): string {
  const name = /^FontName[ \t]+(\S+)/m.exec(contents.slice(0, 4096))?.[1];
  return name ? `${name} ${contents.length}` : contents;
}

/** Makes pdfkit share the parsed metrics of each standard font; does it once per thread. */
export function shareFontMetrics(): Patched {
  if (patched) return patched;
  const prototype = afmPrototype();
  const original = { parse: prototype.parse, getKernPair: prototype.getKernPair };
  const parsed = new Map<string, Metrics>();
  const kerning = new WeakMap<Record<string, number>, Map<string, Map<string, number>>>();

  prototype.parse = function (this: AfmFont, contents: string) {
    const key = metricsKey(contents);
    let metrics = parsed.get(key);
    if (!metrics) {
      original.parse.call(this, contents);
      metrics = { attributes: this.attributes, glyphWidths: this.glyphWidths, boundingBoxes: this.boundingBoxes, kernPairs: this.kernPairs };
      parsed.set(key, metrics);
    }
    Object.assign(this, metrics);
  };

  prototype.getKernPair = function (this: AfmFont, left: string, right: string | undefined) {
    let table = kerning.get(this.kernPairs);
    if (!table) {
      table = new Map();
      for (const [pair, value] of Object.entries(this.kernPairs)) {
        const [first = '', second = ''] = pair.split('\0');
        let row = table.get(first);
        if (!row) table.set(first, (row = new Map()));
        row.set(second, value);
      }
      kerning.set(this.kernPairs, table);
    }
    return (right === undefined ? undefined : table.get(left)?.get(right)) || 0;
  };

  patched = { prototype, original };
  return patched;
}
