/**
 * Phone numbers in a short text drawn outside HTML's flow, where ./link.ts cannot reach: the
 * boxes of a tool's flowchart (src/lib/tools/flowchart/svg.ts), which are links to their steps
 * and so cannot hold a link. The map page asks for the numbers of each line of a box and draws
 * each as its own tel: link beside the box's link.
 *
 * A box's text is a step's question or ending, in Spanish or Quechua, where a number may stand
 * at a line's start after a wrap ("Línea / 1818 y pide protección") or carry a Quechua suffix
 * ("1810-pitaq"), which the content scanner does not read as a phone number; so every number of
 * the list given, written whole, is found: not inside another number (2105, 1.105) and not a
 * percentage, nor an article ("105-A"). Only callable numbers are ever in that list (callableNumbers, src/data/chrome.ts).
 */

export interface CallableNumber {
  /** As written in the registry: "1818", "0-800-15170". */
  number: string;
  /** What the link says it is for, e.g. "Llamar a 1818 · denunciar trata". */
  label: string;
}

export interface PhoneSpan {
  start: number;
  end: number;
  /** tel:… */
  href: string;
  label: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** tel: of a number as written ("0-800-15170" → "tel:080015170"). */
export const telOf = (number: string): string => `tel:${number.replace(/[^0-9+]/g, '')}`;

/** Where each of `numbers` stands, written whole, in `text`; in order, never overlapping. */
export function phoneSpans(text: string, numbers: readonly CallableNumber[]): PhoneSpan[] {
  const found: PhoneSpan[] = [];
  // Longest first, so "0-800-15170" is found before any shorter number inside it.
  const byLength = [...numbers].sort((a, b) => b.number.length - a.number.length);
  for (const n of byLength) {
    const pattern = new RegExp(`(?<![\\d.,/-])${escape(n.number)}(?!\\d|[.,]\\d|-[\\p{Lu}\\d]|\\s*%|\\s*por\\s+ciento)`, 'gu');
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + n.number.length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ start, end, href: telOf(n.number), label: n.label });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
