/**
 * The header's search box, on every page: when it gets focus, the browser starts fetching what a
 * search needs (Pagefind's script and entry file, named in `data-search-prefetch`), so the
 * results page finds them in its cache instead of waiting a round trip for each on a slow line.
 */
export function prefetchSearchOnFocus(doc: Document): void {
  const input = doc.querySelector<HTMLInputElement>('[data-search-prefetch]');
  const files = input?.dataset['searchPrefetch']?.split(' ') ?? [];
  input?.addEventListener(
    'focus',
    () => {
      for (const href of files) {
        const link = doc.createElement('link');
        link.rel = 'prefetch';
        link.href = href;
        doc.head.append(link);
      }
    },
    { once: true },
  );
}
