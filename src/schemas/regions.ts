import { z } from 'astro/zod';
import { pageFields } from './common';

/** A region where the Alianza works: content/regions/<slug>/es.mdx (and qu.mdx). */
export const regionSchema = () =>
  z.object({
    ...pageFields,
    /** `true` for the three original focus regions (Lima Metropolitana, Cusco, Loreto). */
    focus: z.boolean({ error: 'must be true or false' }).default(false),
    /** Position in lists (lower first). */
    order: z.number().int().default(100),
  });
