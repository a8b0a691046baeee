// The editor's backend: Decap CMS's own backend (decap-server's API for `npm run edit`, or a git
// host's) with the site's file layout. Served as it is in /admin/ (no build step); the functions
// below are pure, so tests/unit/editor-backend.test.ts tests them directly.
//
// - Decap's i18n writes `<slug>.es.mdx`; the site reads `<slug>/es.mdx`: paths are mapped both ways.
// - The Spanish file never carries the fields of a translation; a new Quechua file is a draft made
//   from the Spanish text of that day (`translation: draft`, `translatedFrom: <updated>`).
// - A YAML file holding a list (hotlines, glossary, services, facts) is shown to Decap as
//   `items:` followed by the list, and written back as the list.

// Page files are named after their language code (src/i18n/locales.ts): two or three letters.
import { NEW_VERSION_WIDGET, newVersionControl } from './next-version.js';

const LANG_FILE = /^(.*)\/([a-z]{2,3})\.mdx$/;
const EDITOR_FILE = /^(.*)\.([a-z]{2,3})\.mdx$/;
const TRANSLATION_ONLY = ['translation', 'translatedFrom', 'reviewedBy', 'reviewedOn'];

/** `news/x/es.mdx` (the site's file) → `news/x.es.mdx` (Decap's). */
export const toEditorPath = (path) => path.replace(LANG_FILE, '$1.$2.mdx');
/** `news/x.es.mdx` (Decap's) → `news/x/es.mdx` (the site's file). */
export const toSitePath = (path) => path.replace(EDITOR_FILE, '$1/$2.mdx');

/** Whether YAML text is a list at its top level (its first line that is not a comment starts with "-"). */
export const isYamlList = (text) => /^-(\s|$)/.test(text.split('\n').find((l) => l.trim() && !l.trimStart().startsWith('#')) ?? '');

/** A YAML list as the value of `items:`. */
export const wrapList = (text) => `items:\n${text.split('\n').map((l) => (l ? `  ${l}` : l)).join('\n')}`;

/** Back from `items:` to the list. */
export function unwrapList(text) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^items:\s*(\[\])?\s*$/.test(l));
  if (start < 0) return text;
  if (/\[\]/.test(lines[start])) return '[]\n';
  return lines
    .slice(start + 1)
    .map((l) => l.replace(/^ {2}/, ''))
    .join('\n');
}

const frontmatter = (raw) => /^---\n([\s\S]*?)\n---/.exec(raw);
const topKey = (key) => new RegExp(`^${key}:.*(?:\\n[ \\t]+.*)*\\n?`, 'm');

/** The Spanish file without the fields only a translation has. */
export function spanishFile(raw) {
  const fm = frontmatter(raw);
  if (!fm) return raw;
  let head = fm[1] + '\n';
  for (const key of TRANSLATION_ONLY) head = head.replace(topKey(key), '');
  return raw.replace(fm[0], `---\n${head.replace(/\n$/, '')}\n---`);
}

/** The Quechua file, a draft made from the Spanish text of `updated` unless it says otherwise. */
export function translationFile(raw, spanishRaw) {
  const fm = frontmatter(raw);
  if (!fm) return raw;
  let head = fm[1];
  if (!/^translation:/m.test(head)) head += '\ntranslation: draft';
  const updated = spanishRaw && /^updated:\s*(.+)$/m.exec(frontmatter(spanishRaw)?.[1] ?? '');
  if (!/^translatedFrom:/m.test(head) && updated) head += `\ntranslatedFrom: ${updated[1]}`;
  return raw.replace(fm[0], `---\n${head}\n---`);
}

/**
 * Whether a language file holds no translation: no title and no text, only the fields Decap copies
 * into every language (a date, a duration). Decap writes one for an entry nobody translated; the
 * site would read it as a broken translation, so it is not written.
 */
export const isUntranslated = (raw) => {
  const fm = frontmatter(raw);
  return !!fm && !/^title:/m.test(fm[1]) && !raw.slice(fm[0].length).trim();
};

/**
 * Text fields (a source's `date: "2021-01-17"`) whose value looks like a date: Decap writes them
 * bare, which the site's build reads as a date, not text; they are quoted again. `keys` are the
 * names of the configuration's text fields (a date field also accepts a quoted date).
 */
export function quoteTextDates(raw, keys) {
  if (!keys.size) return raw;
  // In a page, only its frontmatter: the text below is Markdown.
  const fm = frontmatter(raw);
  if (fm) return raw.replace(fm[0], quoteTextDates(fm[0].slice(4), keys).replace(/^/, '---\n'));
  return raw.replace(/^(\s*(?:- )?)([A-Za-z_][\w-]*)(:[ \t]*)(\d{4}-\d{2}-\d{2})[ \t]*$/gm, (line, lead, key, colon, value) =>
    keys.has(key) ? `${lead}${key}${colon}"${value}"` : line,
  );
}

/** The names of the text fields of Decap's collections, at any depth. */
export function textFieldNames(collections) {
  const names = new Set();
  const walk = (fields) => {
    for (const f of fields ?? []) {
      if (f.widget === 'string' || f.widget === 'text') names.add(f.name);
      walk(f.fields);
      if (f.field) walk([f.field]);
    }
  };
  for (const c of collections ?? []) {
    walk(c.fields);
    for (const file of c.files ?? []) walk(file.fields);
  }
  return names;
}

