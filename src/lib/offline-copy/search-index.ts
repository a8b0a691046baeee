/**
 * The offline copy's search index: what each page gives Pagefind (its text marked with
 * data-pagefind-body, less data-pagefind-ignore parts; data-pagefind-filter and -meta), read from
 * the built page, so the copy finds the same pages the site's search indexes. One index per
 * language (the page's `lang`), written as a script the search page loads (search-engine.ts).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { INDEX_GLOBAL, type IndexFile, type IndexPage } from './search-engine.ts';

/** Elements whose text is never a page's text. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);
/** Elements whose ends separate words ("<li>a</li><li>b</li>" is "a b", "pro<b>tec</b>" one word). */
const BLOCK = new Set(
  'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);
const HEADING = /^h[2-6]$/;

type Node = Root | RootContent | ElementContent;

const isElement = (node: Node): node is Element => node.type === 'element';
const has = (element: Element, property: string) => element.properties[property] !== undefined && element.properties[property] !== null;

/** The text of a node, words kept apart at the ends of blocks, spaces collapsed. */
export function textOf(node: Node): string {
  const out: string[] = [];
  const walk = (current: Node) => {
    if (current.type === 'text') out.push(current.value);
    if (!isElement(current) && current.type !== 'root') return;
    if (isElement(current) && (SKIPPED.has(current.tagName) || has(current, 'dataPagefindIgnore'))) return;
    const block = isElement(current) && BLOCK.has(current.tagName);
    if (block) out.push(' ');
    for (const child of current.children) walk(child);
    if (block) out.push(' ');
  };
  walk(node);
  return out.join('').replace(/\s+/g, ' ').trim();
}

function find(node: Node, test: (element: Element) => boolean): Element | undefined {
  if (isElement(node) && test(node)) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function each(node: Node, visit: (element: Element) => void): void {
  if (isElement(node)) {
    if (SKIPPED.has(node.tagName) || has(node, 'dataPagefindIgnore')) return;
    visit(node);
  }
  if ('children' in node) for (const child of node.children) each(child, visit);
}

/** "tipo:Protocolo" → ["tipo", "Protocolo"]; "tipo" alone takes the element's text. */
function keyValue(element: Element, attribute: string): [string, string] {
  const raw = String(element.properties[attribute]);
  const colon = raw.indexOf(':');
  return colon < 0 ? [raw.trim(), textOf(element)] : [raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()];
}

/**
 * The index entry of a built page, or undefined when the site's search leaves it out (no
 * data-pagefind-body: lists of other pages, printable sheets, fallback pages). `file` is the
 * page's file in the copy.
 */
export function searchRecord(tree: Root, file: string): { lang: string; page: IndexPage } | undefined {
  // A tool's start page carries its steps' text in a second data-pagefind-body; Pagefind reads both.
  const bodies: Element[] = [];
  each(tree, (element) => {
    if (has(element, 'dataPagefindBody')) bodies.push(element);
  });
  const body = bodies[0];
  if (!body) return undefined;
  const html = find(tree, (element) => element.tagName === 'html');
  const lang = String(html?.properties['lang'] ?? '');
  if (!lang) throw new Error(`offline copy: ${file} has no lang attribute on <html>: its search index cannot be chosen`);
  const filters: Record<string, string[]> = {};
  const meta: Record<string, string> = {};
  const headings: string[] = [];
  let h1: string | undefined;
  for (const part of bodies) each(part, (element) => {
    if (has(element, 'dataPagefindFilter')) {
      const [key, value] = keyValue(element, 'dataPagefindFilter');
      if (value) (filters[key] ??= []).push(value);
    }
    if (has(element, 'dataPagefindMeta')) {
      const [key, value] = keyValue(element, 'dataPagefindMeta');
      meta[key] = value;
    }
    if (element.tagName === 'h1') h1 ??= textOf(element);
    if (HEADING.test(element.tagName)) headings.push(textOf(element));
  });
  const ownTitle = find(tree, (element) => element.tagName === 'meta' && element.properties['dataPagefindMeta'] === 'title[content]');
  const title = meta['title'] ?? (ownTitle ? String(ownTitle.properties['content'] ?? '') : undefined) ?? h1 ?? textOf(find(tree, (element) => element.tagName === 'title') ?? { type: 'root', children: [] });
  delete meta['title'];
  return { lang, page: { u: file, t: title, h: headings.filter(Boolean), x: bodies.map(textOf).join(' '), f: filters, m: meta } };
}

/** The script of one language's index, as the search page loads it. */
export function indexScript(index: IndexFile): string {
  return `globalThis.${INDEX_GLOBAL}=${JSON.stringify(index)};\n`;
}
