import { z } from 'astro/zod';
import { pageFields } from './common';
import type { RefFactory } from './refs';

const level = z.enum(['inicial', 'primaria', 'secundaria', 'familias', 'comunidad'], {
  error: 'must be one of: inicial, primaria, secundaria, familias, comunidad',
});

/** A prevention kit: content/toolkits/<slug>/es.mdx. */
export const toolkitSchema = (ref: RefFactory) =>
  z.object({
    ...pageFields,
    /** Who the kit is for. */
    level,
    /** Campaigns whose posters the kit uses (slugs of content/campaigns/). */
    campaigns: z.array(ref('campaigns')).default([]),
    order: z.number().int().default(100),
  });

/** One step of a lesson, with its time in minutes. */
const lessonStep = z.object({
  title: z.string().trim().min(1, { error: 'is empty: name the step' }),
  minutes: z.number({ error: 'must be a number of minutes' }).int().positive({ error: 'must be more than 0 minutes' }),
  text: z.string().default(''),
});

/** A lesson of a kit: content/toolkits/<kit>/lessons/<slug>/es.mdx. */
export const lessonSchema = (ref: RefFactory) =>
  z.object({
    ...pageFields,
    level,
    /** The grades, e.g. "4.º y 5.º de secundaria". */
    grades: z.string().trim().min(1, { error: 'is empty: name the grades, e.g. "4.º de secundaria"' }),
    /** Total length in minutes. */
    duration: z.number({ error: 'must be a number of minutes, e.g. 45' }).int().positive(),
    objectives: z.array(z.string()).min(1, { error: 'needs at least one objective' }),
    materials: z.array(z.string()).default([]),
    steps: z.array(lessonStep).default([]),
    closing: z.string().optional(),
    evaluation: z.string().optional(),
    /** Protocols and tools the lesson relies on. */
    protocols: z.array(ref('protocols')).default([]),
    tools: z.array(ref('tools')).default([]),
    order: z.number().int().default(100),
  });
