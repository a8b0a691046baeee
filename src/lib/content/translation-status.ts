/**
 * The state of every translation: for each entry and each language other than Spanish, whether
 * its text is reviewed, a draft, outdated (its Spanish source changed after the translation was
 * made) or missing. The translation-status page and the notice on an outdated page both use it,
 * and it runs the same on Astro's collections and on the content check's entries.
 */
export type TranslationState = 'reviewed' | 'draft' | 'outdated' | 'missing';
export const translationStates: TranslationState[] = ['reviewed', 'draft', 'outdated', 'missing'];

/** What the status needs to know about one entry's Spanish text and its translation. */
export interface TranslatableEntry {
  collection: string;
  /** The entry's slug path, the same in every language: "oit", "ruta-de-derivacion/2.0". */
  id: string;
  /** The title readers know the entry by (its Spanish title). */
  title: string;
  /** Spanish source file, as editors see it: "content/partners/oit/es.mdx". */
  file: string;
  /** The day the Spanish text last changed, when the collection tracks it. */
  updated?: Date | undefined;
  /** Per language: the translation, when there is one. */
  translations: Partial<Record<string, Translation>>;
}

/** A speaker's review of a translation: who made it and on which day. */
export interface Review {
  by: string;
  on: Date;
}

/** One translation of an entry: its status, the Spanish text it was made from, its review. */
export interface Translation {
  status: 'draft' | 'reviewed';
  translatedFrom?: Date | undefined;
  file: string;
  /** Present once a speaker has reviewed the text (`translation: reviewed`). */
  review?: Review | undefined;
}

export interface TranslationRow {
  collection: string;
  id: string;
  title: string;
  lang: string;
  state: TranslationState;
  /** The file that holds (or would hold) the translation. */
  file: string;
  /** For an outdated translation: the day the Spanish text changed and the one it was made from. */
  sourceUpdated?: Date | undefined;
  translatedFrom?: Date | undefined;
  /**
   * Who reviewed the translation and when, for a reviewed text, including one that is now outdated
   * because its Spanish source changed after the review.
   */
  review?: Review | undefined;
}

/** A translation made from an older Spanish text than the current one. */
export function isOutdated(sourceUpdated: Date | undefined, translatedFrom: Date | undefined): boolean {
  return Boolean(sourceUpdated && translatedFrom && translatedFrom.getTime() < sourceUpdated.getTime());
}

/** One row per entry and language, in the order given. */
export function translationRows(entries: TranslatableEntry[], langs: string[]): TranslationRow[] {
  return entries.flatMap((e) =>
    langs.map((lang): TranslationRow => {
      const t = e.translations[lang];
      const base = { collection: e.collection, id: e.id, title: e.title, lang };
      if (!t) return { ...base, state: 'missing', file: e.file.replace(/\/es\.mdx$/, `/${lang}.mdx`) };
      const outdated = isOutdated(e.updated, t.translatedFrom);
      return {
        ...base,
        state: outdated ? 'outdated' : t.status,
        file: t.file,
        ...(outdated ? { sourceUpdated: e.updated, translatedFrom: t.translatedFrom } : {}),
        ...(t.review ? { review: t.review } : {}),
      };
    }),
  );
}

export type Counts = Record<TranslationState, number> & { total: number };

/** How many rows are in each state, per collection (in order of first appearance) and per language. */
export function countsByCollection(rows: TranslationRow[]): Map<string, Map<string, Counts>> {
  const out = new Map<string, Map<string, Counts>>();
  for (const row of rows) {
    const byLang = out.get(row.collection) ?? new Map<string, Counts>();
    const counts = byLang.get(row.lang) ?? { reviewed: 0, draft: 0, outdated: 0, missing: 0, total: 0 };
    counts[row.state] += 1;
    counts.total += 1;
    byLang.set(row.lang, counts);
    out.set(row.collection, byLang);
  }
  return out;
}

/** One file's entry, as both Astro's collections and the content check see it. */
export interface EntryRecord {
  collection: string;
  /** Slug path without language. */
  id: string;
  /** Page-like entries: the language of the file. Data entries (YAML) carry every language. */
  lang?: string | undefined;
  file: string;
  data: Record<string, unknown>;
}

/** A data entry's name in `lang`: `title`, `name` or `term`, plain or per language. */
function titleOf(data: Record<string, unknown>, id: string, lang: string): string {
  for (const key of ['title', 'name', 'term', 'statement']) {
    const value = data[key];
    if (typeof value === 'string') return value;
    const text = value && typeof value === 'object' ? (value as Record<string, unknown>)[lang] : undefined;
    if (typeof text === 'string') return text;
  }
  return id;
}

/** The review recorded in `reviewedBy` and `reviewedOn`, when both are there. */
function reviewOf(data: Record<string, unknown> | undefined): Review | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { reviewedBy, reviewedOn } = data;
  return typeof reviewedBy === 'string' && reviewedOn instanceof Date ? { by: reviewedBy, on: reviewedOn } : undefined;
}

/**
 * Groups records into entries with their translations. Page-like entries translate by file
 * (es.mdx, qu.mdx, with `translation` and `translatedFrom`); data entries hold every language in
 * one record, with `translation: { qu: draft }` (or `{ qu: { status: reviewed, reviewedBy, reviewedOn } }`)
 * for the languages they give text in.
 */
export function translatableEntries(records: EntryRecord[], defaultLang: string): TranslatableEntry[] {
  const out = new Map<string, TranslatableEntry>();
  const key = (r: EntryRecord) => `${r.collection}\u0000${r.id}`;
  for (const r of records) {
    if (r.lang !== undefined && r.lang !== defaultLang) continue;
    const translations: TranslatableEntry['translations'] = {};
    if (r.lang === undefined && r.data.translation && typeof r.data.translation === 'object') {
      for (const [lang, status] of Object.entries(r.data.translation as Record<string, unknown>)) {
        if (status === 'draft') translations[lang] = { status, file: r.file };
        const review = reviewOf(status as Record<string, unknown> | undefined);
        if (review) translations[lang] = { status: 'reviewed', file: r.file, review };
      }
    }
    out.set(key(r), {
      collection: r.collection,
      id: r.id,
      title: titleOf(r.data, r.id, defaultLang),
      file: r.file,
      updated: r.data.updated instanceof Date ? r.data.updated : undefined,
      translations,
    });
  }
  for (const r of records) {
    if (r.lang === undefined || r.lang === defaultLang) continue;
    const entry = out.get(key(r));
    const status = r.data.translation;
    if (!entry || (status !== 'draft' && status !== 'reviewed')) continue;
    const from = r.data.translatedFrom;
    const review = status === 'reviewed' ? reviewOf(r.data) : undefined;
    entry.translations[r.lang] = { status, translatedFrom: from instanceof Date ? from : undefined, file: r.file, review };
  }
  return [...out.values()];
}
