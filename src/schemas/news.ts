import { z } from 'astro/zod';
import { date, pageFields } from './common';
import type { RefFactory } from './refs';

/** A news item: content/news/<slug>/es.mdx (and qu.mdx). */
export const newsSchema = (ref: RefFactory) =>
  z.object({
    ...pageFields,
    /** The day of the event or announcement (YYYY-MM-DD). */
    date: date(),
    /** "month" when only the month is known: the page then shows "octubre de 2017", not a day. */
    datePrecision: z.enum(['day', 'month'], { error: 'must be "day" or "month"' }).default('day'),
    /** Partners named in the item (slugs of content/partners/). */
    partners: z.array(ref('partners')).default([]),
    /** Regions concerned (slugs of content/regions/). */
    regions: z.array(ref('regions')).default([]),
  });
