/**
 * The list of collections: where each lives under content/, how its files are laid out and which
 * schema it uses. Astro's content config and the content check both read this list, so they can
 * never disagree about what a collection is.
 */
import type { z } from 'astro/zod';
import {
  calendarSchema,
  factSchema,
  campaignSchema,
  checklistSchema,
  glossarySchema,
  hotlineSchema,
  lessonSchema,
  newsSchema,
  pageSchema,
  partnerSchema,
  protocolSchema,
  regionSchema,
  serviceSchema,
  toolkitSchema,
  toolSchema,
} from './index';
import type { RefFactory } from './refs';

/**
 * - `pages`: one MDX file per language, `<folders…>/<lang>.mdx`; the folders give the entry's slug.
 * - `list`: one YAML file holding a list of entries, each with an `id`.
 * - `lists`: several YAML files (one per region, say), each a list of entries with an `id`.
 * - `files`: one YAML file per entry; the file name is the slug.
 */
export type CollectionLayout = 'pages' | 'list' | 'lists' | 'files';

export interface CollectionSpec {
  /** Folder (or file, for `list`) under content/. */
  path: string;
  layout: CollectionLayout;
  /** For `pages`: the names of the folders between the collection folder and the language file. */
  segments?: readonly string[];
  /** What a reader of the error should call one entry. */
  noun: string;
  schema: (ref: RefFactory) => z.ZodType;
}

export const collections = {
  partners: { path: 'partners', layout: 'pages', segments: ['slug'], noun: 'partner', schema: partnerSchema },
  regions: { path: 'regions', layout: 'pages', segments: ['slug'], noun: 'region', schema: regionSchema },
  news: { path: 'news', layout: 'pages', segments: ['slug'], noun: 'news item', schema: newsSchema },
  pages: { path: 'pages', layout: 'pages', segments: ['slug'], noun: 'page', schema: pageSchema },
  protocols: {
    path: 'protocols',
    layout: 'pages',
    segments: ['slug', 'version'],
    noun: 'protocol version',
    schema: protocolSchema,
  },
  toolkits: { path: 'toolkits', layout: 'pages', segments: ['slug'], noun: 'kit', schema: toolkitSchema },
  lessons: {
    path: 'toolkits',
    layout: 'pages',
    segments: ['kit', 'lessons', 'slug'],
    noun: 'lesson',
    schema: lessonSchema,
  },
  campaigns: { path: 'campaigns', layout: 'pages', segments: ['slug'], noun: 'campaign', schema: campaignSchema },
  checklists: { path: 'checklists', layout: 'pages', segments: ['slug'], noun: 'checklist', schema: checklistSchema },
  tools: { path: 'tools', layout: 'files', noun: 'decision tree', schema: toolSchema },
  hotlines: { path: 'data/hotlines.yaml', layout: 'list', noun: 'hotline', schema: hotlineSchema },
  services: { path: 'data/services', layout: 'lists', noun: 'service', schema: serviceSchema },
  glossary: { path: 'data/glossary.yaml', layout: 'list', noun: 'glossary term', schema: glossarySchema },
  calendar: { path: 'data/calendar.yaml', layout: 'list', noun: 'calendar day', schema: calendarSchema },
  facts: { path: 'facts', layout: 'lists', noun: 'fact', schema: factSchema },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collections;

/** A page-like entry's folder segment that must look like a version number. */
export const VERSION_SEGMENT = /^\d+\.\d+$/;
