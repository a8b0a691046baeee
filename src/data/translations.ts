/**
 * The translation status of the whole site (src/lib/content/translation-status.ts), from Astro's
 * collections: every entry of every collection that has text to translate, in every language but
 * Spanish. Services are left out: their names and addresses are not translated. The facts of the
 * registry are in: their statements and notes are translated like any text.
 */
import { relative, resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { defaultLocale, isLocale, localeCodes } from '../i18n/locales';
import { collections } from '../schemas/collections';
import { contentDir } from '../site';
import { translatableEntries, translationRows, type EntryRecord } from '../lib/content/translation-status';

export const translatedCollections = [
  'pages',
  'protocols',
  'toolkits',
  'lessons',
  'campaigns',
  'checklists',
  'tools',
  'news',
  'partners',
  'regions',
  'hotlines',
  'glossary',
  'calendar',
  'facts',
] as const;

const shown = (file: string) => relative(`${contentDir}/..`, file).split('\\').join('/');

async function records(): Promise<EntryRecord[]> {
  const out: EntryRecord[] = [];
  for (const name of translatedCollections) {
    const spec = collections[name];
    for (const entry of await getCollection(name)) {
      const data = entry.data as Record<string, unknown>;
      if (spec.layout === 'pages') {
        const cut = entry.id.lastIndexOf('/');
        const last = entry.id.slice(cut + 1);
        const lang = cut > 0 && isLocale(last) && last !== defaultLocale ? last : defaultLocale;
        const id = lang === defaultLocale ? entry.id : entry.id.slice(0, cut);
        out.push({ collection: name, id, lang, file: shown(`${contentDir}/${spec.path}/${id}/${lang}.mdx`), data });
      } else {
        // A list spread over several files (the facts) names the file of each entry.
        const file = spec.layout === 'files' ? `${contentDir}/${spec.path}/${entry.id}.yaml` : entry.filePath ? resolve(entry.filePath) : `${contentDir}/${spec.path}`;
        out.push({ collection: name, id: entry.id, file: shown(file), data });
      }
    }
  }
  return out;
}

export const translationLangs = localeCodes.filter((l) => l !== defaultLocale);
export const translationStatus = translationRows(translatableEntries(await records(), defaultLocale), translationLangs);
