import { z } from 'astro/zod';
import { date, pageFields, text } from './common';
import type { RefFactory } from './refs';

/** A campaign: content/campaigns/<slug>/es.mdx (and qu.mdx). */
export const campaignSchema = (ref: RefFactory) =>
  z.object({
    ...pageFields,
    /** The poster's headline. */
    headline: z.string().trim().min(1, { error: 'is empty: write the poster headline' }).max(60, {
      error: 'is longer than 60 characters: a poster headline must be read from across a street',
    }),
    /** The poster's short text, under the headline (at most 220 characters). */
    posterText: text('the short text of the poster').pipe(
      z.string().max(220, { error: 'is longer than 220 characters: keep the poster text to two or three sentences' }),
    ),
    /** The hotlines printed on the poster (ids in content/data/hotlines.yaml), in this order. */
    hotlines: z
      .array(ref('hotlines'))
      .min(1, { error: 'needs at least one hotline for the poster' })
      .max(4, { error: 'has more than 4 hotlines: a poster prints at most 4, choose the ones that matter most' }),
    /** Regions where it runs (slugs of content/regions/). */
    regions: z.array(ref('regions')).default([]),
    /** Radio scripts, each with its length in seconds. */
    radio: z
      .array(
        z.object({
          title: text('the title of the radio script'),
          seconds: z.number({ error: 'must be the length of the spot in seconds, e.g. 30' }).int().positive(),
          text: text('the script, as read on air'),
        }),
      )
      .default([]),
    /** Short texts for social media. */
    social: z
      .array(z.string().trim().min(1).max(280, { error: 'is longer than 280 characters: shorten the post' }))
      .default([]),
    /** The day the campaign is tied to, if any. */
    date: date().optional(),
  });
