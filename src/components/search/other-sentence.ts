/**
 * For a sentence (three words or more) that found fewer than four results, or results holding only
 * some of its words (the fallback): "Hay resultados en quechua" ("… en castellano" on the Quechua
 * page), linking the same query there, when the other language's first-answer index
 * (src/lib/search/first-answer/) holds more of the sentence's words than the page's own search
 * found: the reader most likely typed in the other language. The search script (./search.ts)
 * calls it once its results are shown; a word or two is counted exactly by Pagefind instead, in
 * the extras (./extras.ts: FEW and MAX_WORDS there are the same four results and two words). For
 * a sentence that would cost the other language's whole index, while this costs a file of about
 * 1 KB per word (six at most: a longer sentence gets no line). The index keeps a word's best eight
 * pages only, so the line says that there are results, not how many.
 *
 * Read from [data-search-app]: `data-other-first` and `data-other-first-files` (written by the
 * build beside `data-first`), `data-stop-words`, `data-other-some`, `data-other-href`,
 * `data-other-lang`.
 */
import { firstSearch } from '../../lib/search/first-answer/lookup';
import { loadFirst } from './first-answer';
import { fallbackUnits, type Found } from '../../lib/search/query';

/** Fewer results than a page shows. */
const FEW = 4;
/** A query of more words than this is a sentence. */
const MAX_WORDS = 2;

/**
 * Shows `line` when the sentence `q`, whose search here gave `found`, is more the other
 * language's; `stale()`: a newer search has come.
 */
export async function sentenceInOtherLanguage(line: HTMLElement, q: string, found: Found<unknown>, text: DOMStringMap, stale: () => boolean): Promise<void> {
  const n = found.results.length;
  const { otherFirst: base, otherFirstFiles: files, stopWords, otherSome = '', otherHref, otherLang = '' } = text;
  if (q.split(/\s+/).length <= MAX_WORDS || (n >= FEW && !found.partial) || !base) return;
  // The words that matter, by the page's own stop words only: the other language's would cost the
  // page about 200 bytes of its 14,600, and the Quechua list holds the commonest Spanish ones too.
  const words = fallbackUnits(q, stopWords ?? '', []);
  // Words the search here found pages for: all of them, unless it fell back to some.
  const here = found.partial ? (found.held ?? 0) : n && words.length;
  const search = firstSearch(loadFirst(base), Number(files));
  // More words than files the line may cost: firstSearch throws, and no line is shown.
  const there = (await Promise.all(words.map(search))).filter((pages) => pages.length > 0).length;
  const a = line.querySelector('a');
  if (!a || stale() || there <= here) return;
  a.textContent = otherSome;
  a.href = `${otherHref}?q=${encodeURIComponent(q)}`;
  a.hreflang = otherLang;
  line.hidden = false;
}