/** The files Decap asks to write, as the site keeps them; `source` is the default language. */
export function siteFiles(dataFiles, listPaths, source, textKeys = new Set()) {
  const isSource = (path) => path.endsWith(`.${source}.mdx`);
  const isTranslation = (path) => /\.[a-z]{2,3}\.mdx$/.test(path) && !isSource(path);
  const spanish = dataFiles.find((f) => isSource(f.path));
  return dataFiles.filter((file) => !(isTranslation(file.path) && isUntranslated(file.raw))).map((file) => {
    let raw = file.raw;
    if (isSource(file.path)) raw = spanishFile(raw);
    else if (/\.[a-z]{2,3}\.mdx$/.test(file.path)) raw = translationFile(raw, spanish?.raw);
    else if (listPaths.has(file.path)) raw = unwrapList(raw);
    raw = quoteTextDates(raw, textKeys);
    return { ...file, raw, path: toSitePath(file.path), ...(file.newPath ? { newPath: toSitePath(file.newPath) } : {}) };
  });
}

/** What the editor says when asked to save into a frozen collection (a published protocol version). */
export const FROZEN_MESSAGE =
  'Una versión publicada de un protocolo no se cambia nunca. Para cambiarla, pulsa «Crear la versión siguiente (borrador)» arriba en esta página (o usa "npm run new:version -- <nombre>") y edita la versión nueva en «Protocolos: borradores».';

/**
 * Wraps an instance of one of Decap's backends. `source` is the default language; `frozen` the
 * collections that are only read (those the configuration says `publish: false`): Decap shows
 * them with a save button all the same, so saving is refused here.
 */
export function wrapBackend(inner, source, frozen = new Set(), textKeys = new Set()) {
  const lists = new Set();
  const asRead = (path, data) => {
    if (/\.ya?ml$/.test(path) && typeof data === 'string' && isYamlList(data)) {
      lists.add(path);
      return wrapList(data);
    }
    return data;
  };
  const readEntry = (e) => ({ ...e, data: asRead(e.file.path, e.data), file: { ...e.file, path: toEditorPath(e.file.path) } });
  const overrides = {
    async entriesByFolder(folder, extension, depth) {
      // A language file sits one folder below the path Decap knows.
      const entries = await inner.entriesByFolder(folder, extension, extension === 'mdx' ? depth + 1 : depth);
      return entries.map(readEntry);
    },
    async entriesByFiles(files) {
      const entries = await inner.entriesByFiles(files.map((f) => ({ ...f, path: toSitePath(f.path) })));
      return entries.map(readEntry);
    },
    async getEntry(path) {
      const entry = await inner.getEntry(toSitePath(path));
      return { ...entry, data: asRead(entry.file.path, entry.data), file: { ...entry.file, path } };
    },
    persistEntry(entry, options) {
      if (frozen.has(options?.collectionName)) return Promise.reject(new Error(FROZEN_MESSAGE));
      return inner.persistEntry({ ...entry, dataFiles: siteFiles(entry.dataFiles, lists, source, textKeys) }, options);
    },
    deleteFiles(paths, message) {
      return inner.deleteFiles(paths.map(toSitePath), message);
    },
    // The editorial workflow on a git host: an unpublished entry is a branch
    // (cms/<collection>/<slug>) whose changed files are the site's; Decap sees them as its own.
    async unpublishedEntry(args) {
      const entry = await inner.unpublishedEntry(args);
      return { ...entry, diffs: (entry.diffs ?? []).map((d) => ({ ...d, path: toEditorPath(d.path) })) };
    },
    async unpublishedEntryDataFile(collection, slug, path, id) {
      const site = toSitePath(path);
      return asRead(site, await inner.unpublishedEntryDataFile(collection, slug, site, id));
    },
    unpublishedEntryMediaFile(collection, slug, path, id) {
      return inner.unpublishedEntryMediaFile(collection, slug, toSitePath(path), id);
    },
  };
  return new Proxy(inner, {
    get(target, key) {
      if (key in overrides) return overrides[key];
      const value = target[key];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const CMS = globalThis.CMS;
if (CMS) {
  // The backend in use, for the "Nueva versión" button (next-version.js).
  let active;
  const rules = await import('./new-version.js');
  CMS.registerWidget(NEW_VERSION_WIDGET, newVersionControl({ h: globalThis.h, createClass: globalThis.createClass, backend: () => active, rules }));
  for (const name of ['proxy', 'github', 'gitea', 'forgejo']) {
    const base = CMS.getBackend(name);
    if (!base) continue;
    CMS.registerBackend(
      `alianza-${name}`,
      class {
        constructor(config, options) {
          const frozen = new Set((config.collections ?? []).filter((c) => c.publish === false).map((c) => c.name));
          const inner = base.init(config, options);
          active = { inner, config };
          return wrapBackend(inner, config.i18n?.default_locale, frozen, textFieldNames(config.collections));
        }
      },
    );
  }
  CMS.init();
}
