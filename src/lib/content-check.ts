/**
 * Checks the whole content folder before Astro reads it, and reports every problem at once with
 * the file, the field and the fix. Astro's own validation would stop at the first bad entry with a
 * message written for developers; editors deserve better, and some rules (a translation needs its
 * Spanish source, references must exist, no duplicate slugs) span several files.
 *
 * Content comes from several partner organisations, so it is also read as untrusted: the text of
 * every MDX and Markdown file is parsed and refused when it would run code or load something in
 * readers' browsers (`bodyProblems`), and no field may hold a "javascript:" address
 * (`unsafeAddresses`). src/lib/rehype-guard.ts is the second layer, inside Astro.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { fromHtml } from 'hast-util-from-html';
import type { z } from 'astro/zod';
import { slug as slugSchema } from '../schemas/common';
import { collections, VERSION_SEGMENT, type CollectionName, type CollectionSpec } from '../schemas/collections';
import type { RefTarget } from '../schemas/refs';
import { defaultLocale, isLocale, localeCodes, type Locale } from '../i18n/locales';
import { buildDate, compareVersions, currentVersion, type VersionInfo } from './versions';
import { treeProblemsAsContentProblems, validateTree, type ToolData } from './decision-tree';
import { dangerousUrl, elementHazards, elementName, htmlHazards, place, urlRisk } from './rehype-guard';

export interface Problem {
  /** The file, relative to the project (or to the folder the check was given). */
  file: string;
  /** The field, as a path like `regions[0]`, when the problem is in one field. */
  field?: string | undefined;
  /** What is wrong and how to fix it. */
  message: string;
}

export interface CheckedEntry {
  collection: CollectionName;
  /** The entry's slug path without language: "oit", "ruta-de-derivacion/1.0". */
  id: string;
  /** For page-like entries, the language of the file. */
  lang?: Locale | undefined;
  file: string;
  data: Record<string, unknown>;
  /** For entries of a YAML list (hotlines, glossary…): the position in the list, from 0. */
  index?: number | undefined;
}

export interface CheckResult {
  entries: CheckedEntry[];
  problems: Problem[];
}

/** Files larger than this are refused: no page needs it, and a runaway file slows every build. */
export const MAX_FILE_BYTES = 512 * 1024;

const PAGE_FILE = /^([a-z]{2,3})\.(mdx|md)$/;

class Ref {
  constructor(
    readonly collection: RefTarget,
    readonly id: string,
  ) {}
}

const checkRef = (collection: RefTarget) => slugSchema().transform((id) => new Ref(collection, id));

/** Turns a zod issue path into the way an editor writes it: `sources[0].url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** Formats problems as the build prints them: one block per file. */
export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const blocks = [...byFile].map(
    ([file, list]) => `${file}\n${list.map((p) => `  - ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n')}`,
  );
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `The content has ${count}. Fix ${problems.length === 1 ? 'it' : 'them'} and build again.\n\n${blocks.join('\n\n')}`;
}

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as UTF-8 text, or says why it cannot be used. */
function readText(file: string, report: (message: string) => void): string | undefined {
  const bytes = readFileSync(file);
  if (bytes.length > MAX_FILE_BYTES) {
    report(`is ${Math.round(bytes.length / 1024)} KB, more than the ${MAX_FILE_BYTES / 1024} KB allowed: split it into smaller entries or move large material to a download`);
    return undefined;
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    report('is not valid UTF-8 text: open it in your editor and save it with the encoding "UTF-8"');
    return undefined;
  }
  if (text.trim() === '') {
    report('is empty: write its content, or delete the file');
    return undefined;
  }
  return text.replace(/^\uFEFF/, '');
}

/** Parses YAML, reporting syntax errors with their line. */
function parseYaml(text: string, lineOffset: number, report: (message: string) => void): unknown {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = (error.linePos?.[0]?.line ?? 0) + lineOffset;
      const summary = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      report(`malformed YAML near line ${line}: ${summary}. Check the indentation, and put quotes around values that contain a colon`);
    }
    return undefined;
  }
  return doc.toJS();
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits `---` frontmatter from an MDX body. */
function parseFrontmatter(text: string, report: (message: string) => void): unknown {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    report('has no frontmatter: start the file with a line "---", the fields (title: …), and another "---"');
    return undefined;
  }
  return parseYaml(match[1] ?? '', 1, report);
}

