/**
 * The offline copy's search engine as the search page loads it: a plain <script> (bundled by
 * scripts/offline.mjs) placed before the language's index script. It sets the global the page's
 * search module calls; the index is read at the first search, once both scripts have run.
 */
import { createSearch, INDEX_GLOBAL, SEARCH_GLOBAL, type IndexFile } from './search-engine';

type Search = ReturnType<typeof createSearch>;
const scope = globalThis as unknown as Record<string, unknown>;
// The engine lives one folder below the copy's root: results are addressed from the root.
const root = new URL('../', (document.currentScript as HTMLScriptElement | null)?.src ?? location.href).href;
let search: Search | undefined;
const engine = (): Search => {
  const index = scope[INDEX_GLOBAL] as IndexFile | undefined;
  if (!index) throw new Error(`offline search: no index was loaded (the page lacks its ${INDEX_GLOBAL} script)`);
  return (search ??= createSearch(index, root));
};
scope[SEARCH_GLOBAL] = {
  options: (options: Parameters<Search['options']>[0]) => engine().options(options),
  search: (query: string, options: Parameters<Search['search']>[1]) => engine().search(query, options),
};
