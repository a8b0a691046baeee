/**
 * The first answer of the search page: titles and links from the build's small index
 * (src/lib/search/first-answer/), shown while Pagefind's script and WebAssembly are still
 * arriving. It asks only for the files holding the query's words (a round trip, a few KB), with
 * the page's synonyms and its fallback on the words that matter (src/lib/search/query.ts). Pagefind
 * then adds the excerpts and the rest in search.ts: results already shown keep their place.
 */
import { findPages, type Synonym } from '../../lib/search/query';
import { firstSearch } from '../../lib/search/first-answer/lookup';
import type { FirstFile } from '../../lib/search/first-answer/keys';

/** File `n` of the first-answer index at `base` (also read by ./other-sentence.ts, in the same script). */
export const loadFirst = (base: string) => async (n: number) => (await fetch(`${base}${n}.json`)).json() as Promise<FirstFile>;

/** A result of the list: its title linked, and its type (and a protocol's version) beside it. */
export function resultItem(doc: Document, url: string, title: string, type: string): HTMLLIElement {
  const item = doc.createElement('li');
  const link = doc.createElement('a');
  link.href = url;
  link.textContent = title;
  link.className = 'text-lg font-semibold';
  const label = doc.createElement('span');
  label.className = 'ml-2 text-sm';
  label.textContent = type;
  item.append(link, label);
  return item;
}

/**
 * Shows the first `max` results of the first answer for `query` in `list` (each with
 * `data-first`, its title and type), unless `stale()` says a newer answer has come, and returns
 * how many it shows. Shows none when the page names no first-answer index, or when the query needs
 * more than `maxFiles` of its files (MAX_FILES of lookup.ts unless given).
 */
export async function showFirstAnswer(app: HTMLElement, list: HTMLElement, query: string, synonyms: Synonym[], max: number, stale: () => boolean, maxFiles?: number): Promise<number> {
  const { first: base, firstFiles, stopWords = '' } = app.dataset;
  if (!base || !firstFiles) return 0;
  const { results } = await findPages(query, firstSearch(loadFirst(base), Number(firstFiles), maxFiles), { stopWords, synonyms });
  if (stale()) return 0;
  const shown = results.slice(0, max);
  for (const page of shown) {
    const item = resultItem(app.ownerDocument, page.id, page.title, page.type);
    item.dataset['first'] = '';
    list.append(item);
  }
  return shown.length;
}