/** The text after the frontmatter, and how many lines come before it. */
function splitBody(text: string): { body: string; lineOffset: number } | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  return { body: text.slice(match[0].length), lineOffset: match[0].split('\n').length - 1 };
}

function describeExpected(issue: z.core.$ZodIssue): string {
  return issue.message;
}

interface RawEntry {
  collection: CollectionName;
  spec: CollectionSpec;
  id: string;
  lang?: Locale | undefined;
  file: string;
  data: unknown;
  /** Position in a YAML list, for list collections. */
  index?: number | undefined;
}

/**
 * Checks every collection under `contentDir`. `displayRoot` is the folder file names are shown
 * relative to (the project root in a build, so editors see "content/partners/oit/es.mdx").
 */
export function checkContent(contentDir: string, displayRoot = join(contentDir, '..'), today = buildDate()): CheckResult {
  const problems: Problem[] = [];
  const raw: RawEntry[] = [];
  // Entries whose file is where it belongs, valid or not: a reference to one, or a translation of
  // one, is not reported again when only its text is broken.
  const discovered = new Set<string>();
  const show = (file: string) => relative(displayRoot, file).split(sep).join('/');

  const pageSpecsByPath = new Map<string, [CollectionName, CollectionSpec][]>();
  for (const [name, spec] of Object.entries(collections) as [CollectionName, CollectionSpec][]) {
    if (spec.layout === 'pages') {
      pageSpecsByPath.set(spec.path, [...(pageSpecsByPath.get(spec.path) ?? []), [name, spec]]);
    }
  }

  // Page-like collections: <collection>/<segments…>/<lang>.mdx
  for (const [folder, specs] of pageSpecsByPath) {
    for (const file of listFiles(join(contentDir, folder))) {
      const shown = show(file);
      const report = (message: string, field?: string) => problems.push({ file: shown, field, message });
      const parts = relative(join(contentDir, folder), file).split(sep);
      const name = parts.pop() ?? '';
      if (name === 'README.md' || name.startsWith('.')) continue;
      const match = PAGE_FILE.exec(name);
      if (!match) {
        report(`is not a language file: name it after its language (${localeCodes.map((l) => `${l}.mdx`).join(', ')})`);
        continue;
      }
      const [, code] = match;
      if (!code || !isLocale(code)) {
        report(`is in an unknown language "${code}": the site has ${localeCodes.join(', ')}; rename the file to one of ${localeCodes.map((l) => `${l}.mdx`).join(', ')}`);
        continue;
      }
      const found = specs.find(([, spec]) => {
        const segs = spec.segments ?? [];
        return segs.length === parts.length && segs.every((s, i) => s === 'slug' || s === 'version' || s === 'kit' || s === parts[i]);
      });
      if (!found) {
        const expected = specs.map(([, s]) => `content/${folder}/${(s.segments ?? []).map((x) => `<${x}>`).join('/')}/${code}.mdx`);
        report(`is not where a ${specs[0]?.[1].noun} goes: use ${expected.join(' or ')}`);
        continue;
      }
      const [collection, spec] = found;
      let badPath = false;
      (spec.segments ?? []).forEach((segment, i) => {
        const value = parts[i] ?? '';
        if (segment === 'version') {
          if (!VERSION_SEGMENT.test(value)) {
            report(`is in the folder "${value}", which is not a version: name version folders with a number like "1.0" or "2.1"`);
            badPath = true;
          }
        } else if (segment === 'slug' || segment === 'kit') {
          if (!slugSchema().safeParse(value).success) {
            report(`is in the folder "${value}": folder names become web addresses, so use lower-case letters, digits and hyphens only, e.g. "${suggestSlug(value)}"`);
            badPath = true;
          }
        }
      });
      if (badPath) continue;
      const slugPath = parts.join('/');
      discovered.add(`${collection}:${slugPath}:${code}`);
      discovered.add(`${collection}:${collection === 'protocols' ? parts[0] : slugPath}`);
      const text = readText(file, (m) => report(m));
      if (text === undefined) continue;
      const data = parseFrontmatter(text, (m) => report(m));
      const split = splitBody(text);
      if (split) {
        for (const p of bodyProblems(split.body, name.endsWith('.mdx') ? 'mdx' : 'md', split.lineOffset)) {
          report(p.message, place(p) ? `body (${place(p)})` : 'body');
        }
      }
      if (data === undefined) continue;
      raw.push({ collection, spec, id: parts.join('/'), lang: code, file, data });
    }
  }

  // YAML data collections.
  for (const [collection, spec] of Object.entries(collections) as [CollectionName, CollectionSpec][]) {
    if (spec.layout === 'pages') continue;
    const target = join(contentDir, spec.path);
    const files =
      spec.layout === 'list' ? (exists(target) ? [target] : []) : listFiles(target).filter((f) => !f.endsWith('README.md'));
    for (const file of files) {
      const shown = show(file);
      const report = (message: string, field?: string) => problems.push({ file: shown, field, message });
      if (!/\.ya?ml$/.test(file)) {
        report('is not a YAML file: data files end in .yaml');
        continue;
      }
      const text = readText(file, report);
      if (text === undefined) continue;
      const data = parseYaml(text, 0, report);
      if (data === undefined) continue;
      if (spec.layout === 'files') {
        const base = file.slice(target.length + 1).replace(/\.ya?ml$/, '');
        if (!slugSchema().safeParse(base).success) {
          report(`has a name that cannot be a web address: rename it with lower-case letters, digits and hyphens, e.g. "${suggestSlug(base)}.yaml"`);
          continue;
        }
        discovered.add(`${collection}:${base}`);
        raw.push({ collection, spec, id: base, file, data });
        continue;
      }
      if (!Array.isArray(data)) {
        report(`must be a list of ${spec.noun} entries, each starting with "- id: …"`);
        continue;
      }
      data.forEach((item, index) => {
        const id = typeof item === 'object' && item && 'id' in item ? String(item.id) : `#${index + 1}`;
        discovered.add(`${collection}:${id}`);
        raw.push({ collection, spec, id, file, data: item, index });
      });
    }
  }

  // Validate each entry against its schema.
  const entries: CheckedEntry[] = [];
  const refs: { entry: RawEntry; field: string; ref: Ref; index?: number }[] = [];
  for (const entry of raw) {
    const index = entry.index;
    const prefix = index === undefined ? '' : `[${index}]`;
    for (const bad of unsafeAddresses(entry.data)) {
      problems.push({
        file: show(entry.file),
        field: `${prefix}${prefix && bad.field ? '.' : ''}${bad.field}` || undefined,
        message: `is a "${bad.scheme}" address (${clip(bad.value)}), ${urlRisk(bad.scheme)}: write a web address starting with https://`,
      });
    }
    const result = entry.spec.schema(checkRef).safeParse(entry.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = `${prefix}${prefix && issue.path.length ? '.' : ''}${fieldPath(issue.path)}` || undefined;
        problems.push({ file: show(entry.file), field, message: describeExpected(issue) });
      }
      continue;
    }
    const data = result.data as Record<string, unknown>;
    collectRefs(data, [], (path, ref) => refs.push({ entry, field: `${prefix}${prefix ? '.' : ''}${path}`, ref }));
    entries.push({ collection: entry.collection, id: entry.id, lang: entry.lang, file: show(entry.file), data, index });
  }

  checkTranslations(entries, problems, discovered);
  checkTrees(entries, problems);
  checkDuplicates(raw, problems, show);
  checkVersions(entries, problems, today);
  checkLessons(entries, problems, discovered);

  // Every reference must name an entry that exists.
  for (const { entry, field, ref } of refs) {
    if (!discovered.has(`${ref.collection}:${ref.id}`)) {
      const noun = collections[ref.collection].noun;
      const ids = [...discovered]
        .map((d) => d.split(':'))
        .filter((d) => d.length === 2 && d[0] === ref.collection)
        .map((d) => d[1]);
      const list = ids.sort().join(', ') || 'none yet';
      problems.push({
        file: show(entry.file),
        field,
        message: `names the ${noun} "${ref.id}", which does not exist: use one of ${list} (folders in content/${collections[ref.collection].path}/)`,
      });
    }
  }

  return { entries, problems };
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** A slug an editor could use instead of a bad folder name. */
export function suggestSlug(value: string): string {
  return (
    value
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'nombre-del-tema'
  );
}

