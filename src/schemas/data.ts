/**
 * Schemas of the YAML data files in content/data/. Strings that readers see are given per language:
 * `{ es: "…", qu: "…" }` (one key per language of src/i18n/locales.ts); Spanish is required, other
 * languages fall back to it.
 */
import { z } from 'astro/zod';
import { defaultLocale, localeCodes, translationLocales, type DefaultLocale, type Locale } from '../i18n/locales';
import { approval, dataTranslationStatus, date, governance, slug, type DataTranslationStatus } from './common';
import type { RefFactory } from './refs';

/** A text in each language: the default language's is required, the others are optional. */
export type LocalizedText = { [L in DefaultLocale]: string } & { [L in Exclude<Locale, DefaultLocale>]?: string | undefined };

const example = `{ ${localeCodes.map((l) => `${l}: "…"`).join(', ')} }`;

/** A string in each language; Spanish is required. */
export const localized = (what: string) =>
  z.object(
    {
      [defaultLocale]: z.string({ error: `is missing its Spanish text: add ${defaultLocale}: "${what}"` }).trim().min(1, { error: `is empty: write ${what} in Spanish` }),
      ...Object.fromEntries(translationLocales.map((l) => [l, z.string().trim().min(1).optional()])),
    },
    { error: `must give the text per language, e.g. ${example} (${what})` },
  ) as unknown as z.ZodType<LocalizedText>;

/**
 * Status of the translated strings of a data entry, e.g. `translation: { qu: draft }`, or
 * `translation: { qu: { status: reviewed, reviewedBy: "…", reviewedOn: 2026-12-01 } }`.
 */
export const translations = z
  .object(Object.fromEntries(translationLocales.map((l) => [l, dataTranslationStatus.optional()])))
  .default({}) as unknown as z.ZodDefault<z.ZodType<{ [L in Exclude<Locale, DefaultLocale>]?: DataTranslationStatus | undefined }>>;

/**
 * A national hotline: one entry of content/data/hotlines.yaml. Its number, hours and cost are not
 * written here: they name facts of the registry (content/facts/), which hold the value, its
 * sources and the day it was last verified.
 */
export const hotlineSchema = (ref: RefFactory) =>
  z.object({
    /** Identifier, e.g. "linea-1818". */
    id: slug(),
    /** The line's name, e.g. { es: "Línea 1818" }. */
    name: localized('the line name'),
    /** The id of the fact (kind: phone) that holds the number, e.g. "linea-1818-numero". */
    number: ref('facts'),
    /** Who runs it, e.g. "Ministerio del Interior". */
    operator: z.string().trim().min(1),
    /** What to call it for, in one short sentence. */
    purpose: localized('what the line is for'),
    /**
     * What to call it for in two to four words, shown beside the number wherever the line is
     * offered as a call ("1818 · denunciar trata"): the strip on every page, the region pages.
     */
    label: localized('what the line is for in a few words, e.g. "denunciar trata"').optional(),
    /** The id of the fact (kind: hours) that holds its hours. Leave out when no source confirms them. */
    hours: ref('facts').optional(),
    /** The id of the fact (kind: cost) that says what a call costs. Leave out when no source says. */
    cost: ref('facts').optional(),
    /**
     * Ids of facts a caller should know about this line, shown under it on the home page with
     * their note: an announced change, e.g. `notes: [numero-911-anuncio]` on the 105. (The note of
     * the number's own fact, such as the year a source confirmed it, is shown as well.)
     */
    notes: z.array(ref('facts')).optional(),
    /** `true` for the emergency line. */
    emergency: z.boolean().default(false),
    /** Position on every page's hotlines strip (lower first; the emergency line should be 1). */
    order: z.number({ error: 'must be a number: the position of the line on the strip, e.g. 1' }).int(),
    translation: translations,
    ...governance,
  });

/** One service of a region: an entry of content/data/services/<region>.yaml. */
export const serviceSchema = (ref: RefFactory) =>
  z.object({
    id: slug(),
    region: ref('regions'),
    kind: z.enum(['demuna', 'upe', 'cem', 'fiscalia', 'policia'], {
      error: 'must be one of: demuna, upe, cem, fiscalia, policia',
    }),
    name: z.string().trim().min(1),
    address: z.string().optional(),
    /** The id of the fact (kind: phone) that holds the service's own number, once a source gives one. */
    phone: ref('facts').optional(),
    /** The id of the fact (kind: hours) that holds its hours, once a source gives them. */
    hours: ref('facts').optional(),
    verified: date().optional(),
    ...governance,
  });

/** A glossary term: an entry of content/data/glossary.yaml. */
export const glossarySchema = () =>
  z.object({
    id: slug(),
    term: localized('the term'),
    definition: localized('the definition'),
    translation: translations,
    ...governance,
  });

/** A campaign date: an entry of content/data/calendar.yaml. */
export const calendarSchema = () =>
  z.object({
    id: slug(),
    /** Month and day, "MM-DD", repeated every year. */
    day: z.string().regex(/^\d{2}-\d{2}$/, { error: 'must be the month and day as "MM-DD", e.g. "07-30"' }),
    name: localized('the name of the day'),
    description: localized('what the day is'),
    translation: translations,
    ...governance,
  });

/** One answer of a question: what the reader taps, and the step it leads to. */
const answer = z.object({
  label: localized('the answer as the reader would say it'),
  /** The id of the step this answer leads to. */
  next: slug(),
});

/**
 * One step of a decision tree: a question with answers, or an ending (`ending: true`) that says
 * what to do now, whom to call and what not to do.
 */
const step = z.object({
  /** The question (or, for an ending, its headline). */
  text: localized('the question, or the headline of an ending'),
  /** Optional explanation under the question. */
  help: localized('a short explanation').optional(),
  answers: z.array(answer).default([]),
  /** `true` for an ending. */
  ending: z.boolean().default(false),
  /** Endings: what to do now, in order. */
  actions: z.array(localized('an action')).default([]),
  /** Endings: what not to do. */
  avoid: z.array(localized('something not to do')).default([]),
  /**
   * Endings: whom to call. Ids of content/data/hotlines.yaml ("105", "linea-1818") or a kind of
   * service of the regional directory, written "servicio:demuna" (demuna, upe, cem, fiscalia, policia).
   */
  contacts: z.array(z.string()).default([]),
  /**
   * The sources this step rests on: titles of the tool's own `sources`, shown behind the step's
   * "¿De dónde sale esto?" instead of in its text. A step without them shows all the tool's sources.
   */
  sources: z.array(z.string()).default([]),
});

/** A decision tree: content/tools/<slug>.yaml. The graph itself is checked by src/lib/tools/decision-tree.ts. */
export const toolSchema = () =>
  z.object({
    title: localized('the title of the tool'),
    description: localized('what the tool helps with, in one sentence'),
    /** Who it is written for, e.g. "adultos" or "adolescentes". */
    audience: z.string().trim().min(1, { error: 'is empty: say who the tool is for' }),
    /** The id of the first step. */
    start: slug(),
    steps: z.record(slug(), step, { error: 'must map step ids to steps: "inicio: { text: …, answers: […] }"' }),
    /** The approval record, once an authority validates the tool; until then the site says it is its own work. */
    approval: approval.optional(),
    translation: translations,
    ...governance,
  });
