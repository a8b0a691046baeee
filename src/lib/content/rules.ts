/**
 * The rules that span several files or need more than a schema: translations and their Spanish
 * source, duplicate slugs, protocol versions, lessons and their kit, decision trees, and the names
 * the site keeps for its own pages.
 */
import { defaultLocale, type Locale } from '../../i18n/locales';
import type { CollectionName, CollectionSpec } from '../../schemas/collections';
import { compareVersions, currentVersion, type VersionInfo } from '../protocols/versions';
import { treeProblemsAsContentProblems, validateTree, type ToolData } from '../tools/decision-tree';
import type { CheckedEntry, Problem } from './problems';
import * as routes from '../routes/routes';
import { systemSegments } from '../routes/urls';
import { factProblems, type ScannedFile } from '../facts/check';

/** An entry as read from its file, before its schema is checked. */
export interface RawEntry {
  collection: CollectionName;
  spec: CollectionSpec;
  id: string;
  lang?: Locale | undefined;
  file: string;
  data: unknown;
  /** Position in a YAML list, for list collections. */
  index?: number | undefined;
}

/** The fields only a translation carries. */
const TRANSLATION_FIELDS = ['translation', 'translatedFrom', 'reviewedBy', 'reviewedOn'] as const;

/**
 * A reviewed translation names the speaker who reviewed it and the day, on or after the Spanish
 * text it was made from; a draft names no reviewer.
 */
function checkReview(e: CheckedEntry, problems: Problem[]): void {
  const { translation, reviewedBy, reviewedOn, translatedFrom } = e.data;
  if (translation === 'reviewed') {
    if (reviewedBy === undefined) {
      problems.push({
        file: e.file,
        field: 'reviewedBy',
        message: 'is missing: a reviewed translation names the speaker who reviewed it (reviewedBy: "Nombre Apellido"); until then write translation: draft',
      });
    }
    if (reviewedOn === undefined) {
      problems.push({
        file: e.file,
        field: 'reviewedOn',
        message: 'is missing: a reviewed translation gives the day of the review (reviewedOn: YYYY-MM-DD); until then write translation: draft',
      });
    }
    if (reviewedOn instanceof Date && translatedFrom instanceof Date && reviewedOn.getTime() < translatedFrom.getTime()) {
      const day = (d: Date) => d.toISOString().slice(0, 10);
      problems.push({
        file: e.file,
        field: 'reviewedOn',
        message: `(${day(reviewedOn)}) is before translatedFrom (${day(translatedFrom)}): the review must be of this translation; correct the date, or set translation: draft until a speaker reviews it`,
      });
    }
    return;
  }
  const stray = (['reviewedBy', 'reviewedOn'] as const).find((field) => e.data[field] !== undefined);
  if (stray) {
    problems.push({
      file: e.file,
      field: stray,
      message: 'belongs only in a reviewed translation: set translation: reviewed if a speaker has reviewed this text, or remove it',
    });
  }
}

/** A translation names its status and the Spanish text it came from; Spanish carries neither. */
export function checkTranslations(entries: CheckedEntry[], problems: Problem[], discovered: Set<string>): void {
  for (const e of entries) {
    if (!e.lang) continue;
    if (e.lang === defaultLocale) {
      const misplaced = TRANSLATION_FIELDS.find((field) => e.data[field] !== undefined);
      if (misplaced) {
        problems.push({ file: e.file, field: misplaced, message: 'belongs only in translations: remove it from the Spanish text' });
      }
      continue;
    }
    const esFile = e.file.replace(/[^/]+$/, `${defaultLocale}.mdx`);
    if (!discovered.has(`${e.collection}:${e.id}:${defaultLocale}`)) {
      problems.push({
        file: e.file,
        message: `is a translation without its Spanish source: add ${esFile} (every translation is made from a Spanish text), or move this file`,
      });
    }
    if (e.data.translation === undefined) {
      problems.push({
        file: e.file,
        field: 'translation',
        message: 'is missing: add translation: draft (or reviewed, with reviewedBy and reviewedOn, once a speaker has checked the text)',
      });
    }
    checkReview(e, problems);
    if (e.data.translatedFrom === undefined) {
      problems.push({
        file: e.file,
        field: 'translatedFrom',
        message: `is missing: add translatedFrom: with the "updated" date of ${esFile} when this translation was made`,
      });
    }
  }
}

