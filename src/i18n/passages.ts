/**
 * Passages in another language inside an interface string. A Quechua string that also says its
 * meaning in Spanish (a notice, a label of a sample) marks the Spanish part with the language's
 * code: `'… runam qhawanan. / {es:Traducción en borrador, pendiente de revisión.}'`. Pages render
 * the marked part with its own `lang` (./Passages.astro in src/components), PDFs as a Span with
 * its own /Lang, and everything else (titles, metadata, feeds, data files, scripts) gets the plain
 * text through `useStrings`, with the marks taken out.
 */
import { htmlLang, isLocale } from './locales';

/** A run of a string: the text, and its language (BCP 47, as in `lang`) when it is not the string's own. */
export interface Passage {
  text: string;
  lang?: string;
}

/** `{<locale code>:text}`: letters only before the colon, so `{x}` placeholders never match. */
const MARKED = /\{([a-z]{2,3}):([^{}]*)\}/g;

/** Whether a string holds a marked passage. */
export const hasPassages = (text: string): boolean => new RegExp(MARKED.source).test(text);

/** The string without its marks: what a title, a feed or a script shows. */
export function plainText(text: string): string {
  return text.replace(MARKED, (whole, code: string, inner: string) => (isLocale(code) ? inner : whole));
}

/** The runs of a string in order; marked runs carry their language's `lang`. Empty runs are left out. */
export function passages(text: string): Passage[] {
  const out: Passage[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKED)) {
    const [whole, code = '', inner = ''] = m;
    if (!isLocale(code)) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ text: inner, lang: htmlLang(code) });
    last = m.index + whole.length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out.filter((p) => p.text !== '');
}
