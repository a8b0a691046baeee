/**
 * What the content check reports: a problem names the file, the field and the fix, and the build
 * prints every problem at once, grouped by file.
 */
import type { CollectionName } from '../../schemas/collections';
import type { Locale } from '../../i18n/locales';

export interface Problem {
  /** The file, relative to the project (or to the folder the check was given). */
  file: string;
  /** The field, as a path like `regions[0]`, when the problem is in one field. */
  field?: string | undefined;
  /** What is wrong and how to fix it. */
  message: string;
}

export interface CheckedEntry {
  collection: CollectionName;
  /** The entry's slug path without language: "oit", "ruta-de-derivacion/1.0". */
  id: string;
  /** For page-like entries, the language of the file. */
  lang?: Locale | undefined;
  file: string;
  data: Record<string, unknown>;
  /** For entries of a YAML list (hotlines, glossary…): the position in the list, from 0. */
  index?: number | undefined;
}

export interface CheckResult {
  entries: CheckedEntry[];
  problems: Problem[];
}

/** Turns a zod issue path into the way an editor writes it: `sources[0].url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** Formats problems as the build prints them: one block per file. */
export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const blocks = [...byFile].map(
    ([file, list]) => `${file}\n${list.map((p) => `  - ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n')}`,
  );
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `The content has ${count}. Fix ${problems.length === 1 ? 'it' : 'them'} and build again.\n\n${blocks.join('\n\n')}`;
}
