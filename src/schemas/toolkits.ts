import { z } from 'astro/zod';
import { pageFields, slug, text } from './common';
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

/**
 * A protocol section a lesson relies on: the protocol's slug (its folder in content/protocols/)
 * and, optionally, a section number of its current version ("2.1"). The content check knows the
 * protocol exists; the build checks the section, because numbers come from the text's headings.
 */
const protocolLink = z.object(
  {
    protocol: slug(),
    section: z
      .string({ error: 'must be a section number written as text in quotes, e.g. "2.1"' })
      .regex(/^\d+(\.\d+)*$/, { error: 'must be a section number such as "2" or "2.1"' })
      .optional(),
  },
  { error: 'each protocol link needs `protocol: <slug>` and may add `section: "2.1"`' },
);

/** A printable activity sheet handed to each student or group. */
const activitySheet = z.object({
  title: text('the title of the activity sheet'),
  /** What to do, in one or two sentences. */
  instructions: text('what the students do with the sheet'),
  /** The questions, boxes or statements on the sheet. */
  items: z.array(z.string().trim().min(1)).min(1, { error: 'needs at least one item: what goes on the sheet' }),
  /**
   * What the sheet gives to work on: `lines` (the default), lines to write on under each item;
   * `drawing`, a large empty box to draw in (a sheet that asks to draw), then the items, each with
   * one line.
   */
  format: z.enum(['lines', 'drawing'], { error: 'must be `lines` (lines to write on) or `drawing` (a box to draw in)' }).default('lines'),
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
    /** The closing activity. */
    closing: text('the closing activity'),
    /** How the teacher knows the objectives were met. */
    evaluation: text('how to evaluate the lesson'),
    /** The activity sheet printed for the lesson, if it has one. */
    sheet: activitySheet.optional(),
    /** Protocol sections and tools the lesson relies on. */
    protocols: z.array(protocolLink).default([]),
    tools: z.array(ref('tools')).default([]),
    order: z.number().int().default(100),
  });
