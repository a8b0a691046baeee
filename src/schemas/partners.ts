import { z } from 'astro/zod';
import { pageFields } from './common';
import type { RefFactory } from './refs';

/** A partner organisation: content/partners/<slug>/es.mdx (and qu.mdx). */
export const partnerSchema = (ref: RefFactory) =>
  z.object({
    ...pageFields,
    /** A short name for lists and the footer, e.g. "OIT". */
    shortName: z.string().trim().min(1, { error: 'is empty: write a short name, e.g. "OIT"' }),
    /** What kind of body it is. */
    kind: z.enum(['gobierno-peru', 'gobierno-eeuu', 'organismo-internacional', 'sociedad-civil'], {
      error: 'must be one of: gobierno-peru, gobierno-eeuu, organismo-internacional, sociedad-civil',
    }),
    /** Its role in the Alianza, in one sentence. */
    role: z.string().trim().min(1, { error: 'is empty: say in one sentence what it does in the Alianza' }),
    /** Regions where it works in the Alianza: slugs of content/regions/ folders. */
    regions: z.array(ref('regions')).default([]),
    /** Its own website, if any. */
    website: z.url({ error: 'must be a full web address starting with https://' }).optional(),
    /** Position in lists (lower first). */
    order: z.number().int().default(100),
  });
