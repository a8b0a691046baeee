/**
 * Schemas of the YAML data files in content/data/. Strings that readers see are given per language:
 * `{ es: "…", qu: "…" }`; Spanish is required, other languages fall back to it.
 */
import { z } from 'astro/zod';
import { date, governance, phone, slug, translationStatus } from './common';
import type { RefFactory } from './refs';

/** A string in each language; Spanish is required. */
export const localized = (what: string) =>
  z.object(
    {
      es: z.string({ error: `is missing its Spanish text: add es: "${what}"` }).trim().min(1, { error: `is empty: write ${what} in Spanish` }),
      qu: z.string().trim().min(1).optional(),
    },
    { error: `must give the text per language, e.g. { es: "…", qu: "…" } (${what})` },
  );

/** Status of the non-Spanish strings of a data entry, e.g. `translation: { qu: draft }`. */
const translations = z.object({ qu: translationStatus.optional() }).default({});

/** A national hotline: one entry of content/data/hotlines.yaml. */
export const hotlineSchema = () =>
  z.object({
    /** Identifier, e.g. "linea-1818". */
    id: slug(),
    /** The line's name, e.g. { es: "Línea 1818" }. */
    name: localized('the line name'),
    /** The number as dialled: digits, spaces and hyphens only. */
    number: phone(),
    /** Who runs it, e.g. "Ministerio del Interior". */
    operator: z.string().trim().min(1),
    /** What to call it for, in one short sentence. */
    purpose: localized('what the line is for'),
    /** Hours, e.g. "24 horas, todos los días". Leave out when not confirmed. */
    hours: localized('the hours').optional(),
    /** Whether calls are free. Leave out when not confirmed. */
    free: z.boolean().optional(),
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
    phone: phone().optional(),
    hours: z.string().optional(),
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

/** A decision tree: content/tools/<slug>.yaml. The graph is checked by the tool engine. */
export const toolSchema = () =>
  z.object({
    title: localized('the title of the tool'),
    description: localized('what the tool helps with'),
    audience: z.string().optional(),
    start: slug(),
    steps: z.record(
      z.string(),
      z.object({
        text: localized('the question or ending'),
        answers: z.array(z.object({ label: localized('the answer'), next: slug() })).default([]),
        actions: z.array(localized('an action')).default([]),
        contacts: z.array(z.string()).default([]),
      }),
    ),
    translation: translations,
    ...governance,
  });
