/**
 * What a screen reader gets from a PDF, read with PDF.js's public API (through unpdf): whether it
 * is marked (getMarkInfo), its language, its structure tree (getStructTree) with the text of each
 * element (getTextContent with the marked content), the text of each page, and its fonts.
 *
 *   const s = await pdfStructure(buffer);
 *   s.marked; s.language; s.headings;   // [{ role: 'H1', text: 'Protocolo…' }, …]
 *   s.unembeddedFonts                   // the BaseFont of every font not embedded
 */
import { getDocumentProxy } from 'unpdf';

export interface StructNode {
  role: string;
  alt?: string | undefined;
  lang?: string | undefined;
  /** The text of its content and of its children's, in order. */
  text: string;
  children: StructNode[];
}

export interface PdfStructure {
  marked: boolean;
  language: string | undefined;
  displayDocTitle: boolean;
  /** The XMP metadata, as PDF.js reads it (dc:title, pdfuaid:part…). */
  xmp: Record<string, unknown>;
  /** The document information dictionary's title. */
  infoTitle: string | undefined;
  /** The structure tree's elements, in reading order, from every page (each element once). */
  tree: StructNode[];
  /** Every heading element (H, H1…H6), in reading order. */
  headings: { role: string; text: string }[];
  /** Every element, in reading order, flattened. */
  all: StructNode[];
  pageTexts: string[];
  unembeddedFonts: string[];
}

interface RawNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}

/** The standard 14 fonts: used by name, never embedded. */
const STANDARD = /^\/(Helvetica|Times|Courier|Symbol|ZapfDingbats)/;

/** Font names of fonts with no font file: standard fonts, or descriptors without FontFile. */
function unembedded(raw: string): string[] {
  const names: string[] = [];
  for (const match of raw.matchAll(/\/BaseFont\s*(\/[^\s/<>[\]()]+)/g)) if (STANDARD.test(match[1] ?? '')) names.push(match[1] ?? '');
  for (const match of raw.matchAll(/<<[^>]*\/Type \/FontDescriptor[\s\S]*?>>/g)) {
    if (!/\/FontFile[23]?\s/.test(match[0])) names.push(/\/FontName\s*(\/\S+)/.exec(match[0])?.[1] ?? '(a font descriptor)');
  }
  return names;
}

export async function pdfStructure(buffer: Buffer | Uint8Array): Promise<PdfStructure> {
  const options = { isEvalSupported: false } as Parameters<typeof getDocumentProxy>[1];
  const pdf = await getDocumentProxy(new Uint8Array(buffer), options);
  try {
    const marked = Boolean((await pdf.getMarkInfo())?.Marked);
    const { info, metadata } = await pdf.getMetadata();
    const xmp = Object.fromEntries(metadata ? [...(metadata as unknown as Iterable<[string, unknown]>)] : []);
    const language = (info as Record<string, unknown>)['Language'] as string | undefined;
    const tree: StructNode[] = [];
    const pageTexts: string[] = [];
    // PDF.js gives each page's tree (the elements with content there, under their ancestors): an
    // element whose content runs over two pages is in both, with each page's part of its text.
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const textOf = new Map<string, string>();
      let open: string[] = [];
      const plain: string[] = [];
      for (const item of content.items as { type?: string; id?: string; str?: string; hasEOL?: boolean }[]) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open = [...open, item.id ?? ''];
        else if (item.type === 'endMarkedContent') open = open.slice(0, -1);
        else {
          for (const id of open) if (id) textOf.set(id, `${textOf.get(id) ?? ''}${item.str ?? ''}${item.hasEOL ? ' ' : ''}`);
          plain.push(`${item.str ?? ''}${item.hasEOL ? '\n' : ''}`);
        }
      }
      pageTexts.push(plain.join(''));
      const root = (await page.getStructTree()) as RawNode | null;
      const convert = (node: RawNode, path: string): StructNode | undefined => {
        if (!node.role) return undefined;
        const children = (node.children ?? []).flatMap((child, i) => {
          const converted = convert(child, `${path}/${i}`);
          return converted ? [converted] : [];
        });
        const own = (node.children ?? []).filter((c) => c.type === 'content').map((c) => textOf.get(c.id ?? '') ?? '');
        return { role: node.role, alt: node.alt, lang: node.lang, text: [...own, ...children.map((c) => c.text)].join(' ').replace(/\s+/g, ' ').trim(), children };
      };
      (root?.children ?? []).forEach((child, i) => {
        const node = convert(child, String(i));
        if (node) tree.push(node);
      });
    }
    const all: StructNode[] = [];
    const walk = (node: StructNode) => {
      all.push(node);
      node.children.forEach(walk);
    };
    tree.forEach(walk);
    const headings = all.filter((n) => /^H[1-6]?$/.test(n.role)).map(({ role, text }) => ({ role, text }));
    const raw = Buffer.from(buffer).toString('latin1');
    return {
      marked,
      language,
      displayDocTitle: /\/DisplayDocTitle true/.test(raw),
      xmp,
      infoTitle: (info as Record<string, unknown>)['Title'] as string | undefined,
      tree,
      headings,
      all,
      pageTexts,
      unembeddedFonts: unembedded(raw),
    };
  } finally {
    await pdf.loadingTask.destroy();
  }
}
