/**
 * Runs the search page's extras (./extras.ts) each time the search script (./search.ts) has shown
 * a search's results, which it says by setting `data-found` (how many it found) on
 * [data-search-app], and when the filters are opened (for their counts). A script of its own,
 * inlined in the page beside the search script and sharing no module with it (each stays under
 * Astro's 4,096-byte inline limit; a file of its own would be one more request, and a module file
 * does not load in the offline copy opened from file://).
 */
import { searched } from './extras';

export function watchSearch(doc: Document): void {
  const app = doc.querySelector<HTMLElement>('[data-search-app]');
  const filters = app?.querySelector<HTMLDetailsElement>('[data-search-filters]');
  if (!app || !filters) return;
  const update = () => {
    if (app.dataset['found'] !== undefined) void searched(doc);
  };
  new MutationObserver(update).observe(app, { attributeFilter: ['data-found'] });
  filters.addEventListener('toggle', update);
}
