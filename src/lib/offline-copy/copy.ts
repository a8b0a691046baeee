/**
 * The offline copy: a built site (dist/) made into a folder that opens from files, with no server
 * and no network (rewrite.ts says how each page changes), its search index per language, and
 * LEEME.html / README.html at its root. Every problem of every page is reported at once.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { defaultLocale, htmlLang, localeCodes, useStrings } from '../../i18n';
import { formatDate } from '../text/format';
import * as routes from '../routes/routes';
import { readmePage } from './readme-page';
import { rewritePage } from './rewrite';
import { indexRecords } from '../search/index-records';
import { indexScript, searchRecord } from './search-index';
import type { IndexPage } from './search-engine';
import { isEditorPath } from '../editor/policy.mjs';

/** The copy's own scripts: the search engine and one index per language. */
export const SEARCH_FOLDER = 'busqueda-sin-conexion';
export const ENGINE_FILE = `${SEARCH_FOLDER}/buscador.js`;
export const indexFile = (lang: string) => `${SEARCH_FOLDER}/indice-${lang}.js`;
/** The pages at the root that say what the folder is and link to each language. */
export const README_FILES = ['LEEME.html', 'README.html'] as const;

/**
 * What the built site has that the copy leaves out, and why: precompressed twins (a browser
 * reading files never asks for them), Pagefind (it cannot load from file://: the copy has its own
 * index), the service worker (none runs from file://), and what only a web host reads.
 */
const LEFT_OUT: { test: (file: string) => boolean; why: string }[] = [
  { test: (file) => /\.(br|gz)$/.test(file), why: 'precompressed copies' },
  { test: (file) => file.startsWith(routes.pagefind.slice(1)), why: 'Pagefind' },
  { test: (file) => file === routes.worker.slice(1), why: 'the service worker' },
  { test: (file) => file.startsWith(routes.offlinePackages.slice(1)), why: 'the published packages (a copy holds no copy of itself)' },
  { test: (file) => /^(_headers|_redirects.*|robots\.txt|sitemap.*\.xml)$/.test(file), why: 'files for the web host' },
  { test: isEditorPath, why: 'the content editor (/admin/), which needs the web and a local server' },
];

export interface CopyOptions {
  /** The built site. */
  dist: string;
  /** The folder to write the copy into (emptied first). */
  out: string;
  /** The day the copy is made, shown on every page. */
  date: Date;
  /** The search engine's script, bundled for the browser from search-browser.ts. */
  engineScript: string;
}

export interface CopyResult {
  siteUrl: string;
  /** Every file of the copy, relative to its root, with its size. */
  files: { file: string; bytes: number }[];
  /** Each language's search index. */
  indexes: { lang: string; file: string; pages: number; bytes: number }[];
}

function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(root, path) : [relative(root, path).split(sep).join('/')];
  });
}

/** The site's public address, as the build wrote it into the home page's canonical link. */
export function siteUrlOf(dist: string): string {
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  const href = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
  if (!href) throw new Error(`offline copy: ${join(dist, 'index.html')} has no <link rel="canonical">, so the site's address is unknown: build the site again with SITE_URL set`);
  return new URL(href).origin;
}

export function makeCopy(options: CopyOptions): CopyResult {
  const { dist, out, date } = options;
  let all: string[];
  try {
    all = filesUnder(dist);
  } catch (error) {
    throw new Error(`offline copy: cannot read the built site in ${dist} (${(error as Error).message}): run \`npm run build\` first`);
  }
  if (!all.includes('index.html')) throw new Error(`offline copy: ${dist} has no index.html: run \`npm run build\` first`);
  const siteUrl = siteUrlOf(dist);
  const kept = all.filter((file) => !LEFT_OUT.some((rule) => rule.test(file)));
  const langs = localeCodes.map(htmlLang);
  const made = new Set([...kept, ENGINE_FILE, ...langs.map(indexFile), ...README_FILES]);
  const has = (file: string) => made.has(file);
  const lines = new Map(localeCodes.map((locale) => [htmlLang(locale), useStrings(locale)('offlineCopy.line').replace('{date}', formatDate(date, locale))]));
  const fallbackLine = useStrings(defaultLocale)('offlineCopy.line').replace('{date}', formatDate(date, defaultLocale));
  const offlinePages = new Map(localeCodes.map((locale) => [htmlLang(locale), useStrings(locale)('offlineCopy.offlinePage')]));

  rmSync(out, { recursive: true, force: true });
  const write = (file: string, data: string | Buffer) => {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), data);
  };
  const problems: string[] = [];
  const pages = new Map<string, IndexPage[]>(langs.map((lang) => [lang, []]));
  // The copy's search indexes what the site's search indexes, as Pagefind is given it
  // (src/lib/search/index-records.ts): each page under its own title, a tool's steps in its start page.
  const urlOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;
  const html = new Map(kept.filter((file) => file.endsWith('.html')).map((file) => [file, readFileSync(join(dist, file), 'utf8')]));
  const records = new Map(indexRecords([...html].map(([file, text]) => ({ url: urlOf(file), html: text }))).map((r) => [r.url, r.content]));
  for (const file of kept) {
    if (!file.endsWith('.html')) {
      mkdirSync(dirname(join(out, file)), { recursive: true });
      copyFileSync(join(dist, file), join(out, file));
      continue;
    }
    const tree = fromHtml(html.get(file) ?? '');
    const indexed = records.get(urlOf(file));
    const record = indexed === undefined ? undefined : searchRecord(fromHtml(indexed), file);
    if (record) {
      const list = pages.get(record.lang);
      if (list) list.push(record.page);
      else problems.push(`${file}: lang="${record.lang}" is none of the site's languages (${langs.join(', ')})`);
    }
    problems.push(
      ...rewritePage(tree, {
        file,
        has,
        siteUrl,
        line: (lang) => lines.get(lang) ?? fallbackLine,
        offlinePage: (lang) => offlinePages.get(lang) ?? useStrings(defaultLocale)('offlineCopy.offlinePage'),
        searchScripts: (lang) => [ENGINE_FILE, indexFile(lang)],
        worker: routes.worker,
      }),
    );
    write(file, toHtml(tree));
  }
  if (problems.length > 0) throw new Error(`offline copy: ${problems.length} problem(s) in the pages of ${dist}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

  write(ENGINE_FILE, options.engineScript);
  const indexes = langs.map((lang) => {
    const list = pages.get(lang) ?? [];
    const script = indexScript({ lang, pages: list });
    write(indexFile(lang), script);
    return { lang, file: indexFile(lang), pages: list.length, bytes: Buffer.byteLength(script) };
  });
  const readme = readmePage(date, siteUrl, has);
  for (const file of README_FILES) write(file, readme);

  const files = filesUnder(out)
    .map((file) => ({ file: posix.normalize(file), bytes: statSync(join(out, file)).size }))
    .sort((a, b) => a.file.localeCompare(b.file));
  return { siteUrl, files, indexes };
}
