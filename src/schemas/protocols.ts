import { z } from 'astro/zod';
import { approval, date, pageFields } from './common';
import type { RefFactory } from './refs';

/**
 * One version of a protocol in one language: content/protocols/<slug>/<version>/es.mdx.
 * The folder name is the version ("1.0", "2.1"); once published a version is never edited.
 */
export const protocolSchema = (ref: RefFactory) =>
  z.object({
    ...pageFields,
    /** A short title for lists and citations, e.g. "Ruta de derivación". */
    shortTitle: z.string().trim().min(1, { error: 'is empty: write a short title for lists' }),
    /** The version number, the same as the folder name, e.g. "1.0". */
    version: z
      .union([z.string(), z.number()])
      .transform(String)
      .pipe(z.string().regex(/^\d+\.\d+$/, { error: 'must be a version number like "1.0" or "2.1" (write it in quotes)' })),
    /** vigente (in force), reemplazado (replaced) or borrador (draft). */
    status: z.enum(['vigente', 'reemplazado', 'borrador'], {
      error: 'must be one of: vigente, reemplazado, borrador',
    }),
    /** The day this version takes effect (YYYY-MM-DD). */
    effective: date(),
    /**
     * The approval record: only a protocol that an authority approved (`sample: false`) has one,
     * and only such a protocol is shown with legal status ("Vigente", "En vigor desde").
     */
    approval: approval.optional(),
    /** Who it is written for, e.g. ["docentes", "personal de salud"]. */
    audience: z.array(z.string()).default([]),
    /** Regions it applies to (slugs of content/regions/); empty means the whole country. */
    regions: z.array(ref('regions')).default([]),
    /** One line saying what changed from the previous version. */
    changelog: z.string().trim().min(1, { error: 'is empty: say in one line what changed in this version' }),
  }).superRefine((data, ctx) => {
    if (!data.sample && !data.approval) {
      ctx.addIssue({
        code: 'custom',
        path: ['approval'],
        message:
          'is missing: a protocol that is not a sample claims legal status, which needs the approval record (body, instrument, date and a source of the approval); add it, or mark the protocol "sample: true"',
      });
    }
    if (data.sample && data.approval) {
      ctx.addIssue({
        code: 'custom',
        path: ['approval'],
        message: 'is set on a sample: an approved protocol is not a sample; remove the approval, or set "sample: false"',
      });
    }
  });
