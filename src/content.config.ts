/**
 * Astro's collections, wired to content/ (or CONTENT_DIR) from the one list in
 * src/schemas/collections.ts. src/integrations/content-check.ts has already checked the content
 * when this runs, with messages written for editors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { collections as specs, type CollectionSpec } from './schemas/collections';
import { defaultLocale, localeCodes } from './i18n/locales';
import { contentDir } from './site';

const langs = `{${localeCodes.join(',')}}`;
const base = (spec: CollectionSpec) => `${contentDir}/${spec.path}`;

/**
 * `<segments…>/<lang>.mdx`. The Spanish text's id is its slug path ("cusco", "ruta/1.0"), so that
 * `reference('regions')` finds "cusco"; a translation's id ends in its language ("cusco/qu").
 * The path is kept as written: the default id would drop the dot of a version.
 */
const pages = (spec: CollectionSpec) =>
  glob({
    base: base(spec),
    pattern: `${(spec.segments ?? []).map((s) => (['slug', 'version', 'kit'].includes(s) ? '*' : s)).join('/')}/${langs}.{md,mdx}`,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, '').replace(new RegExp(`/${defaultLocale}$`), ''),
  });

/** One YAML file per entry; the file name is the id. */
const files = (spec: CollectionSpec) =>
  glob({ base: base(spec), pattern: '*.yaml', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') });

/** One YAML file holding a list of entries with `id`. */
const list = (spec: CollectionSpec) => file(base(spec), { parser: (text) => parse(text) as Record<string, unknown>[] });

/**
 * Several YAML files (one per region), each a list of entries with `id`; ids become "<file>/<id>",
 * or stay "<id>" with `plainIds` (facts, whose ids are unique across files and named by others).
 */
const lists = (spec: CollectionSpec, plainIds = false) => ({
  name: 'alianza:yaml-lists',
  load: async ({ store, parseData }: Parameters<ReturnType<typeof glob>['load']>[0]) => {
    store.clear();
    const dir = base(spec);
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.yaml'));
    } catch {
      return;
    }
    for (const name of names) {
      // The data store wants paths relative to the project.
      const filePath = relative(process.cwd(), `${dir}/${name}`);
      const items = parse(readFileSync(`${dir}/${name}`, 'utf8')) as Record<string, unknown>[];
      for (const item of items) {
        const id = plainIds ? String(item.id) : `${name.replace(/\.yaml$/, '')}/${String(item.id)}`;
        store.set({ id, data: await parseData({ id, data: item, filePath }), filePath });
      }
    }
  },
});

export const collections = {
  partners: defineCollection({ loader: pages(specs.partners), schema: specs.partners.schema(reference) }),
  regions: defineCollection({ loader: pages(specs.regions), schema: specs.regions.schema() }),
  news: defineCollection({ loader: pages(specs.news), schema: specs.news.schema(reference) }),
  pages: defineCollection({ loader: pages(specs.pages), schema: specs.pages.schema() }),
  protocols: defineCollection({ loader: pages(specs.protocols), schema: specs.protocols.schema(reference) }),
  toolkits: defineCollection({ loader: pages(specs.toolkits), schema: specs.toolkits.schema(reference) }),
  lessons: defineCollection({ loader: pages(specs.lessons), schema: specs.lessons.schema(reference) }),
  campaigns: defineCollection({ loader: pages(specs.campaigns), schema: specs.campaigns.schema(reference) }),
  checklists: defineCollection({ loader: pages(specs.checklists), schema: specs.checklists.schema() }),
  tools: defineCollection({ loader: files(specs.tools), schema: specs.tools.schema() }),
  hotlines: defineCollection({ loader: list(specs.hotlines), schema: specs.hotlines.schema(reference) }),
  services: defineCollection({ loader: lists(specs.services), schema: specs.services.schema(reference) }),
  glossary: defineCollection({ loader: list(specs.glossary), schema: specs.glossary.schema() }),
  calendar: defineCollection({ loader: list(specs.calendar), schema: specs.calendar.schema() }),
  facts: defineCollection({ loader: lists(specs.facts, true), schema: specs.facts.schema() }),
};
