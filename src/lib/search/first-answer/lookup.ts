/**
 * A search of one string in a first-answer index (build.ts), as Pagefind's search of one string
 * is used by src/lib/search/query.ts: the pages among the best of each of its words that hold them
 * all, their scores summed (query.ts leaves the stop words out before). `load(n)` gives file n of
 * the index (undefined when it cannot), each asked for once. The search page runs it on fetch(), the relevance check on the built files.
 */
import { fileOf, termKeys, type FirstFile } from './keys.ts';

/** A page found: `id` is its address. */
export interface FirstFound {
  id: string;
  score: number;
  title: string;
  type: string;
}

/**
 * Files one query may ask for: a file for each word that matters and each synonym searched. A
 * longer sentence gets no first answer (the search throws) and waits for Pagefind, so the first
 * answer never costs a first query more than about 6 KB of its 90.
 */
export const MAX_FILES = 6;
/**
 * Files one query may ask for where the first answer is the whole first view (Pagefind on demand on
 * a large site, src/lib/search/on-demand.ts): a sentence with synonyms needs seven or eight there,
 * about 1 KB each, still a tenth of what Pagefind's own files would cost it.
 */
export const MAX_FILES_ALONE = 12;

export function firstSearch(load: (n: number) => Promise<FirstFile | undefined>, files: number, maxFiles = MAX_FILES): (term: string) => Promise<FirstFound[]> {
  const loaded = new Map<number, Promise<FirstFile | undefined>>();
  const file = async (n: number) => {
    if (!loaded.has(n)) {
      if (loaded.size >= maxFiles) throw new Error(`first answer: more than ${maxFiles} files`);
      loaded.set(n, load(n).catch(() => undefined));
    }
    return loaded.get(n)!;
  };
  return async (term) => {
    const lists = await Promise.all(
      termKeys(term).map(async (key) => {
        const found = await file(fileOf(key, files));
        const pairs = found?.w[key] ?? [];
        const pages = new Map<string, FirstFound>();
        for (let i = 0; i < pairs.length; i += 2) {
          const [id, title, type] = found!.p[pairs[i]!]!;
          pages.set(id, { id, title, type, score: pairs[i + 1]! });
        }
        return pages;
      }),
    );
    const [first, ...rest] = lists;
    return [...(first?.values() ?? [])]
      .filter((page) => rest.every((list) => list.has(page.id)))
      .map((page) => ({ ...page, score: lists.reduce((sum, list) => sum + list.get(page.id)!.score, 0) }));
  };
}
