import { z } from 'astro/zod';
import { approval, pageFields } from './common';

/** A checklist of warning signs for one sector: content/checklists/<slug>/es.mdx. */
export const checklistSchema = () =>
  z.object({
    ...pageFields,
    sector: z.enum(['escuelas', 'salud', 'transporte', 'turismo'], {
      error: 'must be one of: escuelas, salud, transporte, turismo',
    }),
    /** The signs, each a short sentence. */
    items: z.array(z.string().trim().min(1)).min(1, { error: 'needs at least one sign' }),
    /** The approval record, once an authority approves the list; until then the site says it is its own work. */
    approval: approval.optional(),
  });
