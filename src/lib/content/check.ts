/**
 * Checks the whole content folder before Astro reads it, and reports every problem at once with
 * the file, the field and the fix. Astro's own validation would stop at the first bad entry with a
 * message written for developers; editors deserve better, and some rules (a translation needs its
 * Spanish source, references must exist, no duplicate slugs) span several files.
 *
 * Content comes from several partner organisations, so it is also read as untrusted: the text of
 * every MDX and Markdown file is parsed and refused when it would run code or load something in
 * readers' browsers (`bodyProblems`), and no field may hold a "javascript:" address
 * (`unsafeAddresses`). src/lib/markdown/rehype-guard.ts is the second layer, inside Astro.
 */
import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { slug as slugSchema } from '../../schemas/common';
import { collections, VERSION_SEGMENT, type CollectionName, type CollectionSpec } from '../../schemas/collections';
import type { RefTarget } from '../../schemas/refs';
import { isLocale, localeCodes } from '../../i18n/locales';
import { buildDate } from '../protocols/versions';
import { place, urlRisk } from '../markdown/rehype-guard';
import { slugify } from '../text/slug';
import { bodyProblems, clip, unsafeAddresses } from './body';
import { fieldPath, type CheckedEntry, type CheckResult, type Problem } from './problems';
import { limitProblems } from './limits';
import { listFiles, parseFrontmatter, parseYaml, readText, splitBody } from './read';
import { checkLanguageForms } from './quechua-forms';
import { checkDuplicates, checkFacts, checkLessons, checkPages, checkTranslations, checkTrees, checkVersions, type RawEntry } from './rules';
import type { ScannedFile } from '../facts/check';

const PAGE_FILE = /^([a-z]{2,3})\.(mdx|md)$/;

/** The folders of a page's path an editor names (a kit, a page, a version); the others are written as they are ("lessons"). */
const NAMED_BY_EDITOR = new Set(['slug', 'version', 'kit']);

class Ref {
  constructor(
    readonly collection: RefTarget,
    readonly id: string,
  ) {}
}

const checkRef = (collection: RefTarget) => slugSchema().transform((id) => new Ref(collection, id));

function describeExpected(issue: z.core.$ZodIssue): string {
  return issue.message;
}

/**
 * Checks every collection under `contentDir`. `displayRoot` is the folder file names are shown
 * relative to (the project root in a build, so editors see "content/partners/oit/es.mdx").
 */
export function checkContent(contentDir: string, displayRoot = join(contentDir, '..'), today = buildDate()): CheckResult {
  const problems: Problem[] = [];
  const raw: RawEntry[] = [];
  // The text of every file but the registry's own, for the facts scanner (../facts/check.ts).
  const scanned: ScannedFile[] = [];
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
        return segs.length === parts.length && segs.every((s, i) => NAMED_BY_EDITOR.has(s) || s === parts[i]);
      });
      if (!found) {
        const expected = specs.map(([, s]) => `content/${folder}/${(s.segments ?? []).map((x) => (NAMED_BY_EDITOR.has(x) ? `<${x}>` : x)).join('/')}/${code}.mdx`);
        report(`is not where a ${specs.map(([, s]) => s.noun).join(' or a ')} goes: use ${expected.join(' or ')}`);
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
      const text = readText(file, report);
      if (text === undefined) continue;
      scanned.push({ file: shown, text, format: 'mdx', collection });
      const data = parseFrontmatter(text, report);
      const split = splitBody(text);
      // A body past the limits is not parsed: a parser could crash on it (./limits.ts).
      const limits = split ? limitProblems(split.body, 'markdown', split.lineOffset) : [];
      for (const p of limits) report(p.message, `body (line ${p.line})`);
      if (split && limits.length === 0) {
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
      if (!file.endsWith('.yaml')) {
        // The site's loaders read *.yaml only (src/content.config.ts): a .yml file would be left out without a word.
        report(file.endsWith('.yml') ? 'ends in .yml, which the site does not read: rename it to end in .yaml' : 'is not a YAML file: data files end in .yaml');
        continue;
      }
      const text = readText(file, report);
      if (text === undefined) continue;
      scanned.push({ file: shown, text, format: 'yaml', collection });
      const data = parseYaml(text, 0, report);
      if (data === undefined) continue;
      if (spec.layout === 'files') {
        const base = file.slice(target.length + 1).replace(/\.yaml$/, '');
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
  checkPages(entries, problems);
  // The registry's own files state the facts: they are not scanned for claims.
  checkFacts(entries, scanned.filter((f) => f.collection !== 'facts'), problems);
  checkLanguageForms(contentDir, show, scanned, problems);

  // Every reference must name an entry that exists.
  for (const { entry, field, ref } of refs) {
    if (ref.collection === 'facts' && !discovered.has(`facts:${ref.id}`)) {
      problems.push({ file: show(entry.file), field, message: unknownFact(ref.id, discovered) });
    } else if (!discovered.has(`${ref.collection}:${ref.id}`)) {
      const noun = collections[ref.collection].noun;
      const ids = [...discovered]
        .map((d) => d.split(':'))
        .filter((d) => d.length === 2 && d[0] === ref.collection)
        .map((d) => d[1]);
      const list = ids.sort().join(', ') || 'none yet';
      problems.push({
        file: show(entry.file),
        field,
        message: `names the ${noun} "${ref.id}", which does not exist: use one of ${list} (${whereIds(collections[ref.collection])})`,
      });
    }
  }

  return { entries, problems };
}

/** Where an editor finds the ids of a collection, for the message about an unknown one. */
function whereIds(spec: CollectionSpec): string {
  switch (spec.layout) {
    case 'pages':
      return `folders in content/${spec.path}/`;
    case 'files':
      return `file names in content/${spec.path}/`;
    case 'list':
      return `the ids in content/${spec.path}`;
    case 'lists':
      return `the ids in the files of content/${spec.path}/`;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** An unknown fact id: where facts live, and the ids that look like it (the registry is long). */
function unknownFact(id: string, discovered: Set<string>): string {
  const stem = id.replace(/-[^-]*$/, '');
  const near = [...discovered]
    .filter((d) => d.startsWith('facts:'))
    .map((d) => d.slice('facts:'.length))
    .filter((other) => other.startsWith(`${stem}-`) || other === stem)
    .sort();
  const hint = near.length > 0 ? `use one of ${near.join(', ')}, or add` : 'add';
  return `names the fact "${id}", which is not in the facts registry: ${hint} a fact with this id, its value and its sources to a file of content/facts/ (docs/facts.md)`;
}

/** A slug an editor could use instead of a bad folder or file name. */
export const suggestSlug = (value: string): string => slugify(value) || 'nombre-del-tema';

function collectRefs(value: unknown, path: PropertyKey[], found: (path: string, ref: Ref) => void): void {
  if (value instanceof Ref) {
    found(fieldPath(path), value);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collectRefs(v, [...path, i], found));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) collectRefs(v, [...path, k], found);
  }
}

