/**
 * Comparison between two versions of a protocol, section by section, with word-level changes
 * (the `diff` package's diffWords).
 *
 * Matching a section of the old version with one of the new version, in three passes, each over
 * the sections the earlier passes left unmatched:
 * 1. the same normalized title (case, accents and punctuation ignored) is the same section, even
 *    if its number changed. When several sections share a title, the one with the same number
 *    wins, then the one whose text is the most similar, then the first in document order;
 * 2. sections with the same number whose texts are similar (Dice coefficient of their word sets
 *    ≥ {@link SIMILARITY_THRESHOLD}; when both texts are empty, their titles are compared instead)
 *    are the same section, renamed;
 * 3. sections with similar texts anywhere else are the same section, renamed and renumbered (the
 *    most similar pairs are matched first).
 * Whatever is left is `added` (only in the new version) or `removed` (only in the old one).
 *
 * Kinds of a matched pair:
 * - `unchanged`: same number, same title and same text, character for character;
 * - `changed`: anything else. A section that only moved (same title and text, new number) is
 *   `changed` with `renumbered: true`: its number and anchor are what readers cite, so a reader
 *   must see that they changed. `title` and `text` then hold a single unchanged part each.
 * Flags of a `changed` section:
 * - `renumbered`: the number differs;
 * - `renamed`: the normalized titles differ (a change of case, accents or punctuation alone shows
 *   in `title` but is not a renaming).
 * `counts.renamed` counts the `changed` sections with `renamed: true` (a subset of `changed`).
 */
import { diffWords } from 'diff';
import type { Block, Outline, Section } from '../markdown/sections';
import { sectionText } from '../markdown/sections';

export interface WordPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export type SectionChange =
  | { kind: 'added'; after: Section }
  | { kind: 'removed'; before: Section }
  | { kind: 'unchanged'; before: Section; after: Section }
  | {
      kind: 'changed';
      before: Section;
      after: Section;
      title: WordPart[];
      text: WordPart[];
      renumbered: boolean;
      renamed: boolean;
    };

export interface OutlineComparison {
  /** In the order of the new version; a removed section comes right after the section that preceded it in the old version. */
  changes: SectionChange[];
  counts: { added: number; removed: number; changed: number; renamed: number; unchanged: number };
  /** Word diff of the text before the first section. */
  preamble: WordPart[];
}

/** Minimum Dice coefficient of two word sets for two sections to be taken as the same one. */
export const SIMILARITY_THRESHOLD = 0.5;

/** Lower case, without accents, punctuation or extra spaces: "¿Señales  de Alerta?" → "senales de alerta". */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function wordSet(text: string): Set<string> {
  const normalized = normalizeTitle(text);
  return new Set(normalized === '' ? [] : normalized.split(' '));
}

