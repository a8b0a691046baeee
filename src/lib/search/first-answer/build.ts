/**
 * The first answer's index, made by the build from the pages Pagefind indexes: for every word of a
 * language, the few pages that hold it best, with their titles, in small files a search page
 * fetches by the words typed (keys.ts). It needs no WebAssembly and no second round trip, so the
 * search page can show titles and links while Pagefind's own files are still arriving
 * (docs/phone.md). Pages are scored as the offline copy's engine scores them (title, headings,
 * text: src/lib/offline-copy/search-engine.ts), for each word and every longer word it begins.
 */
import { fieldScore, prepare, stem, type IndexPage } from '../../offline-copy/search-engine.ts';
import { RANKING } from '../query.ts';
import { fileOf, type FirstFile } from './keys.ts';

/**
 * Pages kept for each word: a first answer shows four; the rest let a query of several words find
 * pages that hold them all. Each costs about 30 bytes of a file.
 */
export const PAGES_PER_WORD = 8;
/**
 * Words per file, on average: a file is then about 0.8 KB brotli (1.4 KB at most) whatever the size
 * of the site, since a word keeps at most PAGES_PER_WORD pages. Fewer words per file would save a
 * query little and multiply the files (about 1,500 for the two languages of this site).
 */
export const WORDS_PER_FILE = 8;

/**
 * A word in a page's title counts this many times one in its text, as Pagefind's title weighs in
 * the site's ranking (RANKING in src/lib/search/query.ts): the first answer then puts first the
 * page Pagefind puts first for two queries in three (docs/phone.md).
 */
export const TITLE_WEIGHT = RANKING.metaWeights.title;

/** What a result shows beside its title, as the search page writes it: the type, and a protocol's version. */
export const typeLabel = (page: IndexPage): string => [page.f['tipo']?.[0], page.m['version'] && `v${page.m['version']}`].filter(Boolean).join(' · ');

/**
 * The keys a word of a page is found by: itself, its stem, and itself less one or two last letters
 * (at least four kept), so that a word typed without the ending a page gives it ("hospedaje" for
 * "hospedajes", "niña" for "niñas") finds it. A page is found by a key when one of its words begins
 * with it, as in the engine.
 */
export const keysOf = (word: string): string[] => [word, stem(word), ...[1, 2].filter((cut) => word.length - cut >= 4).map((cut) => word.slice(0, -cut))];

/**
 * The files of one language's first-answer index (`files.length` is the number the search page
 * needs to find a word's file). `page.u` is the page's address on the site.
 */
export function firstAnswerFiles(pages: IndexPage[], perWord = PAGES_PER_WORD, wordsPerFile = WORDS_PER_FILE): FirstFile[] {
  const prepared = pages.map(prepare);
  const keys = new Set<string>();
  for (const page of prepared) for (const word of [...page.title, ...page.headings, ...page.text]) for (const key of keysOf(word)) keys.add(key);
  /** Per key: [page, score] pairs, the best kept. */
  const best = new Map<string, [number, number][]>();
  const keep = (list: [number, number][]) => list.sort((a, b) => b[1] - a[1] || a[0] - b[0]).splice(perWord);
  prepared.forEach((page, index) => {
    // How often each field holds a word beginning with each key, as the engine counts it.
    const counts = new Map<string, [number, number, number]>();
    [page.title, page.headings, page.text].forEach((list, field) => {
      const times = new Map<string, number>();
      for (const word of list) times.set(word, (times.get(word) ?? 0) + 1);
      for (const [word, n] of times) {
        for (let end = 1; end <= word.length; end++) {
          const key = word.slice(0, end);
          if (!keys.has(key)) continue;
          let count = counts.get(key);
          if (!count) counts.set(key, (count = [0, 0, 0]));
          count[field as 0 | 1 | 2] += n;
        }
      }
    });
    for (const [key, [title, headings, text]] of counts) {
      let list = best.get(key);
      if (!list) best.set(key, (list = []));
      list.push([index, fieldScore(title, headings, text, TITLE_WEIGHT)]);
      if (list.length > perWord * 4) keep(list);
    }
  });
  const files: FirstFile[] = Array.from({ length: Math.max(1, Math.ceil(keys.size / wordsPerFile)) }, () => ({ p: [], w: {} }));
  const local = files.map(() => new Map<number, number>());
  for (const key of [...keys].sort()) {
    const list = best.get(key) ?? [];
    keep(list);
    const n = fileOf(key, files.length);
    const file = files[n]!;
    const numbers = local[n]!;
    file.w[key] = list.flatMap(([index, score]) => {
      let at = numbers.get(index);
      if (at === undefined) {
        const page = pages[index]!;
        numbers.set(index, (at = file.p.length));
        file.p.push([page.u, page.t, typeLabel(page)]);
      }
      return [at, score];
    });
  }
  return files;
}
