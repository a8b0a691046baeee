/**
 * What Pagefind indexes for each built page: the page as built, with two changes made for the index
 * only (the files readers download stay as they are, so no page gets heavier):
 *
 * - **The page's own title is its title in the index.** Pagefind takes a page's title from its first
 *   `<h1>`; on a tool's start page that is the first question, not the tool's name. The page's
 *   `og:title`, which is its title as shown everywhere else, is marked as Pagefind's title, so a
 *   query matching it gets Pagefind's title boost (`metaWeights`, src/lib/search/query.ts).
 * - **A tool is one result.** The steps of a decision tree (/herramientas/<tool>/<step>/) are not
 *   indexed on their own: their text is added to the tool's start page, so a question or an
 *   ending found by a search leads to the tool, once, with the tool's name.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { withSeparators } from './separators';
import { escapeXml } from '../text/xml';

export interface BuiltPage {
  /** The page's URL path, as Pagefind would give it: "/herramientas/oferta-o-trampa/". */
  url: string;
  html: string;
}

export interface IndexRecord {
  url: string;
  /** The HTML Pagefind reads. */
  content: string;
  /** URLs of the tool steps whose text this record carries. */
  merged: string[];
}

const OG_TITLE = '<meta property="og:title" content="';
const BODY = 'data-pagefind-body';

/** Elements whose text is one block: a question, an answer, an item of a list. */
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'td', 'th', 'figcaption', 'blockquote', 'summary']);
/** Elements Pagefind leaves out of a page's text. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'form', 'nav', 'footer', 'svg']);

const isElement = (node: Nodes): node is Element => node.type === 'element';
const prop = (node: Element, name: string) => node.properties[name];

/** The page's tool and step (`data-tool`, `data-step`), when it is a step of a tool. */
function toolStep(html: string): { tool: string; step: string } | undefined {
  const m = /<div data-tool="([^"]+)" data-step="([^"]+)"/.exec(html);
  return m?.[1] && m[2] ? { tool: m[1], step: m[2] } : undefined;
}

/** The text blocks Pagefind indexes on a page (inside data-pagefind-body, less data-pagefind-ignore), in order. */
export function indexedBlocks(html: string): string[] {
  const blocks: string[] = [];
  const text = (node: Nodes): string => {
    if (node.type === 'text') return node.value;
    if (isElement(node) && (SKIPPED.has(node.tagName) || prop(node, 'dataPagefindIgnore') !== undefined)) return '';
    return 'children' in node ? node.children.map(text).join(' ') : '';
  };
  const hasBlock = (node: Nodes): boolean => 'children' in node && node.children.some((c) => (isElement(c) && BLOCKS.has(c.tagName)) || hasBlock(c));
  const walk = (node: Nodes, inBody: boolean): void => {
    if (isElement(node)) {
      if (SKIPPED.has(node.tagName) || prop(node, 'dataPagefindIgnore') !== undefined) return;
      inBody ||= prop(node, 'dataPagefindBody') !== undefined;
      if (inBody && BLOCKS.has(node.tagName) && !hasBlock(node)) {
        const value = text(node).replace(/\s+/g, ' ').trim();
        if (value) blocks.push(value);
        return;
      }
    }
    if ('children' in node) for (const child of node.children) walk(child, inBody);
  };
  walk(fromHtml(html), false);
  return blocks;
}

/** The page's `og:title` marked as Pagefind's title; the page as it is when it has none. */
export function withOwnTitle(html: string): string {
  const at = html.indexOf(OG_TITLE);
  if (at < 0) return html;
  return `${html.slice(0, at)}<meta property="og:title" data-pagefind-meta="title[content]" content="${html.slice(at + OG_TITLE.length)}`;
}

/** A start page with the text of its steps added in a second data-pagefind-body (Pagefind combines them). */
function withSteps(html: string, steps: string[][]): string {
  const own = new Set(indexedBlocks(html));
  const added: string[] = [];
  for (const blocks of steps) {
    for (const block of blocks) {
      if (own.has(block)) continue;
      own.add(block);
      added.push(`<p>${escapeXml(block)}</p>`);
    }
  }
  if (added.length === 0) return html;
  const at = html.lastIndexOf('</body>');
  if (at < 0) throw new Error('search index: a tool page has no </body>');
  return `${html.slice(0, at)}<div ${BODY}>${added.join('')}</div>${html.slice(at)}`;
}

/**
 * The records to index: every page marked for the index (data-pagefind-body) but the steps of a
 * tool, each with its own title; the start page of a tool with the text of its steps. Pages not
 * marked are left out, as Pagefind would leave them.
 */
export function indexRecords(pages: BuiltPage[]): IndexRecord[] {
  const marked = pages.filter((page) => page.html.includes(BODY));
  const byUrl = new Map(marked.map((page) => [page.url, page]));
  const parentOf = (url: string) => url.replace(/[^/]+\/$/, '');
  // A step is a page of a tool whose parent address is a page of the same tool: its start page.
  const startOf = (page: BuiltPage): string | undefined => {
    const step = toolStep(page.html);
    const parent = byUrl.get(parentOf(page.url));
    return step && parent && toolStep(parent.html)?.tool === step.tool ? parent.url : undefined;
  };
  const steps = new Map<string, BuiltPage[]>();
  for (const page of marked) {
    const start = startOf(page);
    if (start) steps.set(start, [...(steps.get(start) ?? []), page]);
  }
  return marked
    .filter((page) => !startOf(page))
    .map((page) => {
      const own = steps.get(page.url) ?? [];
      const content = withSeparators(withOwnTitle(own.length > 0 ? withSteps(page.html, own.map((s) => indexedBlocks(s.html))) : page.html));
      return { url: page.url, content, merged: own.map((s) => s.url) };
    });
}
