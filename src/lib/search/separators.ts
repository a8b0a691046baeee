/**
 * Separators between the fields of a page, for the index only. Pagefind joins the text of two
 * elements that touch when neither is one it ends a sentence at (p, li, headings…): a campaign's
 * `<dt>Fecha de la campaña</dt><dd>23 de setiembre de 2026</dd><dt>Regiones</dt>` became
 * "Fecha de la campaña23 de setiembre de 2026RegionesCusco" in its excerpts, and "campaña23" one
 * word of its index. The screen keeps them apart with CSS, which Pagefind does not read.
 *
 * Where a closing tag of such an element touches the next element's opening tag, the record
 * Pagefind reads gets a separator between them: ": " after a term (`dt`), ". " after a
 * description (`dd`), " · " between any other two (a link and a date, a name and its badge);
 * only a space where the text already ends with punctuation. The pages readers download do not
 * change.
 */

/** Elements whose text Pagefind runs into the next element's. */
const INLINE = 'dt|dd|a|time|span|strong|b|em|abbr|small|code|data';
/** What may follow one without a separator Pagefind would add: one of these, or a block it ends a sentence before. */
const NEXT = `${INLINE}|p|ul|ol|div`;
/**
 * Text (its last character, never the ">" of an empty element), the closing tags of elements
 * inside this one, then this one's closing tag, touching the next element; or a date followed
 * directly by text ("<time>27 de julio de 2021</time>El Peruano publica…").
 */
const TOUCHING = new RegExp(`([^>\\s])((?:</(?:${INLINE})>)*)</(?:(${INLINE})>(?=<(?:${NEXT})[\\s>])|(time)>(?=[\\p{L}\\p{N}]))`, 'gu');
/** Text that already ends a field. */
const ENDS = /[.:;,!?…·)»"'’\]]/u;

const separator = (tag: string) => (tag === 'dt' ? ': ' : tag === 'dd' || tag === 'time' ? '. ' : ' · ');

/** The page's HTML with a separator wherever two such elements touch. */
export function withSeparators(html: string): string {
  return html.replace(TOUCHING, (_match, last: string, inner: string, tag: string | undefined, time: string | undefined) => {
    const name = tag ?? time ?? '';
    return `${last}${inner}</${name}>${ENDS.test(last) ? ' ' : separator(name)}`;
  });
}
