/**
 * What the search page does with a query, on Pagefind's search of one string (which finds only the
 * pages holding every word): the same code runs in the browser (src/components/search/search.ts)
 * and in Node for the relevance check (scripts/lib/search-relevance.mjs), so the check measures
 * what readers get.
 *
 * 0. Stop words are left out of what is searched (withoutStopWords).
 * 1. Synonyms: the query is searched as typed and, for each word or phrase of it that is in a
 *    synonym group (content/data/search-synonyms/), with that word replaced by the first other word
 *    of its group that pages hold: "turismo hoteles" is also searched as "turismo hospedaje". A
 *    word no page holds ("chamba") is searched only as its synonym. A page is found when any of
 *    these finds it, with its best score.
 * 2. No empty answer for a sentence: when none of them finds a page and the query has several words
 *    that matter (not stop words), each is searched alone (as typed, or as its synonym where no
 *    page holds it), and pages are ranked by how many of the words they hold, then by score.
 *
 * No imports, and only syntax Node can run as it is (types are stripped), so Node's scripts and
 * workers import this file directly.
 */

/** Separators of the synonyms' form in the search page (`data-synonyms`), see src/lib/search/synonyms.ts. */
export const GROUP_SEPARATOR = ';';
export const WORD_SEPARATOR = '|';
/** Marks a word of a group that no page holds: typed, it leads to the others; it is never searched for. */
export const NOT_SEARCHED = '~';

/**
 * Pagefind's ranking options (https://pagefind.app/docs/ranking/), the same in the browser and in
 * the relevance check, chosen on the cases of content/data/search-relevance.yaml (docs/search.md,
 * "The right page first"): a match in a page's own title counts 20 times (Pagefind's default: 5),
 * so a page whose title holds the query comes before pages that mention it in a long text; and a
 * long page (a tool with its steps, a protocol) is held back less for its length (0.5; default 0.75).
 */
export const RANKING = { metaWeights: { title: 20 }, pageLength: 0.5 };

/**
 * A page found only through a synonym counts this share of its score. Pagefind scores a rarer word
 * higher, and a synonym is often rarer than the word typed ("empleo" for "trabajo"): without it,
 * pages using the synonym would come before those holding the reader's own words. Chosen on the
 * cases of content/data/search-relevance.yaml (0.3–0.4 put the most wanted pages first).
 */
export const SYNONYM_FACTOR = 0.4;

/**
 * Words of its group searched for a typed word with synonyms: the first other word the index finds,
 * in the editor's order (content/data/search-synonyms/: the word the pages use first). Each may
 * cost an index chunk of about 1 KB; one keeps a further query within its 15 KB.
 */
export const MAX_OTHERS = 1;

/** Searches made for one query at most (each may download an index chunk of about 1 KB). */
export const MAX_SEARCHES = 8;

/** A word as compared: lower case, without accents, one kind of apostrophe. */
export const plain = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/’/g, "'")
    .toLowerCase();

