/**
 * The header's search box, on every page: when it gets focus, the browser starts fetching what a
 * first search needs, so the results page finds it in its cache instead of waiting a round trip for
 * each file on a slow line. What to fetch, per language of the page (`lang`), is a list the build
 * writes (`data-search-prefetch`, src/lib/search/on-demand.ts): Pagefind's script, the WebAssembly
 * and the index metadata, the largest part of a first search; nothing where the search page leaves
 * Pagefind until the reader asks for it (a large site).
 */
export function prefetchSearchOnFocus(doc: Document): void {
  const input = doc.querySelector<HTMLInputElement>('[data-search-prefetch]');
  const list = input?.dataset['searchPrefetch'];
  if (!input || !list) return;
  input.addEventListener(
    'focus',
    () => {
      fetch(list)
        .then((response) => (response.ok ? (response.json() as Promise<Record<string, string[]>>) : {}))
        .then((files: Record<string, string[]>) => {
          for (const href of files[doc.documentElement.lang] ?? []) {
            const link = doc.createElement('link');
            link.rel = 'prefetch';
            link.href = href;
            doc.head.append(link);
          }
        })
        // Only a head start: the search page loads what it needs whatever happens here.
        .catch(() => undefined);
    },
    { once: true },
  );
}
