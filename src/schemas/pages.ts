import { z } from 'astro/zod';
import { date, pageFields } from './common';

/** One event of a timeline: a date (YYYY, YYYY-MM or YYYY-MM-DD) and what happened. */
const timelineEvent = z.object({
  /** When: "2017", "2017-10" or "2017-06-15". */
  when: z
    .union([z.string(), z.number(), z.date()])
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
    .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be YYYY, YYYY-MM or YYYY-MM-DD' })),
  /** What happened, in one or two sentences. */
  text: z.string().trim().min(1, { error: 'is empty: say what happened' }),
});

/** A standalone page (home, La Alianza, Navegar con seguridad…): content/pages/<slug>/es.mdx. */
export const pageSchema = () =>
  z.object({
    ...pageFields,
    /** Optional dated events shown as a timeline (La Alianza). */
    timeline: z.array(timelineEvent).default([]),
    /** Optional date the page refers to, e.g. a document's date. */
    date: date().optional(),
  });