function collectRefs(value: unknown, path: PropertyKey[], found: (path: string, ref: Ref) => void): void {
  if (value instanceof Ref) {
    found(fieldPath(path), value);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collectRefs(v, [...path, i], found));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) collectRefs(v, [...path, k], found);
  }
}

/** A translation names its status and the Spanish text it came from; Spanish carries neither. */
function checkTranslations(entries: CheckedEntry[], problems: Problem[], discovered: Set<string>): void {
  for (const e of entries) {
    if (!e.lang) continue;
    if (e.lang === defaultLocale) {
      if (e.data.translation !== undefined || e.data.translatedFrom !== undefined) {
        problems.push({
          file: e.file,
          field: e.data.translation !== undefined ? 'translation' : 'translatedFrom',
          message: 'belongs only in translations: remove it from the Spanish text',
        });
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
        message: 'is missing: add translation: draft (or reviewed, once a speaker has checked the text)',
      });
    }
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
function checkDuplicates(raw: RawEntry[], problems: Problem[], show: (file: string) => string): void {
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
function checkVersions(entries: CheckedEntry[], problems: Problem[], today: Date): void {
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

/** Folder names kits and lessons may not take: pages of the kits list and of every kit. */
export const RESERVED_KIT_SLUGS = ['nivel', 'duracion'];
export const RESERVED_LESSON_SLUGS = ['imprimir'];

/**
 * Lessons: their kit exists, the protocols they link to exist, and their steps add up to their
 * duration (a teacher plans the class from both numbers).
 */
function checkLessons(entries: CheckedEntry[], problems: Problem[], discovered: Set<string>): void {
  const protocols = new Set(entries.filter((e) => e.collection === 'protocols').map((e) => e.id.split('/')[0]));
  for (const e of entries) {
    if (e.collection === 'toolkits' && e.lang === defaultLocale && RESERVED_KIT_SLUGS.includes(e.id)) {
      problems.push({
        file: e.file,
        message: `is a kit named "${e.id}", a name the kits list uses for its own pages (/kits/${e.id}/): rename the folder`,
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
export const RESERVED_STEPS = ['mapa', 'imprimir'];

/** Decision trees: the graph (src/lib/decision-tree.ts) and the contacts of their endings. */
function checkTrees(entries: CheckedEntry[], problems: Problem[]): void {
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
 * JSX elements (components) an MDX body may use. None yet: content is text written in Markdown,
 * and the layouts add everything else. A component added here must be safe with any attributes an
 * editor gives it; its attributes are still checked (no event handlers, expressions or unsafe
 * addresses).
 */
export const ALLOWED_COMPONENTS: ReadonlySet<string> = new Set<string>([]);

/** A problem found in the text of a file; `line` and `column` count in the whole file. */
export interface BodyProblem {
  line?: number | undefined;
  column?: number | undefined;
  message: string;
}

interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown; position?: MdNode['position'] }[];
  children?: MdNode[];
  data?: { estree?: { body?: unknown[] } | null };
  position?: { start: { line: number; column: number; offset?: number } } | undefined;
}

const TEXT_ONLY = 'content files hold text written in Markdown, and the layout adds everything else';
const clip = (s: string, max = 40) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * Checks the text of an MDX or Markdown file (after its frontmatter) for anything that would run
 * code or load something in readers' browsers: import/export lines and `{…}` expressions (MDX),
 * HTML elements and components other than ALLOWED_COMPONENTS (MDX), unsafe HTML (Markdown: script,
 * iframe, event handlers…), and links, images and link definitions to "javascript:", "vbscript:"
 * or "data:" addresses. `lineOffset` is the number of lines before the body, so that lines count
 * in the whole file.
 */
export function bodyProblems(body: string, format: 'mdx' | 'md', lineOffset = 0): BodyProblem[] {
  return mayHaveProblems(body) ? parsedBodyProblems(body, format, lineOffset) : [];
}

/**
 * Whether a body holds anything bodyProblems could refuse, without parsing it: "<" (HTML, a
 * component), "{" (an expression), "&" (a character reference could spell an address), an import
 * or export line, or "script:" or "data:" once spaces, control characters and backslashes are
 * taken out (a link to a javascript:, vbscript:, livescript: or data: address, however split or
 * escaped). A body without any of them is plain Markdown, which every MDX parser reads: most
 * content is, and the check then costs a scan instead of a parse.
 */
export function mayHaveProblems(body: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[<{&]|^[ \t]*(?:import|export)\b/m.test(body) || /(?:script|data):/i.test(body.replace(/[\u0000-\u0020\\]/g, ''));
}

/** bodyProblems, by parsing the body: for any body, and for the test that compares with mayHaveProblems. */
export function parsedBodyProblems(body: string, format: 'mdx' | 'md', lineOffset = 0): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const at = (pos: MdNode['position'], message: string) =>
    problems.push({ line: pos ? pos.start.line + lineOffset : undefined, column: pos?.start.column, message });

  let tree: MdNode;
  try {
    tree = (
      format === 'mdx' ? fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) : fromMarkdown(body)
    ) as MdNode;
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number; column?: number };
    const reason = (e.reason ?? e.message ?? String(error)).replace(/\.$/, '');
    problems.push({
      line: e.line === undefined ? undefined : e.line + lineOffset,
      column: e.column,
      message: `cannot be read as MDX: ${reason}. In MDX, "<" starts an HTML element and "{" starts code: write \\< or \\{ to show the character itself`,
    });
    return problems;
  }

  const visit = (node: MdNode) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const word = /^\s*import\b/.test(node.value ?? '') ? 'import' : 'export';
        at(node.position, `has an "${word}" line, which would bring code into the page: remove it; ${TEXT_ONLY}`);
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        // `{/* a comment */}` runs nothing: MDX's way of writing a comment may stay.
        const program = node.data?.estree;
        if (program && Array.isArray(program.body) && program.body.length === 0) break;
        at(
          node.position,
          `has the expression {${clip((node.value ?? '').trim())}}, which would run code: remove the braces and write the text itself (to show a brace, write \\{)`,
        );
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        jsxProblems(node, at);
        break;
      case 'html':
        for (const h of htmlHazards(fromHtml(node.value ?? '', { fragment: true }))) {
          at(node.position, `has ${h.what}: remove it; ${TEXT_ONLY}`);
        }
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = dangerousUrl(node.url ?? '');
        if (!scheme) break;
        const what = node.type === 'link' ? 'a link' : node.type === 'image' ? 'an image' : 'a link definition';
        const fix =
          node.type === 'image'
            ? 'use a picture file of the site, e.g. ![description](/images/name.webp)'
            : 'link to a web page (https://…), a phone number (tel:…) or an email address (mailto:…) instead';
        at(node.position, `has ${what} to a "${scheme}" address (${clip(node.url ?? '')}), ${urlRisk(scheme)}: ${fix}`);
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

/** An MDX JSX element: refused unless allowed, and then only with safe, literal attributes. */
function jsxProblems(node: MdNode, at: (pos: MdNode['position'], message: string) => void): void {
  const name = node.name ?? '';
  const attributes = node.attributes ?? [];
  const literal = attributes
    .filter((a) => a.type === 'mdxJsxAttribute' && a.name)
    .map((a): [string, unknown] => [a.name ?? '', a.value]);
  const hazards = name ? elementHazards(name, literal) : [];
  const shown = name ? elementName(name) : 'a fragment <>…</>';
  if (hazards.length > 0) {
    for (const what of hazards) at(node.position, `has ${what}: remove it; ${TEXT_ONLY}`);
    return;
  }
  if (!ALLOWED_COMPONENTS.has(name)) {
    at(
      node.position,
      `has ${shown}, which content files cannot use: remove it and write the text in Markdown (## for headings, [text](https://…) for links, ![description](/images/name.webp) for pictures)`,
    );
    return;
  }
  // An allowed component: its literal attributes were checked above; code in one is refused.
  for (const a of attributes) {
    if (a.type === 'mdxJsxExpressionAttribute' || (a.value && typeof a.value === 'object')) {
      at(a.position ?? node.position, `has code in an attribute of ${shown}, which would run when the page is built: give the attribute a plain value in quotes`);
    }
  }
}

/**
 * Strings in frontmatter or YAML data that are unsafe addresses. Schemas check that a `url` is an
 * address; this makes sure none, whatever its field, is a "javascript:", "vbscript:" or "data:"
 * address that a page would turn into a link. A "data:" value must also have no space in it, so
 * that ordinary text ("data: …") is not mistaken for one.
 */
export function unsafeAddresses(value: unknown, path: PropertyKey[] = []): { field: string; scheme: string; value: string }[] {
  if (typeof value === 'string') {
    const scheme = dangerousUrl(value);
    if (!scheme || (scheme === 'data:' && /\s/.test(value.trim()))) return [];
    return [{ field: fieldPath(path), scheme, value }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => unsafeAddresses(v, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => unsafeAddresses(v, [...path, k]));
  }
  return [];
}
