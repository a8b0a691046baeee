import { z } from 'astro/zod';
import { date, pageFields } from './common';
import type { RefFactory } from './refs';

/** A campaign: content/campaigns/<slug>/es.mdx (and qu.mdx). */
export const campaignSchema = (ref: RefFactory) =>
  z.object({
    ...pageFields,
    /** The poster's headline. */
    headline: z.string().trim().min(1, { error: 'is empty: write the poster headline' }),
    /** Regions where it runs (slugs of content/regions/). */
    regions: z.array(ref('regions')).default([]),
    /** Radio scripts, each with its length in seconds. */
    radio: z
      .array(z.object({ title: z.string(), seconds: z.number().int().positive(), text: z.string() }))
      .default([]),
    /** Short texts for social media. */
    social: z.array(z.string()).default([]),
    /** The day the campaign is tied to, if any. */
    date: date().optional(),
  });
