/**
 * Loads the search page's extras (./extras.ts: filter counts, "Quitar filtros", the no-results
 * help with "¿Quisiste decir …?", the other language's count) only when a search needs them:
 * fewer results than a page shows, a filter ticked, or the filters opened. A search with a page of
 * results and no filter costs nothing more. The search script (./search.ts) says a search ended
 * by setting `data-found` (how many it found) on [data-search-app]; nothing here is shared with it,
 * so it stays inlined in the page.
 */
/** Results the search page shows at once (./search.ts, PAGE_SIZE): fewer, and the other language may help. */
const FEW = 4;

export function watchSearch(doc: Document): void {
  const app = doc.querySelector<HTMLElement>('[data-search-app]');
  const filters = app?.querySelector<HTMLDetailsElement>('[data-search-filters]');
  if (!app || !filters) return;
  let loaded = false;
  const update = () => {
    const found = app.dataset['found'];
    if (found === undefined) return;
    if (!loaded && Number(found) >= FEW && !filters.open && !app.querySelector('input[type="checkbox"]:checked')) return;
    loaded = true;
    void import('./extras').then((extras) => extras.searched(doc));
  };
  new MutationObserver(update).observe(app, { attributeFilter: ['data-found'] });
  filters.addEventListener('toggle', update);
}
