/**
 * What `npm run build:strict` refuses to publish, and what it only lists.
 *
 * The normal build publishes sample entries with a "contenido de ejemplo" label and draft
 * translations with a "pending review" notice. The strict build is for publishing for real: it
 * takes the entries the content check returns (`checkContent().entries`) and lists
 *
 * - refused: every entry marked `sample: true`, in any collection and language; every draft
 *   translation that a page shows WITHOUT a notice next to it (see DRAFT_NOTICES); and, given the
 *   day of the build, every fact of the registry not verified in the last 12 months
 *   (src/lib/facts/freshness.ts: a normal build only warns about those);
 * - shown with a notice (listed, not refused): draft translations that the reader sees marked as
 *   drafts.
 *
 * Pure TypeScript, no astro:* imports; src/integrations/content-check.ts calls it when STRICT=1.
 */
import type { CheckedEntry, Problem } from './problems';
import type { CollectionName } from '../../schemas/collections';
import { defaultLocale, localeCodes, locales, type Locale } from '../../i18n/locales';
import { staleFacts } from '../facts/freshness';

export interface StrictProblem extends Problem {
  /** `true`: the strict build refuses to publish this; `false`: listed, shown with a notice. */
  refused: boolean;
}

/**
 * How readers are told that a draft translation of a YAML data entry is a draft, per collection:
 * the notice they see, or `undefined` where the draft text is shown with none beside it. Page-like
 * entries (MDX files) always get the layout's notice (`data-draft-notice`, from
 * `translation: draft`). Change an entry here only together with the page that shows the notice.
 *
 * - tools: every page of a tool (steps, map, printable sheet) carries the draft notice: the
 *   layout's, at the top; a step's under its answers, so they stay on a phone's first screen.
 * - glossary: each draft term carries a "borrador" label (`data-draft-term`).
 * - hotlines: the names and purposes appear in the hotlines strip of every page and on the home
 *   page, with no notice beside them. Only the general footer line of Quechua pages says that the
 *   site's Quechua texts are drafts; for the numbers people at risk act on, that is not enough.
 * - calendar: the days are listed on the calendar page with no draft label.
 * - services: their texts have no translations.
 */
export const DRAFT_NOTICES: Partial<Record<CollectionName, string>> = {
  tools: 'the draft notice on every page of the tool',
  glossary: 'the "borrador" label beside each draft term',
};

/** Where the draft text of a data collection without a notice is shown, for the message. */
const SHOWN_WITHOUT_NOTICE: Partial<Record<CollectionName, string>> = {
  hotlines: 'in the hotlines strip of every page and on the home page',
  calendar: 'on the calendar page',
  facts: 'on /fuentes/ and beside the hotlines on the home page',
};

const nameOf = (lang: Locale) => locales[lang].name;

/** Whether a data entry holds any text in `lang` (a `{ es: …, qu: … }` value with a `lang` string). */
function hasTextIn(value: unknown, lang: Locale): boolean {
  if (Array.isArray(value)) return value.some((v) => hasTextIn(v, lang));
  if (!value || typeof value !== 'object' || value instanceof Date) return false;
  const record = value as Record<string, unknown>;
  if (typeof record[defaultLocale] === 'string' && typeof record[lang] === 'string' && record[lang] !== '') return true;
  return Object.entries(record).some(([key, v]) => key !== 'translation' && hasTextIn(v, lang));
}

/** The facts of the registry among the entries, with what the freshness rule needs. */
export const factsAmong = (entries: readonly CheckedEntry[]) =>
  entries
    .filter((e) => e.collection === 'facts')
    .map((e) => ({ id: e.id, file: e.file, index: e.index, verified: e.data.verified as Date }));

/**
 * Everything the strict build refuses or lists, in the order of the entries: for each entry, its
 * sample mark, then its draft translations; then, when `today` is given, the facts not verified
 * in the 12 months before it.
 */
export function strictProblems(entries: readonly CheckedEntry[], today?: Date): StrictProblem[] {
  const out: StrictProblem[] = [];
  if (today) out.push(...staleFacts(factsAmong(entries), today).map((p) => ({ ...p, refused: true })));
  for (const e of entries) {
    const prefix = e.index === undefined ? '' : `[${e.index}].`;
    const label = e.index === undefined ? '' : ` (${e.id})`;
    if (e.data.sample === true) {
      out.push({
        file: e.file,
        field: `${prefix}sample`,
        refused: true,
        message: `is true${label}: this is sample content, not real; replace it with real, sourced text and remove "sample: true", or delete the entry`,
      });
    }
    if (e.lang !== undefined) {
      // A page-like translation: the layout shows the draft notice.
      if (e.lang !== defaultLocale && e.data.translation === 'draft') {
        out.push({
          file: e.file,
          field: 'translation',
          refused: false,
          message: `is draft: the ${nameOf(e.lang)} page is published with the notice that its translation awaits review by a speaker; set "translation: reviewed" with reviewedBy and reviewedOn once one has checked it`,
        });
      }
      continue;
    }
    const translation = (e.data.translation ?? {}) as Record<string, unknown>;
    for (const lang of localeCodes) {
      if (lang === defaultLocale || translation[lang] !== 'draft' || !hasTextIn(e.data, lang)) continue;
      const field = `${prefix}translation.${lang}`;
      const notice = DRAFT_NOTICES[e.collection];
      if (notice) {
        out.push({
          file: e.file,
          field,
          refused: false,
          message: `is draft${label}: its ${nameOf(lang)} text is shown with ${notice}; set "${lang}: { status: reviewed, reviewedBy, reviewedOn }" once a speaker has checked it`,
        });
      } else {
        const where = SHOWN_WITHOUT_NOTICE[e.collection] ?? 'on the site';
        out.push({
          file: e.file,
          field,
          refused: true,
          message: `is draft${label}: its ${nameOf(lang)} text is shown ${where} with no notice that it is a draft; have a speaker review it and set "${lang}: { status: reviewed, reviewedBy, reviewedOn }", or remove its ${lang}: texts (the Spanish text is then shown)`,
        });
      }
    }
  }
  return out;
}

/** The text the strict build prints: what it refuses, then what it only lists. */
export function formatStrict(problems: readonly StrictProblem[]): string {
  const block = (list: readonly StrictProblem[]) => {
    const byFile = new Map<string, StrictProblem[]>();
    for (const p of list) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
    return [...byFile].map(([file, ps]) => `${file}\n${ps.map((p) => `  - ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n')}`).join('\n\n');
  };
  const refused = problems.filter((p) => p.refused);
  const listed = problems.filter((p) => !p.refused);
  const parts: string[] = [];
  if (refused.length > 0) {
    const n = refused.length === 1 ? '1 problem' : `${refused.length} problems`;
    parts.push(
      `npm run build:strict refuses to publish: ${n} (sample content, a draft translation shown without a notice, or a fact not verified in the last 12 months). ` +
        `Fix ${refused.length === 1 ? 'it' : 'them'}, or build with npm run build, which labels them.\n\n${block(refused)}`,
    );
  } else {
    parts.push('npm run build:strict: no sample content, every draft translation is shown with a notice, and every fact was verified in the last 12 months.');
  }
  if (listed.length > 0) {
    parts.push(`Draft translations shown with a notice (published, listed here for review):\n\n${block(listed)}`);
  }
  return parts.join('\n\n');
}
