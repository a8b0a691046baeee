/**
 * Rehype plugin: a link in content that leaves the site gets rel="noreferrer noopener", so the site
 * it leads to is told nothing of the page it came from (some readers are watched), and cannot reach
 * back into it. Pages also carry <meta name="referrer" content="no-referrer">; this covers browsers
 * and hosts that would not apply it to a link. Runs after the rehype guard, which sees the content
 * as written.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** An address on another site: "https://…", "http://…", "//host/…". */
export const isExternalHref = (href: string): boolean => /^(?:https?:)?\/\//i.test(href.trim());

export function rehypeExternalLinks() {
  return (tree: Root): undefined => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName === 'a' && typeof href === 'string' && isExternalHref(href)) node.properties['rel'] = ['noreferrer', 'noopener'];
    });
    return undefined;
  };
}
