/**
 * Smart punctuation (curly quotes and apostrophes, …, —), as Astro's own remark-smartypants
 * gives it, with the same text, at a fraction of the cost: Astro's `smartypants: false` in
 * astro.config.mjs, and this plugin first in `remarkPlugins`, where Astro puts its own.
 *
 * remark-smartypants runs retext twice: once over the text of the whole document for the quotes
 * (so that a quote before a link or bold text pairs with the one after it), then once over every
 * text node for the ellipses, dashes and double backticks. Both parse the text into words and
 * punctuation first, which made them a tenth of the time Astro spends on the content. This
 * does the same two passes in the same way, but only where they can change something: the
 * first when the text has a straight quote, the second for a node that has two dots, two
 * hyphens or two backticks or single quotes in a row. The quotes and apostrophes of Quechua
 * (Llamk'ay → Llamk’ay) are still made by retext-smartypants itself.
 * tests/unit/remark-smart-punctuation.test.ts checks that every page of the content comes out
 * as remark-smartypants makes it.
 */
import type { Nodes, Parents, Root } from 'mdast';
import { retext } from 'retext';
import smartypants, { type Options } from 'retext-smartypants';
import { visit } from 'unist-util-visit';

/** The nodes whose text is read, as remark-smartypants reads them. */
const READ = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
/** Blocks whose text starts afresh: a space stands for each, so a quote at their start opens. */
const STARTS_AFRESH = new Set(['paragraph', 'heading', 'tableCell']);
/** Elements whose text is left as it is. */
const LEFT_ALONE = new Set(['style', 'script']);

/** What the first pass (quotes) can change. */
const QUOTES = /['"]/;
/** What the second pass (ellipses, dashes, backticks) can change: "...", ". . .", "--", "``", "''". */
const OTHERS = /\.\s*\.|--|``|''/;

type Literal = Extract<Nodes, { value: string }>;

const hasValue = (node: Nodes): node is Literal => 'value' in node && typeof node.value === 'string';

function isRead(node: Nodes, parent: Parents | undefined): boolean {
  if (!parent || !READ.has(node.type)) return false;
  if (parent.type === 'mdxJsxTextElement' && (typeof parent.name !== 'string' || LEFT_ALONE.has(parent.name))) return false;
  return hasValue(node) || STARTS_AFRESH.has(node.type);
}

export function remarkSmartPunctuation(options: Options = {}) {
  const quotes = retext().use(smartypants, { ...options, ellipses: false, dashes: false, backticks: false });
  const others = retext().use(smartypants, { ...options, quotes: false });
  return (tree: Root) => {
    const read: Nodes[] = [];
    let text = '';
    visit(tree, (node: Nodes, _index, parent: Parents | undefined) => {
      if (!isRead(node, parent)) return;
      // Code counts as a word of its length, so the quotes around it pair as in the page.
      if (hasValue(node)) text += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else text += ' ';
      read.push(node);
    });
    // Quotes become one character each, so every node keeps its place in the text.
    if (QUOTES.test(text)) text = String(quotes.processSync(text));
    let at = 0;
    for (const node of read) {
      if (!hasValue(node)) {
        at += 1;
        continue;
      }
      const end = at + node.value.length;
      if (node.type === 'text') {
        const own = text.slice(at, end);
        node.value = OTHERS.test(own) ? String(others.processSync(own)) : own;
      }
      at = end;
    }
  };
}