/** Two files that would publish at the same address, or two list entries with the same id. */
export function checkDuplicates(raw: RawEntry[], problems: Problem[], show: (file: string) => string): void {
  const seen = new Map<string, RawEntry>();
  for (const entry of raw) {
    const key = `${entry.collection}:${entry.id.toLowerCase()}:${entry.lang ?? ''}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    const what = entry.spec.layout === 'pages' ? `slug "${entry.id}"` : `id "${entry.id}"`;
    problems.push({
      file: show(entry.file),
      field: entry.spec.layout === 'pages' ? undefined : 'id',
      message: `has the same ${what} as ${show(first.file)}: each ${entry.spec.noun} needs its own; rename one of them (or delete the copy)`,
    });
  }
}

/**
 * Protocol versions: `version` is the name of its folder; no two folders hold the same number
 * ("1.0" and "1.00"); every protocol has a `vigente` version in force today.
 */
export function checkVersions(entries: CheckedEntry[], problems: Problem[], today: Date): void {
  const byProtocol = new Map<string, CheckedEntry[]>();
  for (const e of entries) {
    if (e.collection !== 'protocols') continue;
    const [slug = '', folder = ''] = e.id.split('/');
    if (e.data.version !== folder) {
      problems.push({
        file: e.file,
        field: 'version',
        message: `is "${String(e.data.version)}" but the file is in the folder "${folder}": make them the same`,
      });
    }
    if (e.lang === defaultLocale) byProtocol.set(slug, [...(byProtocol.get(slug) ?? []), e]);
  }
  for (const [slug, versions] of byProtocol) {
    const seen: CheckedEntry[] = [];
    for (const e of versions) {
      const folder = e.id.split('/')[1] ?? '';
      const twin = seen.find((other) => compareVersions(other.id.split('/')[1] ?? '', folder) === 0);
      if (twin) {
        problems.push({
          file: e.file,
          message: `is version ${folder}, the same number as ${twin.file}: give each version its own number (rename one folder)`,
        });
      }
      seen.push(e);
    }
    const infos = versions.map((e) => ({ ...(e.data as unknown as VersionInfo), file: e.file }));
    if (!currentVersion(infos, today)) {
      const day = today.toISOString().slice(0, 10);
      problems.push({
        file: `${(versions[0]?.file ?? slug).split('/').slice(0, -2).join('/')}/`,
        message: `has no version in force on ${day}: mark the version that applies "status: vigente" with an "effective" date on or before that day`,
      });
    }
  }
}

/**
 * A page of content/pages/ is published at /<slug>/: it may not take the address of one of the
 * site's own pages or files (/buscar/, /feeds/…) or a language's prefix (/qu/), where Astro would
 * keep only one of the two and drop the other with a warning.
 */
export function checkPages(entries: CheckedEntry[], problems: Problem[]): void {
  const system = systemSegments();
  for (const e of entries) {
    if (e.collection === 'pages' && e.lang === defaultLocale && system.has(e.id)) {
      problems.push({ file: e.file, message: `is a page named "${e.id}", an address the site uses for its own pages (${routes.page(e.id)}): rename the folder` });
    }
  }
}

/** Folder names kits and lessons may not take: pages of the kits list and of every kit. */
const RESERVED_KIT_SLUGS: readonly string[] = routes.reserved.kits;
const RESERVED_LESSON_SLUGS: readonly string[] = routes.reserved.lessons;

/**
 * Lessons: their kit exists, the protocols they link to exist, and their steps add up to their
 * duration (a teacher plans the class from both numbers).
 */
export function checkLessons(entries: CheckedEntry[], problems: Problem[], discovered: Set<string>): void {
  const protocols = new Set(entries.filter((e) => e.collection === 'protocols').map((e) => e.id.split('/')[0]));
  for (const e of entries) {
    if (e.collection === 'toolkits' && e.lang === defaultLocale && RESERVED_KIT_SLUGS.includes(e.id)) {
      problems.push({
        file: e.file,
        message: `is a kit named "${e.id}", a name the kits list uses for its own pages (${routes.kit(e.id)}): rename the folder`,
      });
    }
    if (e.collection !== 'lessons') continue;
    const lessonSlug = e.id.split('/').at(-1) ?? '';
    if (e.lang === defaultLocale && RESERVED_LESSON_SLUGS.includes(lessonSlug)) {
      problems.push({
        file: e.file,
        message: `is a lesson named "${lessonSlug}", a name every kit uses for one of its pages: rename the folder`,
      });
    }
    const kit = e.id.split('/')[0] ?? '';
    if (e.lang === defaultLocale && !discovered.has(`toolkits:${kit}`)) {
      problems.push({
        file: e.file,
        message: `is a lesson of the kit "${kit}", which has no content/toolkits/${kit}/${defaultLocale}.mdx: add the kit's text, or move the lesson into an existing kit`,
      });
    }
    const links = (e.data.protocols ?? []) as { protocol: string }[];
    links.forEach((link, i) => {
      if (!protocols.has(link.protocol)) {
        problems.push({
          file: e.file,
          field: `protocols[${i}].protocol`,
          message: `names the protocol "${link.protocol}", which does not exist: use one of ${[...protocols].sort().join(', ') || 'none yet'} (folders in content/protocols/)`,
        });
      }
    });
    const steps = (e.data.steps ?? []) as { minutes: number }[];
    const total = steps.reduce((sum, step) => sum + step.minutes, 0);
    if (steps.length > 0 && total !== e.data.duration) {
      problems.push({
        file: e.file,
        field: 'duration',
        message: `is ${String(e.data.duration)} minutes but the steps add up to ${total}: make the duration the sum of the steps' minutes`,
      });
    }
  }
}

/** Names a step may not take: they are pages of every tool (/herramientas/<slug>/mapa/). */
const RESERVED_STEPS: readonly string[] = routes.reserved.toolSteps;

/** Decision trees: the graph (src/lib/tools/decision-tree.ts) and the contacts of their endings. */
export function checkTrees(entries: CheckedEntry[], problems: Problem[]): void {
  const hotlines = new Set(entries.filter((e) => e.collection === 'hotlines').map((e) => e.id));
  for (const e of entries) {
    if (e.collection !== 'tools') continue;
    const data = e.data as unknown as ToolData;
    problems.push(...treeProblemsAsContentProblems(e.file, validateTree(data, hotlines).problems));
    for (const id of Object.keys(data.steps)) {
      if (RESERVED_STEPS.includes(id)) {
        problems.push({ file: e.file, field: `steps.${id}`, message: `"${id}" is the name of a page of every tool: give this step another id` });
      }
    }
  }
}


/**
 * The facts registry (src/lib/facts/): every phone number, law number and amount the text states
 * is in content/facts/, and hotlines and services name facts of the right kind.
 */
export function checkFacts(entries: CheckedEntry[], files: readonly ScannedFile[], problems: Problem[]): void {
  problems.push(...factProblems(entries, files));
}
