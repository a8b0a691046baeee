/**
 * The facts registry: content/facts/<topic>.yaml, each file a list of facts the site states about
 * the world (a hotline's number, its hours and cost, a law's number and date, an amount, a date of
 * the Alliance, the name of an institution), each with its sources, how sure we are of it, and the
 * day someone last checked it. Hotlines and services name facts by id instead of holding a copy;
 * the content check refuses a phone number, law number or amount in any text that no fact holds;
 * /fuentes/ lists every fact. See docs/facts.md.
 */
import { z } from 'astro/zod';
import { date, phone, slug, text } from './common';
import { localized, translations } from './data';
import { localeCodes } from '../i18n/locales';

/** What a fact is about. The content check reads `phone`, `law` and `amount` values in page text. */
export const FACT_KINDS = ['phone', 'hours', 'cost', 'law', 'article', 'amount', 'date', 'name', 'other'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

const PUBLISHED = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const perLanguage = `{ ${localeCodes.map((l) => `${l}: "…"`).join(', ')} }`;

/** One source of a fact: what it is, who published it, when, and where a reader can find it. */
export const factSource = z
  .object(
    {
      /** The title of the page or document, as published. */
      title: text('the title of the source, as published'),
      /** Who published it, e.g. "Ministerio del Interior (gob.pe)" or "Agencia Andina". */
      publisher: text('who published the source, e.g. publisher: "Agencia Andina"'),
      /** When it was published: "2021-01-17", or "2021-01" or "2021" when only that is known. */
      date: z
        .string({ error: 'must be the publication date in quotes: "2021-01-17", "2021-01" or "2021"' })
        .regex(PUBLISHED, { error: 'must be the publication date as "YYYY-MM-DD", "YYYY-MM" or "YYYY" (leave it out when unknown)' })
        .optional(),
      /** The exact web address, when the source is online and the address is known. */
      url: z.url({ error: 'must be a full web address starting with https:// (or use document: when the address is unknown)' }).optional(),
      /** Where to find it when there is no exact address, e.g. "Diario La República (larepublica.pe)". */
      document: z.string().trim().min(1).optional(),
    },
    { error: 'each source must be an entry with title, publisher and a url or document' },
  )
  .refine((s) => s.url || s.document, { error: 'needs a url or a document: say where a reader can check this source' });

/** One fact: an entry of a list in content/facts/<topic>.yaml. */
export const factSchema = () =>
  z.object({
    /** Identifier that hotlines, services and /fuentes/#<id> use, e.g. "linea-1818-numero". */
    id: slug(),
    /** What kind of fact: phone, hours, cost, law, article, amount, date, name (of an institution) or other. */
    kind: z.enum(FACT_KINDS, { error: `must be one of: ${FACT_KINDS.join(', ')}` }),
    /**
     * The fact itself, as the site writes it: "1818", "Ley N° 28950", "US$5 millones". Text that
     * differs per language (hours, cost) is given per language, as in the other data files.
     */
    value: z.union([z.string().trim().min(1), localized('the value')], {
      error: `must be the value as the site writes it, in quotes ("1818", "Ley N° 28950"), or per language: ${perLanguage}`,
    }),
    /** One sentence of your own saying what the fact is, e.g. "Número de la Línea 1818 del Mininter". */
    statement: localized('one sentence saying what the fact is'),
    /** CONFIRMED: read in the source named. LIKELY: from a secondary source. Nothing else is published. */
    confidence: z.enum(['CONFIRMED', 'LIKELY'], {
      error: 'must be CONFIRMED (read in the source) or LIKELY (a secondary source); an unverified fact is not published',
    }),
    /** A short note on the limits of the fact, e.g. "vigente en 2013; hoy, probable". */
    note: localized('a note on the limits of the fact').optional(),
    /**
     * `false` for a number the site mentions but must not offer to call: one announced and not
     * known to work (the 911). It is then never made a tel: link. Numbers are callable by default.
     */
    callable: z.boolean({ error: 'must be true or false' }).default(true),
    /** The day someone last checked the fact against its sources (YYYY-MM-DD). */
    verified: date(),
    /** Status of the texts in other languages, e.g. `translation: { qu: draft }`. */
    translation: translations,
    /** Where the fact comes from: at least one source. */
    sources: z
      .array(factSource, { error: 'must be a list of sources (each with title, publisher and url or document)' })
      .min(1, { error: 'is empty: a fact needs at least one source' }),
  }).superRefine((fact, ctx) => {
    // A number is dialled from its value: it must be one, in one form for every language.
    if (fact.kind !== 'phone') return;
    const checked = phone().safeParse(fact.value);
    if (!checked.success) ctx.addIssue({ code: 'custom', path: ['value'], message: checked.error.issues[0]?.message ?? 'must be a phone number' });
  });

export type Fact = z.infer<ReturnType<typeof factSchema>>;
