/**
 * The first answer's index as the browser and the build both read it: which file holds a word, and
 * what a file holds. Words are compared as the offline copy's engine compares them (plain, a final
 * "s"/"es" dropped: src/lib/offline-copy/search-engine.ts), so both searches agree on what a word is.
 */
import { stem, words } from '../../offline-copy/search-engine.ts';

/**
 * One file of a language's first-answer index: the pages it names (address, title, type as the
 * search page shows it) and, for each of its words, the best pages holding it, as pairs of a page
 * of `p` and its score, best first.
 */
export interface FirstFile {
  p: [url: string, title: string, type: string][];
  w: Record<string, number[]>;
}

/** The keys of a search term: its words, compared plain, a final "s"/"es" dropped, each once. */
export const termKeys = (term: string): string[] => [...new Set(words(term).map(stem))].filter(Boolean);

/**
 * The file (0 … files − 1) that holds a key: FNV-1a of its UTF-16 code units, so the browser finds
 * it from the key and the number of files alone, without a list of the files.
 */
export function fileOf(key: string, files: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash % files;
}