/** The words of a query or phrase, as typed (punctuation dropped, apostrophes kept). */
export const splitWords = (text: string): string[] => text.split(/[^\p{L}\p{M}\p{N}'’-]+/u).filter(Boolean);

/** A word or phrase of a synonym group, as the search page reads it. */
export interface Synonym {
  /** Its words, compared plain. */
  words: string[];
  /** The language's index finds it: worth searching for as typed. */
  found: boolean;
  /** The other words of its group to search for instead: the first MAX_OTHERS that the index finds. */
  others: string[];
}

/** The synonyms the search page carries (`data-synonyms`), one entry per word of each group. */
export function parseSynonyms(encoded = ''): Synonym[] {
  return encoded.split(GROUP_SEPARATOR).flatMap((group) => {
    const members = group.split(WORD_SEPARATOR).map((word) => {
      const text = word.replace(NOT_SEARCHED, '');
      return { text, found: text === word };
    });
    return members.map((m) => ({ words: splitWords(m.text).map(plain), found: m.found, others: members.filter((o) => o !== m && o.found).slice(0, MAX_OTHERS).map((o) => o.text) }));
  });
}

/** The same word, or one of them with a plural ending ("hotel", "hoteles"). */
const sameWord = (a: string, b: string): boolean => [a, `${a}s`, `${a}es`].includes(b) || [`${b}s`, `${b}es`].includes(a);

/** A part of a query: one typed word, or a run of typed words that is a synonym. */
interface Segment {
  /** As typed. */
  text: string;
  /** What to search for it: the typed words (unless a synonym no page holds), then the other words of its synonym group. */
  forms: string[];
  /** Worth searching as typed. */
  found: boolean;
}

/** A query cut into its parts: runs of words that are a synonym (the longest first), and single words. */
function segments(query: string, synonyms: Synonym[]): Segment[] {
  const typed = splitWords(query);
  const words = typed.map(plain);
  const out: Segment[] = [];
  for (let i = 0; i < typed.length; ) {
    let best: Synonym | undefined;
    for (const synonym of synonyms) {
      const n = synonym.words.length;
      if (synonym.others.length > 0 && n > (best?.words.length ?? 0) && synonym.words.every((word, k) => sameWord(words[i + k]!, word))) best = synonym;
    }
    const text = typed.slice(i, (i += best?.words.length ?? 1)).join(' ');
    const found = best?.found ?? true;
    out.push({ text, found, forms: [...(found ? [text] : []), ...(best?.others ?? [])] });
  }
  return out;
}

/**
 * The strings to search for a query: its words as typed first, then with its words that have
 * synonyms replaced (one replacement before two), at most `max` in all. A string that keeps a word
 * no page holds (a synonym marked not searched) is left out: it would find nothing.
 */
export function queryVariants(query: string, synonyms: Synonym[], max = MAX_SEARCHES): string[] {
  const parts = segments(query, synonyms);
  const replaced = (choice: number[]) => choice.filter((form, k) => form > 0 || !parts[k]!.found).length;
  // Each variant takes one form per part. Only the `max` with the fewest replacements are kept at
  // each step, so a long query stays cheap.
  let choices: number[][] = [[]];
  for (const part of parts) {
    choices = choices
      .flatMap((choice) => part.forms.map((_, form) => [...choice, form]))
      .sort((a, b) => replaced(a) - replaced(b))
      .slice(0, max);
  }
  return choices.map((choice) => choice.map((form, k) => parts[k]!.forms[form]).join(' '));
}

/**
 * A string to search, without its stop words: nearly every page holds them, so they find no fewer
 * pages, and each costs Pagefind the index chunk it is in, the largest ones ("de" is on every
 * page). A string of stop words alone is kept as it is.
 */
export function withoutStopWords(text: string, stopWords: string): string {
  const stop = new Set(stopWords.split(/\s+/).map(plain));
  const kept = splitWords(text).filter((word) => !stop.has(plain(word)));
  return kept.length > 0 ? kept.join(' ') : text;
}

/** The words of a query of several words that are not stop words (compared without accents). */
export function wordsThatMatter(query: string, stopWords: string): string[] {
  const words = splitWords(query);
  if (words.length < 2) return [];
  const stop = new Set(stopWords.split(/\s+/).map(plain));
  return [...new Set(words.filter((word) => !stop.has(plain(word))))];
}

/**
 * For the fallback: what to search for each word of the query that matters (or each phrase that
 * is a synonym): the word as typed, or its synonym where no page holds the typed word. Each is
 * searched alone, and each counts once however often it was typed. A query of one word gives
 * nothing: there is nothing to drop.
 */
export function fallbackUnits(query: string, stopWords: string, synonyms: Synonym[]): string[] {
  const stop = new Set(stopWords.split(/\s+/).map(plain));
  const parts = splitWords(query).length > 1 ? segments(query, synonyms) : [];
  return [...new Set(parts.filter((part) => !splitWords(part.text).every((word) => stop.has(plain(word)))).map((part) => part.forms[0]!))];
}

/**
 * Several lists of results as one, each page once, best first. Each list's scores are multiplied by
 * its weight (1 by default). A page found by several lists takes its best score; with `sum`, pages
 * found by more lists come first, then by the sum of their scores.
 */
export function mergeResults<T extends { id: string; score: number }>(lists: T[][], weights: number[] = [], sum = false): T[] {
  const seen = new Map<string, T & { lists: number }>();
  lists.forEach((results, i) => {
    for (const result of results) {
      const score = result.score * (weights[i] ?? 1);
      const page = seen.get(result.id);
      if (!page) seen.set(result.id, { ...result, score, lists: 1 });
      else {
        page.lists += 1;
        page.score = sum ? page.score + score : Math.max(page.score, score);
      }
    }
  });
  return [...seen.values()].sort((a, b) => (sum ? b.lists - a.lists : 0) || b.score - a.score);
}

export interface Found<T> {
  results: T[];
  /** The results hold only some of the words (the fallback). */
  partial: boolean;
  /** In the fallback, how many of the words that matter (or their synonyms) found pages. */
  held?: number;
}

/**
 * A query's results: its variants with synonyms, searched at once, each page with its best score
 * (a page found only through a synonym has its score multiplied by SYNONYM_FACTOR); when none finds
 * a page, the fallback on the words that matter. `search` is Pagefind's search of one string (with
 * the page's filters).
 */
export async function findPages<T extends { id: string; score: number }>(
  query: string,
  search: (term: string) => Promise<T[]>,
  { stopWords = '', synonyms = [] }: { stopWords?: string; synonyms?: Synonym[] } = {},
): Promise<Found<T>> {
  const typed = plain(withoutStopWords(query, stopWords));
  const searchAll = async (terms: string[]) => mergeResults(await Promise.all(terms.map(search)), terms.map((term) => (typed.includes(plain(term)) ? 1 : SYNONYM_FACTOR)));
  const found = await searchAll([...new Set(queryVariants(query, synonyms).map((variant) => withoutStopWords(variant, stopWords)))]);
  if (found.length > 0) return { results: found, partial: false };
  // Pages holding more of the words first, then by the sum of their scores.
  const lists = await Promise.all(fallbackUnits(query, stopWords, synonyms).map(search));
  const results = mergeResults(lists, [], true);
  return { results, partial: results.length > 0, held: lists.filter((list) => list.length > 0).length };
}
