/**
 * The search's synonyms, as editors write them: one YAML file per language,
 * content/data/search-synonyms/<locale>.yaml, a list of groups of words that mean the same to a
 * reader (`words`), each with a `note` saying why. The build checks every file (file, entry, fix),
 * keeps in each group only the words its language's index finds as words to search for (the others
 * still lead to them when typed) and gives the search page the result in one short attribute, which
 * src/lib/search/query.ts reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { fieldPath, type Problem } from '../content/problems';
import { GROUP_SEPARATOR, NOT_SEARCHED, WORD_SEPARATOR, plain } from './query.ts';

/** Where a language's synonyms live, under the content folder. */
export const synonymsFile = (contentDir: string, locale: string): string => join(contentDir, 'data', 'search-synonyms', `${locale}.yaml`);

/** Letters (any script, with their accents), digits, spaces, apostrophes and hyphens: what a reader types. */
const WORD = /^[\p{L}\p{M}\p{N}'’ -]+$/u;

const wordSchema = z
  .string({ error: 'must be a word in quotes or plain text, like hotel' })
  .trim()
  .min(1, { error: 'is empty: write the word, or remove the line', abort: true })
  .max(40, 'is longer than 40 characters: a synonym is a word or a short phrase')
  .regex(WORD, 'may hold only letters, digits, spaces, apostrophes and hyphens: write the word as a reader types it');

const groupSchema = z.strictObject(
  {
    words: z.array(wordSchema, { error: 'must be a list of words, like [hotel, hospedaje]' }).min(2, 'needs at least two words that mean the same'),
    note: z
      .string({ error: 'is missing: add note: "…", saying why these words mean the same on this site (who types which, which the pages use)' })
      .trim()
      .min(1, 'is empty: say why these words mean the same on this site')
      .max(300, 'is longer than 300 characters: keep the note to a sentence or two'),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `has ${issue.keys.map((k) => `"${k}"`).join(', ')}, which is not a field of a synonym group: only words and note` : 'must be a group with words: […] and note: "…"') },
);

export interface SynonymsRead {
  groups: { words: string[]; note: string }[];
  problems: Problem[];
}

/**
 * Reads and checks one language's synonyms file (none is no synonyms). Problems name the file
 * relative to `root`, the entry (`[2].words[1]`) and the fix; the groups are returned only when
 * there is none.
 */
export function readSynonyms(file: string, root: string): SynonymsRead {
  if (!existsSync(file)) return { groups: [], problems: [] };
  const name = relative(root, file);
  const problems: Problem[] = [];
  const report = (message: string, field?: string) => problems.push({ file: name, field, message });
  const doc = parseDocument(readFileSync(file, 'utf8'));
  for (const error of doc.errors) report(`the YAML cannot be read at line ${error.linePos?.[0].line ?? '?'}: ${error.message.split('\n')[0]} (check the indentation and the quotes)`);
  if (problems.length > 0) return { groups: [], problems };
  const data: unknown = doc.toJS() ?? [];
  if (!Array.isArray(data)) {
    report('must be a list of groups, each starting with "- words: [...]" (see content/README.md, "Sinónimos de la búsqueda")');
    return { groups: [], problems };
  }
  const groups: SynonymsRead['groups'] = [];
  const seen = new Map<string, number>();
  data.forEach((entry, i) => {
    const parsed = groupSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(issue.message, fieldPath([i, ...issue.path]));
      return;
    }
    const label = parsed.data.words.join(', ');
    parsed.data.words.forEach((word, w) => {
      const key = plain(word);
      const earlier = seen.get(key);
      if (earlier === i) report(`"${word}" is twice in this group (accents and capitals do not count): keep it once`, fieldPath([i, 'words', w]));
      else if (earlier !== undefined) report(`"${word}" is also in group ${earlier + 1} (${data[earlier]?.words?.join?.(', ') ?? ''}); a word may be in one group only: merge the two groups or remove it from one (this is group ${i + 1}: ${label})`, fieldPath([i, 'words', w]));
      else seen.set(key, i);
    });
    groups.push(parsed.data);
  });
  return problems.length > 0 ? { groups: [], problems } : { groups, problems };
}

/**
 * The groups as the search page carries them (`data-synonyms`): groups split by ";", words by "|",
 * in the editor's order (a typed word is also searched as the first other word of its group that
 * the index finds: src/lib/search/query.ts), a word no page holds marked with a leading "~" (typed,
 * it leads to the others; it is never searched for). Groups with no word to search for are dropped.
 */
export function encodeSynonyms(groups: { words: string[] }[], pages: (word: string) => number): string {
  return groups
    .map((group) => group.words.map((word) => (pages(word) > 0 ? word : `${NOT_SEARCHED}${word}`)))
    .filter((words) => words.some((word) => !word.startsWith(NOT_SEARCHED)))
    .map((words) => words.join(WORD_SEPARATOR))
    .join(GROUP_SEPARATOR);
}


