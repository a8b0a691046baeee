/**
 * Makes every phone number of the facts registry that a built page shows a tel: link, wherever it
 * is written: an editor's MDX (published protocol versions included, whose files are frozen), a
 * YAML text a component prints, a source's title, a tool's printed map. Runs on the built HTML
 * (src/integrations/tel-links.ts), so no component and no frozen file has to know about it.
 *
 * A number is found as the content check finds it (src/lib/facts/scan.ts): "Línea 1818",
 * "llama al 105", "0-800-15170", with the words before it read across inline tags ("llama al
 * <strong>105</strong>"), and only the number becomes the link. Text inside a link, a button, a
 * script, a style, a <title> or an SVG <desc> is left alone, and so is everything in <head>.
 */
import { placedClaims } from '../facts/scan';
import { telHref } from '../routes/urls';

/** Elements whose text is never linked (a link cannot hold a link; the rest is not shown as text). */
const LEFT_ALONE = new Set(['a', 'button', 'script', 'style', 'template', 'textarea', 'title', 'desc', 'head', 'option', 'select', 'code']);
/** Elements that start a new run of text: the words before a number are read within one. */
const BLOCKS = new Set([
  'p', 'li', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr', 'br', 'section', 'dd', 'dt', 'ul', 'ol', 'dl',
  'table', 'summary', 'details', 'blockquote', 'figcaption', 'header', 'footer', 'main', 'nav', 'aside', 'article',
  'body', 'text', 'tspan', 'label', 'figure', 'caption', 'form', 'fieldset', 'legend',
]);
/** Context kept before a text: enough for the longest introducing words ("Central de Emergencias"). */
const CONTEXT = 60;

/**
 * The page with its phone numbers linked. `isLinked(key)` says which numbers to link, by the
 * scanner's key ("phone 1818"): those the facts registry holds.
 */
export function linkPhones(html: string, isLinked: (key: string) => boolean): string {
  const out: string[] = [];
  /** Open elements whose text is left alone, innermost last. */
  const closed: string[] = [];
  let context = '';
  for (const [token] of html.matchAll(/<!--[\s\S]*?-->|<![^>]*>|<\/?[a-zA-Z][^>]*>|[^<]+|</g)) {
    if (token.startsWith('<') && token.length > 1) {
      const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(token)?.[1]?.toLowerCase();
      if (tag) {
        const closing = token.startsWith('</');
        if (LEFT_ALONE.has(tag)) {
          if (closing) {
            const at = closed.lastIndexOf(tag);
            if (at >= 0) closed.splice(at);
          } else if (!token.endsWith('/>')) closed.push(tag);
        }
        if (BLOCKS.has(tag)) context = '';
      }
      out.push(token);
      continue;
    }
    if (closed.length > 0 || !/\d/.test(token)) {
      out.push(token);
      context = (context + token).slice(-CONTEXT);
      continue;
    }
    const before = context;
    const phones = placedClaims(before + token).filter((c) => c.kind === 'phone' && c.start >= before.length && isLinked(c.key))
      .sort((a, b) => a.start - b.start);
    let at = 0;
    for (const phone of phones) {
      const start = phone.start - before.length;
      const end = phone.end - before.length;
      const number = token.slice(start, end);
      out.push(token.slice(at, start), `<a href="${telHref(number)}" data-tel>${number}</a>`);
      at = end;
    }
    out.push(token.slice(at));
    context = (before + token).slice(-CONTEXT);
  }
  return out.join('');
}
