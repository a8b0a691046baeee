/**
 * The header's search box, on every page: when it gets focus, the browser starts fetching what a
 * first search needs, so the results page finds it in its cache instead of waiting a round trip for
 * each file on a slow line: Pagefind's script (`data-search-prefetch`), then, named by Pagefind's
 * entry file (`data-search-entry`, about 150 bytes), the WebAssembly and the index metadata of the
 * page's language, the largest part of a first search.
 */
interface Entry {
  languages?: Record<string, { hash?: string; wasm?: string | null }>;
}

export function prefetchSearchOnFocus(doc: Document): void {
  const input = doc.querySelector<HTMLInputElement>('[data-search-prefetch]');
  const script = input?.dataset['searchPrefetch'];
  const entryUrl = input?.dataset['searchEntry'];
  if (!input || !script || !entryUrl) return;
  const prefetch = (href: string) => {
    const link = doc.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    doc.head.append(link);
  };
  input.addEventListener(
    'focus',
    () => {
      prefetch(script);
      const base = new URL('.', new URL(entryUrl, doc.baseURI)).href;
      fetch(entryUrl)
        .then((response) => (response.ok ? (response.json() as Promise<Entry>) : {}))
        .then((entry: Entry) => {
          const language = entry.languages?.[doc.documentElement.lang];
          if (!language?.hash) return;
          prefetch(`${base}wasm.${language.wasm ?? 'unknown'}.pagefind`);
          prefetch(`${base}pagefind.${language.hash}.pf_meta`);
        })
        // Only a head start: the search page loads what it needs whatever happens here.
        .catch(() => undefined);
    },
    { once: true },
  );
}
