/**
 * The first answer of the search page: titles and links from the build's small index
 * (src/lib/search/first-answer/), shown while Pagefind's script and WebAssembly are still
 * arriving. It asks only for the files holding the query's words (a round trip, a few KB), with
 * the page's synonyms and its fallback on the words that matter (src/lib/search/query.ts). Pagefind
 * then adds the excerpts and the rest in search.ts: results already shown keep their place.
 */
import { findPages, type Synonym } from '../../lib/search/query';
import { firstSearch } from '../../lib/search/first-answer/lookup';

/**
 * Shows the first `max` results of the first answer for `query` in `list` (each with
 * `data-first`, its title and type), unless `stale()` says a newer answer has come. Does nothing
 * when the page names no first-answer index.
 */
export async function showFirstAnswer(app: HTMLElement, list: HTMLElement, query: string, synonyms: Synonym[], max: number, stale: () => boolean): Promise<void> {
  const { first: base, firstFiles, stopWords = '' } = app.dataset;
  if (!base || !firstFiles) return;
  const { results } = await findPages(query, firstSearch(async (n) => (await fetch(`${base}${n}.json`)).json(), Number(firstFiles)), { stopWords, synonyms });
  if (stale()) return;
  const doc = app.ownerDocument;
  for (const page of results.slice(0, max)) {
    const item = doc.createElement('li');
    item.dataset['first'] = '';
    const link = doc.createElement('a');
    link.href = page.id;
    link.textContent = page.title;
    link.className = 'text-lg font-semibold';
    const type = doc.createElement('span');
    type.className = 'ml-2 text-sm';
    type.textContent = page.type;
    item.append(link, type);
    list.append(item);
  }
}
