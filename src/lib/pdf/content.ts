/**
 * How pdfkit writes the content of a page, with fewer allocations and the same bytes.
 *
 * - Content streams: pdfkit turns every drawing operation ("1 0 0 1 72 700 cm", "(Hola) Tj"…)
 *   into a Buffer of its own, then joins the thousands of them when the page is done. Here the
 *   operations are kept as text and turned into bytes once per stream, as pdfkit would
 *   (Latin-1, one byte per character, a newline after each).
 * - Colours: pdfkit parses a colour such as "#1a4d8f" every time a piece of text or a shape is
 *   drawn. Here each colour text is parsed once per thread; each caller still gets an array of
 *   its own.
 *
 * The PDFs are byte for byte the same (tests/unit/pdf-content.test.ts makes documents with and
 * without this and compares them). pdfkit does not export the classes involved, so they are
 * reached through a blank document; if a pdfkit update moves them, this fails loudly.
 */
import { blankPdfkitDocument } from './fonts';

type Chunk = Uint8Array | string;

export interface PdfReference {
  buffer: Chunk[] | Buffer;
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  write(chunk: unknown): void;
  finalize(): void;
}

interface ColorMixin {
  _normalizeColor(color: unknown): unknown;
}

interface Patched {
  reference: PdfReference;
  document: ColorMixin;
  /** pdfkit's own methods, for the test that compares. */
  original: { write: PdfReference['write']; finalize: PdfReference['finalize']; normalizeColor: ColorMixin['_normalizeColor'] };
}

let patched: Patched | undefined;

/** The prototypes of pdfkit's PDFReference and PDFDocument, through a blank document. */
function prototypes(): { reference: PdfReference; document: ColorMixin } {
  const doc = blankPdfkitDocument();
  const reference: Partial<PdfReference> | undefined = Object.getPrototypeOf(doc.ref({}));
  const document: Partial<ColorMixin> | undefined = Object.getPrototypeOf(doc);
  if (!reference || typeof reference.write !== 'function' || typeof reference.finalize !== 'function' || typeof document?._normalizeColor !== 'function') {
    throw new Error('src/lib/pdf/content.ts: pdfkit no longer has PDFReference.write() and finalize() and PDFDocument._normalizeColor(). Check the pdfkit version (package.json) against this file.');
  }
  return { reference: reference as PdfReference, document: document as ColorMixin };
}

/**
 * The parts of a stream as one Buffer, the text ones in Latin-1, as pdfkit's own write() makes
 * them. write() adds each text chunk to the text part before it, so there are only as many parts
 * as runs of text and binary chunks.
 */
function joinParts(parts: Chunk[]): Buffer {
  const [only] = parts;
  if (parts.length === 1 && typeof only === 'string') return Buffer.from(only, 'latin1');
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part)));
}

/** Makes pdfkit keep content streams as text and parse each colour once; does it once per thread. */
export function fastPageContent(): Patched {
  if (patched) return patched;
  const { reference, document } = prototypes();
  const original = { write: reference.write, finalize: reference.finalize, normalizeColor: document._normalizeColor };

  // PDFReference.write, the same accounting: a text chunk is its characters and a newline, each
  // one byte ('binary', that is Latin-1).
  reference.write = function (this: PdfReference, chunk: unknown) {
    const item: Chunk = chunk instanceof Uint8Array ? chunk : (chunk as string) + '\n';
    this.uncompressedLength += item.length;
    if (this.data.Length == null) this.data.Length = 0;
    const parts = this.buffer as Chunk[];
    const last = parts.length - 1;
    if (typeof item === 'string' && typeof parts[last] === 'string') parts[last] += item;
    else parts.push(item);
    this.data.Length += item.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  reference.finalize = function (this: PdfReference) {
    const chunks = this.buffer as Chunk[];
    if (Array.isArray(chunks) && chunks.length) this.buffer = [joinParts(chunks)];
    original.finalize.call(this);
  };

  const colors = new Map<string, unknown>();
  document._normalizeColor = function (this: ColorMixin, color: unknown) {
    // Only "#rgb" and "#rrggbb" are kept: named and spot colours depend on the document.
    if (typeof color !== 'string' || color.charAt(0) !== '#') return original.normalizeColor.call(this, color);
    let normalized = colors.get(color);
    if (normalized === undefined) {
      normalized = original.normalizeColor.call(this, color);
      colors.set(color, normalized);
    }
    return Array.isArray(normalized) ? [...(normalized as number[])] : normalized;
  };

  patched = { reference, document, original };
  return patched;
}
