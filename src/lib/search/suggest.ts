/**
 * "¿Quisiste decir …?": when a query finds nothing, each of its words that the site never uses is
 * replaced by the closest word the site does use (at most two letters added, removed, changed or
 * swapped, accents and capitals aside): "trta" → "trata". The site's words are its pages' titles
 * and the glossary's terms, listed at build time (src/lib/search/suggest-words.ts) into a small
 * file per language that the search page fetches only when a query finds nothing.
 *
 * No imports: the search page loads this with its extras (src/components/search/extras.ts), apart
 * from the search script inlined in the page, which must share no module with it.
 */

/** The file of a language's words, in Pagefind's folder: "words.es.json" (`lang` as in pagefind-entry.json). */
export const wordsFile = (lang: string): string => `words.${lang}.json`;

/** A word as compared: lower case, without accents. */
export const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a text, as typed. */
export const wordsOf = (text: string): string[] => text.split(/[^\p{L}\p{M}'’]+/u).filter(Boolean);

/** Words shorter than this are never corrected, nor offered. */
export const MIN_LENGTH = 4;

/** Edits allowed for a word of `length` letters: one up to four letters ("trta"), two above. */
export const maxEdits = (length: number): number => (length <= 4 ? 1 : 2);

/**
 * The edits that turn one word into the other (a letter added, removed, changed, or two neighbours
 * swapped), or `max + 1` as soon as it is sure to be more than `max`.
 */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The query with each word the site never uses replaced by its closest word (the first in the
 * list among equals: the list comes most used first), or undefined when no word changes.
 */
export function suggest(query: string, words: string[]): string | undefined {
  const known = new Map<string, string>();
  for (const word of words) if (!known.has(fold(word))) known.set(fold(word), word);
  let changed = false;
  const out = wordsOf(query).map((typed) => {
    const plain = fold(typed);
    if (plain.length < MIN_LENGTH || known.has(plain)) return typed;
    const max = maxEdits(plain.length);
    let best: [number, string] | undefined;
    for (const [candidate, shown] of known) {
      const d = distance(plain, candidate, max);
      if (d <= max && (!best || d < best[0])) best = [d, shown];
    }
    if (!best) return typed;
    changed = true;
    return best[1];
  });
  return changed ? out.join(' ') : undefined;
}

/**
 * The words to offer, from the site's own texts (titles, glossary terms): each once, as first
 * written, words of MIN_LENGTH letters or more, the most used first.
 */
export function suggestionWords(texts: string[]): string[] {
  const counts = new Map<string, { word: string; n: number; first: number }>();
  for (const word of texts.flatMap(wordsOf)) {
    const key = fold(word);
    if (key.length < MIN_LENGTH) continue;
    const seen = counts.get(key);
    if (seen) seen.n += 1;
    else counts.set(key, { word: word.toLowerCase(), n: 1, first: counts.size });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first).map((w) => w.word);
}