/** Dice coefficient of the word sets of two texts (0 when either is empty). */
export function similarity(a: string, b: string): number {
  const wa = wordSet(a);
  const wb = wordSet(b);
  // One empty set gives 0 by the formula; both empty would divide by 0.
  if (wa.size + wb.size === 0) return 0;
  let shared = 0;
  for (const word of wa) if (wb.has(word)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

/**
 * diffWords' parts (which it already merges when adjacent and of the same kind, and never leaves
 * empty); `added`/`removed` are present only when true.
 */
export function wordDiff(before: string, after: string): WordPart[] {
  return diffWords(before, after).map((change) => {
    const part: WordPart = { value: change.value };
    if (change.added) part.added = true;
    if (change.removed) part.removed = true;
    return part;
  });
}

function blocksText(blocks: Block[]): string {
  return sectionText({ blocks });
}

/**
 * What a section holds, for matching: its own text, or, for a section that only groups
 * subsections, the titles of those subsections (a renamed group keeps its children).
 */
function contents(sections: Section[]): string[] {
  return sections.map((section, i) => {
    const own = sectionText(section);
    if (own.trim() !== '') return own;
    const children: string[] = [];
    for (const next of sections.slice(i + 1)) {
      if (next.level <= section.level) break;
      children.push(next.title);
    }
    return children.join('\n');
  });
}

/** How alike two sections' contents are; titles stand in for texts when both are empty. */
function contentSimilarity(before: Section, beforeText: string, after: Section, afterText: string): number {
  if (beforeText.trim() === '' && afterText.trim() === '') return similarity(before.title, after.title);
  return similarity(beforeText, afterText);
}

export function compareOutlines(before: Outline, after: Outline): OutlineComparison {
  const olds = before.sections;
  const news = after.sections;
  const oldTexts = olds.map(sectionText);
  const newTexts = news.map(sectionText);
  const oldContents = contents(olds);
  const newContents = contents(news);
  const oldTitles = olds.map((s) => normalizeTitle(s.title));
  const newTitles = news.map((s) => normalizeTitle(s.title));
  /** matchOf[j] = index in `olds` of the section matched with news[j]. */
  const matchOf = new Map<number, number>();
  const oldMatched = new Set<number>();
  const match = (i: number, j: number) => {
    matchOf.set(j, i);
    oldMatched.add(i);
  };
  const sim = (i: number, j: number) =>
    contentSimilarity(olds[i]!, oldContents[i]!, news[j]!, newContents[j]!);

  // 1. The same normalized title.
  news.forEach((section, j) => {
    const candidates = olds
      .map((_, i) => i)
      .filter((i) => !oldMatched.has(i) && oldTitles[i] === newTitles[j]);
    if (candidates.length === 0) return;
    const sameNumber = candidates.find((i) => olds[i]!.number === section.number);
    let best = sameNumber ?? candidates[0]!;
    if (sameNumber === undefined) {
      for (const i of candidates) if (sim(i, j) > sim(best, j)) best = i;
    }
    match(best, j);
  });

  // 2. The same number, similar text: renamed.
  news.forEach((section, j) => {
    if (matchOf.has(j)) return;
    const i = olds.findIndex((s, k) => !oldMatched.has(k) && s.number === section.number);
    if (i >= 0 && sim(i, j) >= SIMILARITY_THRESHOLD) match(i, j);
  });

  // 3. Similar text elsewhere: renamed and renumbered; the most similar pairs first.
  const pairs: { i: number; j: number; score: number }[] = [];
  news.forEach((_, j) => {
    if (matchOf.has(j)) return;
    olds.forEach((_, i) => {
      if (oldMatched.has(i)) return;
      const score = sim(i, j);
      if (score >= SIMILARITY_THRESHOLD) pairs.push({ i, j, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.j - b.j || a.i - b.i);
  for (const { i, j } of pairs) {
    if (!matchOf.has(j) && !oldMatched.has(i)) match(i, j);
  }

  // Removed sections go right after the new place of the closest preceding matched old section.
  const newIndexOfOld = new Map<number, number>();
  for (const [j, i] of matchOf) newIndexOfOld.set(i, j);
  const removedAfter = new Map<number, Section[]>(); // key -1: before every section
  let anchor = -1;
  olds.forEach((section, i) => {
    const j = newIndexOfOld.get(i);
    if (j !== undefined) {
      anchor = j;
      return;
    }
    const list = removedAfter.get(anchor) ?? [];
    list.push(section);
    removedAfter.set(anchor, list);
  });

  const changes: SectionChange[] = [];
  const pushRemoved = (key: number) => {
    for (const section of removedAfter.get(key) ?? []) changes.push({ kind: 'removed', before: section });
  };
  pushRemoved(-1);
  news.forEach((section, j) => {
    const i = matchOf.get(j);
    if (i === undefined) {
      changes.push({ kind: 'added', after: section });
    } else {
      const old = olds[i]!;
      const sameTitle = old.title === section.title;
      const sameText = oldTexts[i] === newTexts[j];
      const renumbered = old.number !== section.number;
      if (sameTitle && sameText && !renumbered) {
        changes.push({ kind: 'unchanged', before: old, after: section });
      } else {
        changes.push({
          kind: 'changed',
          before: old,
          after: section,
          title: wordDiff(old.title, section.title),
          text: wordDiff(oldTexts[i]!, newTexts[j]!),
          renumbered,
          renamed: oldTitles[i] !== newTitles[j],
        });
      }
    }
    pushRemoved(j);
  });

  const counts = { added: 0, removed: 0, changed: 0, renamed: 0, unchanged: 0 };
  for (const change of changes) {
    counts[change.kind]++;
    if (change.kind === 'changed' && change.renamed) counts.renamed++;
  }

  return {
    changes,
    counts,
    preamble: wordDiff(blocksText(before.preamble), blocksText(after.preamble)),
  };
}
