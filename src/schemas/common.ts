/**
 * Fields shared by every collection. Each field carries a line for the people who edit content;
 * each message says what is wrong and how to fix it, because editors read these in a failed build.
 */
import { z } from 'astro/zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date written YYYY-MM-DD. YAML turns an unquoted date into a Date, a quoted one stays
 * a string: both are accepted, and anything else is refused with the expected form.
 */
export const date = () =>
  z.union([z.date(), z.string()], {
    error: 'must be a date written YYYY-MM-DD, for example 2024-10-21',
  }).transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'is not a real date: write it as YYYY-MM-DD, for example 2024-10-21' });
        return z.NEVER;
      }
      return value;
    }
    const parsed = new Date(`${value}T00:00:00Z`);
    if (!ISO_DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a date: write it as YYYY-MM-DD, for example 2024-10-21`,
      });
      return z.NEVER;
    }
    return parsed;
  });

/** A required piece of text: never empty, never only spaces. */
export const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `is missing: add ${what}` : `must be text: write ${what}`) })
    .trim()
    .min(1, { error: `is empty: write ${what}` });

/** A kebab-case identifier, as used in URLs: lower-case letters, digits and hyphens. */
export const slug = () =>
  z
    .string({ error: 'must be a slug (lower-case letters, digits and hyphens), for example "madre-de-dios"' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be a slug (lower-case letters, digits and hyphens, no spaces or accents), for example "madre-de-dios"',
    });

/**
 * A Peruvian phone number as dialled: digits, optionally grouped with hyphens or spaces
 * (e.g. "1818", "105", "0-800-15170"). Letters are refused, because a tel: link made from them
 * would dial nothing.
 */
export const phone = () =>
  z
    .string({ error: 'must be a phone number written as text in quotes, for example "1818"' })
    .regex(/^\+?[0-9](?:[0-9 -]*[0-9])?$/, {
      error: 'must contain only digits, spaces and hyphens (no letters), for example "1818" or "0-800-15170"',
    });

/** Where a fact comes from: a title and either a web address or a document reference. */
export const source = z
  .object(
    {
      /** The title of the page or document, as published. */
      title: text('the title of the source, e.g. "Central Única del Mininter atiende nueve tipos de denuncias"'),
      /** The web address, when the source is online. */
      url: z.url({ error: 'must be a full web address starting with https://' }).optional(),
      /** A printed or official document, when there is no web address (e.g. "DS N° 007-2023-IN"). */
      document: z.string().optional(),
      /** When the source was published, if known. */
      date: z.string().optional(),
    },
    { error: 'each source must be an entry with a title and a url or document' },
  )
  .refine((s) => s.url || s.document, {
    error: 'needs a url or a document: say where a reader can check this source',
  });

/** Governance fields that every entry carries, whatever its collection. */
/**
 * Who approved a document of the site (a protocol, a checklist, a decision tool), with what, when,
 * and where a reader can check it. Without it, the site says the document is its own work, which
 * no authority has approved.
 */
export const approval = z.object(
  {
    /** The approving body, e.g. a ministry or a regional government. */
    body: z.string({ error: 'is missing: name the body that approved it (a ministry, a regional government)' }).trim().min(1, { error: 'is empty: name the body that approved it' }),
    /** The instrument of the approval, e.g. a ministerial or regional resolution with its number. */
    instrument: z
      .string({ error: 'is missing: name the instrument of the approval (resolution, decree) with its number' })
      .trim()
      .min(1, { error: 'is empty: name the instrument (resolution, decree) with its number' }),
    /** The day of the approval (YYYY-MM-DD). */
    date: date(),
    /** Where the approval is published. */
    source: source,
  },
  { error: 'must be an approval record: body, instrument, date and source' },
);

export type Approval = z.infer<typeof approval>;

export const governance = {
  /** Where the facts in this entry come from. At least one source, unless the entry is a sample. */
  sources: z.array(source, { error: 'must be a list of sources (each with title and url or document)' }).default([]),
  /** The day someone last checked this entry against its sources (YYYY-MM-DD). */
  reviewed: date(),
  /**
   * `true` when the entry is illustrative, not real: the site labels it "contenido de ejemplo" and
   * `npm run build:strict` refuses to publish it.
   */
  sample: z.boolean({ error: 'must be true or false' }).default(false),
};

/** Translation state of a text in a language other than Spanish. */
export const translationStatus = z.enum(['draft', 'reviewed'], {
  error: 'must be "draft" (not yet checked by a speaker) or "reviewed"',
});

/** What a speaker's review of a translation records: who reviewed it and on which day. */
const reviewerName = () =>
  text('the name of the speaker who reviewed the translation, e.g. reviewedBy: "Nombre Apellido (institución)"');

/**
 * The review of a data entry's translation (YAML): `draft`, or, once a speaker has checked the
 * text, `{ status: reviewed, reviewedBy: "…", reviewedOn: YYYY-MM-DD }`. A bare `reviewed` is
 * refused: a review names who made it and when.
 */
export const dataTranslationStatus = z.union(
  [
    z.literal('draft'),
    z.strictObject({ status: z.literal('reviewed'), reviewedBy: reviewerName(), reviewedOn: date() }),
  ],
  {
    error:
      'must be draft, or, once a speaker has reviewed the text, { status: reviewed, reviewedBy: "<their name>", reviewedOn: YYYY-MM-DD }',
  },
);
export type DataTranslationStatus = z.infer<typeof dataTranslationStatus>;

/**
 * Fields of a page-like entry (an MDX file named after its language: es.mdx, qu.mdx).
 * `translation` and `translatedFrom` are required in every language but Spanish; the content check
 * enforces that, because the schema cannot see the file name.
 */
export const pageFields = {
  /** The title, shown as the page heading and in search results. */
  title: text('a title, e.g. title: "Organización Internacional del Trabajo (OIT)"'),
  /** One or two sentences for search engines and link previews (at most 200 characters). */
  description: text('a description of one or two sentences').pipe(
    z.string().max(200, { error: 'is longer than 200 characters: shorten it to one or two sentences' }),
  ),
  /** The day the text last changed (YYYY-MM-DD); shown as "Última actualización". */
  updated: date(),
  ...governance,
  /** Only in translations: "draft" until a speaker has reviewed the text. */
  translation: translationStatus.optional(),
  /** Only in translations: the `updated` date of the Spanish text this translation was made from. */
  translatedFrom: date().optional(),
  /** Only in reviewed translations: the speaker who checked the text against its Spanish source. */
  reviewedBy: reviewerName().optional(),
  /** Only in reviewed translations: the day the speaker checked it (YYYY-MM-DD). */
  reviewedOn: date().optional(),
};

export type Source = z.infer<typeof source>;
