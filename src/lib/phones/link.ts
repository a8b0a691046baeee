/**
 * Makes every phone number of the facts registry that a built page shows a tel: link, wherever it
 * is written: an editor's MDX (published protocol versions included, whose files are frozen), a
 * YAML text a component prints, a source's title, a tool's printed map. Runs on the built HTML
 * (src/integrations/tel-links.ts), so no component and no frozen file has to know about it.
 *
 * A number is found as the content check finds it (src/lib/facts/scan.ts): "Línea 1818",
 * "llama al 105", "0-800-15170", with the words before it read across inline tags ("llama al
 * <strong>105</strong>"), and only the number becomes the link; so is a number of the registry
 * written bare, where it can only be the line ("va al 105", "105 (PNP)": ./bare.ts).
 *
 * A number in the text of another link ("Nota sobre la Línea 1810", a source's title) becomes a
 * link of its own: that link is cut around it, each part keeping its address and attributes (the
 * id on the first only), since a link cannot hold a link. Only a link whose text is plain (no
 * element inside it) and outside an SVG is cut. Text inside a button, a script, a style, a
 * <title> or an SVG <desc> is left alone, and so is everything in <head>.
 */
import { placedClaims } from '../facts/scan';
import { telHref } from '../routes/urls';
import { bareNumbers } from './bare';

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

/** Where the registry's numbers stand in `token`, given the text before it on its line. */
function numbersIn(token: string, before: string, isLinked: (key: string) => boolean): { start: number; end: number }[] {
  const introduced = placedClaims(before + token)
    .filter((c) => c.kind === 'phone' && c.start >= before.length && isLinked(c.key))
    .map((c) => ({ start: c.start - before.length, end: c.end - before.length }));
  const bare = bareNumbers(token, before, isLinked).filter((b) => !introduced.some((i) => b.start < i.end && i.start < b.end));
  return [...introduced, ...bare].sort((a, b) => a.start - b.start);
}

const telLink = (number: string) => `<a href="${telHref(number)}" data-tel>${number}</a>`;

/** `token` with its numbers as tel: links; `wrap` puts each other part back in its own link. */
function linked(token: string, numbers: { start: number; end: number }[], wrap = (part: string) => part): string[] {
  const out: string[] = [];
  let at = 0;
  for (const { start, end } of numbers) {
    if (start > at) out.push(wrap(token.slice(at, start)));
    out.push(telLink(token.slice(start, end)));
    at = end;
  }
  if (at < token.length) out.push(wrap(token.slice(at)));
  return out;
}

/**
 * The page with its phone numbers linked. `isLinked(key)` says which numbers to link, by the
 * scanner's key ("phone 1818"): those the facts registry holds.
 */
export function linkPhones(html: string, isLinked: (key: string) => boolean): string {
  const out: string[] = [];
  /** Open elements whose text is left alone, innermost last. */
  const closed: string[] = [];
  let context = '';
  let svg = 0;
  /** The start tag of the link the next text is directly inside, if any; the number of its </a> to drop. */
  let openLink: { at: number; tag: string } | undefined;
  let dropClose = false;
  for (const [token] of html.matchAll(/<!--[\s\S]*?-->|<![^>]*>|<\/?[a-zA-Z][^>]*>|[^<]+|</g)) {
    if (token.startsWith('<') && token.length > 1) {
      const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(token)?.[1]?.toLowerCase();
      const closing = token.startsWith('</');
      if (tag === 'svg' && !token.endsWith('/>')) svg += closing ? -1 : 1;
      if (tag === 'a' && closing && dropClose) {
        dropClose = false;
        closed.splice(closed.lastIndexOf('a'));
        openLink = undefined;
        continue;
      }
      openLink = tag === 'a' && !closing && svg === 0 && closed.length === 0 && !/\bhref="tel:/.test(token) ? { at: out.length, tag: token } : undefined;
      if (tag) {
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
    const before = context;
    context = (before + token).slice(-CONTEXT);
    if (!/\d/.test(token) || (closed.length > 0 && !(openLink && out.length === openLink.at + 1))) {
      out.push(token);
      continue;
    }
    const numbers = numbersIn(token, before, isLinked);
    if (numbers.length === 0) {
      out.push(token);
    } else if (closed.length === 0) {
      out.push(...linked(token, numbers));
    } else if (openLink) {
      // A number in another link's text: that link is cut around it, the parts keeping its attributes.
      const { tag } = openLink;
      const rest = tag.replace(/\s+id="[^"]*"/, '');
      out.pop();
      let first = true;
      out.push(...linked(token, numbers, (part) => {
        const open = first ? tag : rest;
        first = false;
        return `${open}${part}</a>`;
      }));
      dropClose = true;
      openLink = undefined;
    }
  }
  return out.join('');
}
