/**
 * Decision trees (content/tools/*.yaml), validated once per build by src/lib/tools/decision-tree.ts,
 * with everything a step page needs: its text in each language, where each answer leads, and
 * for endings the contacts resolved against the hotlines.
 */
import { getCollection } from 'astro:content';
import { defaultLocale, htmlLang, type Locale, localeCodes } from '../i18n/locales';
import type { LocalizedText } from '../schemas/data';
import { parseContact, validateTree, type Contact, type ToolData, type ValidTree } from '../lib/tools/decision-tree';
import { treeProgress, type StepProgress } from '../lib/tools/progress';
import { cameFromProblems } from '../lib/tools/came-from/came-from';
import { localeParam } from '../lib/routes/urls';
import { allHotlines } from './chrome';

export interface Tool {
  slug: string;
  data: ToolData;
  tree: ValidTree;
  /** Each step's place in the tree: "Pregunta N de M" and where "Anterior" leads. */
  progress: Map<string, StepProgress>;
  /** Languages the tool is written in (Spanish, and Quechua when its title has a Quechua text). */
  available: Locale[];
}

const hotlineIds = new Set(allHotlines.map((h) => h.id));

export const tools: Tool[] = (await getCollection('tools'))
  .map((entry) => {
    const { tree, problems } = validateTree(entry.data, hotlineIds);
    // The content check has already refused an invalid tree with its file and fix.
    if (!tree) throw new Error(`content/tools/${entry.id}.yaml: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    const tooMany = cameFromProblems(tree, `content/tools/${entry.id}.yaml`);
    if (tooMany.length > 0) throw new Error(tooMany.join('\n'));
    const available = localeCodes.filter((l) => l === defaultLocale || Boolean(entry.data.title[l]));
    return { slug: entry.id, data: entry.data, tree, progress: treeProgress(tree), available };
  })
  .sort((a, b) => a.slug.localeCompare(b.slug));

/** A text in the page's language; Spanish (and its lang) when there is no translation. */
export function textIn(value: LocalizedText, locale: Locale): { text: string; lang: string | undefined } {
  const own = value[locale];
  return own ? { text: own, lang: undefined } : { text: value[defaultLocale], lang: locale === defaultLocale ? undefined : htmlLang(defaultLocale) };
}

export function contactsOf(step: ToolData['steps'][string]): Contact[] {
  return step.contacts.flatMap((c) => parseContact(c, hotlineIds) ?? []);
}

/** One path per language, tool and step other than the start (which lives at /herramientas/<slug>/). */
export function stepPaths() {
  return localeCodes.flatMap((locale) =>
    tools.flatMap((tool) =>
      tool.tree.order
        .filter((id) => id !== tool.tree.start)
        .map((step) => ({ params: { locale: localeParam(locale), slug: tool.slug, step }, props: { tool, step, locale } })),
    ),
  );
}

export function toolPaths() {
  return localeCodes.flatMap((locale) =>
    tools.map((tool) => ({ params: { locale: localeParam(locale), slug: tool.slug }, props: { tool, locale } })),
  );
}

/**
 * The language a tool page is shown in: its own, or Spanish when the tool has no text in the
 * page's language (a fallback); and whether that text is a draft translation.
 */
export function toolLanguage(tool: Tool, locale: Locale): { isFallback: boolean; shown: Locale; draft: boolean } {
  const isFallback = !tool.available.includes(locale);
  return { isFallback, shown: isFallback ? defaultLocale : locale, draft: !isFallback && locale !== defaultLocale && tool.data.translation[locale as Exclude<Locale, typeof defaultLocale>] === 'draft' };
}
