/**
 * Numbered sections of a protocol, computed from the headings of its Markdown text: `##` is a
 * section (1, 2 …), `###` a subsection (1.1, 1.2 …), `####` a sub-subsection (1.1.1 …).
 * The HTML (through remarkSectionNumbers), the PDF, the table of contents, the citations and the
 * comparison between versions all take their numbers from here, so they can never disagree.
 */
import type { Heading, List, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** Content under a heading, reduced to what a PDF and a comparison need. */
export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'quote'; text: string };

export interface Section {
  /** "1.2" */
  number: string;
  /** "s-1-2": the anchor of the section in the page; stable as long as the numbering is. */
  anchor: string;
  /** The heading's text, without its number. */
  title: string;
  /** 1 for `##`, 2 for `###`, 3 for `####`. */
  level: number;
  /** What comes after the heading, up to the next heading. */
  blocks: Block[];
}

/** The heading depth of a top-level section (`##`: the page title is the `#`). */
export const FIRST_DEPTH = 2;
export const LAST_DEPTH = 4;

/** The anchor of a section number: "1.2" → "s-1-2". */
export function anchorOf(number: string): string {
  return `s-${number.replace(/\./g, '-')}`;
}

/**
 * Numbers the headings of a Markdown tree in document order. Calls `visit` for each numbered
 * heading, so the remark plugin can decorate the same headings this module reads.
 */
export function numberHeadings(tree: Root, visit: (heading: Heading, number: string) => void = () => {}): void {
  const counters: number[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth < FIRST_DEPTH || node.depth > LAST_DEPTH) continue;
    const level = node.depth - FIRST_DEPTH;
    // A heading that skips a level (## then ####) counts the missing level as 1 rather than 0.
    for (let i = 0; i < level; i++) counters[i] ??= 1;
    counters[level] = (counters[level] ?? 0) + 1;
    counters.length = level + 1;
    visit(node, counters.join('.'));
  }
}

function inlineText(node: RootContent): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

function toBlock(node: RootContent): Block | undefined {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', text: inlineText(node) };
    case 'list':
      return {
        type: 'list',
        ordered: Boolean((node as List).ordered),
        items: (node as List).children.map((item) => inlineText(item)),
      };
    case 'blockquote':
      return { type: 'quote', text: inlineText(node) };
    default:
      return undefined;
  }
}

export interface Outline {
  /** Text before the first section (an introduction), if any. */
  preamble: Block[];
  sections: Section[];
}

/** Reads the numbered sections of a Markdown text (frontmatter already removed). */
export function outline(markdown: string): Outline {
  const tree = fromMarkdown(markdown);
  const numbers = new Map<Heading, string>();
  numberHeadings(tree, (heading, number) => numbers.set(heading, number));
  const preamble: Block[] = [];
  const sections: Section[] = [];
  for (const node of tree.children) {
    const number = node.type === 'heading' ? numbers.get(node) : undefined;
    if (node.type === 'heading' && number) {
      sections.push({
        number,
        anchor: anchorOf(number),
        title: inlineText(node),
        level: node.depth - FIRST_DEPTH + 1,
        blocks: [],
      });
      continue;
    }
    const block = toBlock(node);
    if (!block) continue;
    const current = sections.at(-1);
    (current ? current.blocks : preamble).push(block);
  }
  return { preamble, sections };
}

/** A section's text as one string (for comparisons and search). */
export function sectionText(section: Pick<Section, 'blocks'>): string {
  return section.blocks
    .map((b) => (b.type === 'list' ? b.items.map((i) => `• ${i}`).join('\n') : b.text))
    .join('\n\n');
}
