/**
 * Numbers of the registry written with no word that introduces a phone number before them ("va al
 * 105", "el 105 es para emergencias", "105, Central de Emergencias", "105 (PNP)"), which the
 * content check's scanner (src/lib/facts/scan.ts) does not read as phone numbers. Only numbers the
 * registry holds are looked for, and only where they can be nothing but the line:
 *
 * - after "al", "el" or "del" ("llama al 105", "guarda el 105"): a number as a name;
 * - before a parenthesis naming who answers ("105 (PNP)"), or before "o", "y" or "utaq" and another
 *   line ("105 utaq Línea 1818");
 * - closing its sentence at the end of a text ("kunan manchakuy kaqtinqa 105.");
 * - at the start of a line of text or after a colon, semicolon or bullet, and followed by a comma,
 *   a full stop, the end of the text, "para" or "si" ("105, Central de Emergencias", "adultas: 105
 *   para emergencias").
 *
 * Never a number that is part of another (2105, 1.105, 105-A), a percentage ("al 100 %"), or a
 * number followed by another word ("100 personas" stays text unless "al"/"el" come before it).
 */

export interface BareNumber {
  start: number;
  end: number;
  /** The scanner's key, "phone 105". */
  key: string;
}

const CANDIDATE = /(?<![\d.,/-])\d{3,4}(?![\d-]|[.,]\d)/g;
const AS_NAME = /(?:^|[^\p{L}])(?:al|el|del)\s+$/iu;
const PERCENT = /^\s*(?:%|por\s+ciento)/i;
const WHO = /^\s*(?:\(|(?:o|y|utaq)\s+L[ií]nea\b)/;
const CLOSING = /^[.;]\s*$/;
const LINE_START = /(?:^|[:;•·])\s*$/;
const ALONE_AFTER = /^\s*(?:[,.;:]|$|(?:para|si)(?![\p{L}]))/u;

/**
 * The bare numbers of `text` that `isLinked` holds, given `before`: the text of the same line
 * before it (a run of text across inline tags).
 */
export function bareNumbers(text: string, before: string, isLinked: (key: string) => boolean): BareNumber[] {
  const found: BareNumber[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const key = `phone ${match[0]}`;
    if (!isLinked(key)) continue;
    const start = match.index;
    const end = start + match[0].length;
    const prior = before + text.slice(0, start);
    const after = text.slice(end);
    if (PERCENT.test(after)) continue;
    if (AS_NAME.test(prior) || WHO.test(after) || CLOSING.test(after) || (LINE_START.test(prior) && ALONE_AFTER.test(after))) found.push({ start, end, key });
  }
  return found;
}
