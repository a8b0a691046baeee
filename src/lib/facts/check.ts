/**
 * The content check's side of the registry (called from src/lib/content/rules.ts):
 *
 * - every phone number, law or decree number and amount in the text of any entry, in any
 *   language, must be held by a fact of content/facts/; the message names the file, the line and
 *   the registry file to add it to;
 * - a fact of kind phone, law or amount must be written so the check can read it;
 * - hotlines and services name facts of the right kind (a number names a phone fact).
 */
import type { FactKind } from '../../schemas/facts';
import type { CheckedEntry, Problem } from '../content/problems';
import { heldKeys, KIND_NAMES, REGISTRY_FILES, valueTexts, type FactLike } from './registry';
import { keysOf, scanFile, type ClaimKind } from './scan';

/** A content file as the check read it, for the scanner. */
export interface ScannedFile {
  /** As shown to editors: "content/news/x/es.mdx". */
  file: string;
  text: string;
  format: 'yaml' | 'mdx';
  /** The collection the file belongs to, when known. */
  collection?: string | undefined;
}

const WHAT: Record<ClaimKind, string> = {
  phone: 'the phone number',
  law: 'the law or decree',
  amount: 'the amount',
};

const EXAMPLE: Partial<Record<FactKind, string>> = {
  law: '"Ley N° 28950", "DS N° 007-2023-IN", "D. L. N° 1297" or "RM N° 1218-85-ED"',
  amount: '"US$5 millones" or "S/ 8 millones"',
};

/** Which fields of which collection name facts, and the kind each must name. */
const FACT_FIELDS: Partial<Record<CheckedEntry['collection'], Record<string, FactKind>>> = {
  hotlines: { number: 'phone', hours: 'hours', cost: 'cost' },
  services: { phone: 'phone', hours: 'hours' },
};

const factsOf = (entries: readonly CheckedEntry[]) =>
  entries.filter((e) => e.collection === 'facts').map((e) => ({ entry: e, fact: e.data as unknown as FactLike }));

export function factProblems(entries: readonly CheckedEntry[], files: readonly ScannedFile[]): Problem[] {
  const problems: Problem[] = [];
  const facts = factsOf(entries);

  // A value the scanner cannot read would hold nothing: the text that states it would be refused.
  for (const { entry, fact } of facts) {
    const example = EXAMPLE[fact.kind];
    if (!example) continue;
    for (const text of valueTexts(fact)) {
      if (keysOf(text, fact.kind).length === 0) {
        problems.push({
          file: entry.file,
          field: `[${entry.index ?? 0}].value`,
          message: `is "${text}", which does not read as ${KIND_NAMES[fact.kind]}: write it as the pages do, e.g. ${example}`,
        });
      }
    }
  }

  // Fields that name a fact name one of the right kind.
  const kinds = new Map(facts.map(({ fact }) => [fact.id, fact.kind]));
  for (const e of entries) {
    const fields = FACT_FIELDS[e.collection];
    if (!fields) continue;
    for (const [field, wanted] of Object.entries(fields)) {
      const ref = e.data[field] as { id?: string } | undefined;
      const kind = ref?.id === undefined ? undefined : kinds.get(ref.id);
      if (kind === undefined || kind === wanted) continue;
      problems.push({
        file: e.file,
        field: `${e.index === undefined ? '' : `[${e.index}].`}${field}`,
        message: `names the fact "${ref?.id}", which is ${KIND_NAMES[kind]}, not ${KIND_NAMES[wanted]}: name a fact with "kind: ${wanted}" from content/facts/`,
      });
    }
  }

  // Every claim in the text is held by a fact.
  const held = heldKeys(facts.map(({ fact }) => fact));
  for (const { file, text, format } of files) {
    for (const claim of scanFile(text, format)) {
      if (held.has(claim.key)) continue;
      problems.push({
        file,
        field: `line ${claim.line}`,
        message:
          `states ${WHAT[claim.kind]} "${claim.text}", which the facts registry does not hold: ` +
          `add it with its sources to ${REGISTRY_FILES[claim.kind]} (docs/facts.md says how), or remove it from the text`,
      });
    }
  }
  return problems;
}
