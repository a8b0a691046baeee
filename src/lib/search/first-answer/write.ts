/**
 * Writes each language's first-answer index (build.ts) into the built site, beside Pagefind's
 * files (`/pagefind/first/<lang>_<hash>/<n>.json`: under /pagefind/ so the service worker and the
 * offline copy leave it to the network, as they leave Pagefind; named by a hash of its content, so
 * a browser never mixes two builds' files), and tells the language's search page where it is and
 * how many files it has (`data-first`, `data-first-files` on [data-search-app]), and where the
 * other language's is (`data-other-first`, `data-other-first-files`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { htmlLang, localeCodes } from '../../../i18n/locales';
import type { IndexPage } from '../../offline-copy/search-engine';
import { searchRecord } from '../../offline-copy/search-index';
import * as routes from '../../routes/routes';
import { localizePath } from '../../routes/urls';
import type { IndexRecord } from '../index-records';
import { firstAnswerFiles } from './build';

/** The folder of the first-answer indexes, under Pagefind's. */
export const FIRST_FOLDER = 'first';

/** The records Pagefind indexed, as the engine reads pages, by language (`lang` of each page). */
export function pagesByLanguage(records: IndexRecord[]): Map<string, IndexPage[]> {
  const byLang = new Map<string, IndexPage[]>();
  for (const record of records) {
    const found = searchRecord(fromHtml(record.content), record.url);
    if (!found) continue;
    byLang.set(found.lang, [...(byLang.get(found.lang) ?? []), found.page]);
  }
  return byLang;
}

/**
 * Writes the first-answer index of every language and names it in the language's search page.
 * Returns, per language (`lang`), its address and number of files.
 */
export function addFirstAnswers(dist: string, records: IndexRecord[]): Map<string, { base: string; files: number }> {
  const written = new Map<string, { base: string; files: number }>();
  for (const [lang, pages] of pagesByLanguage(records)) {
    const files = firstAnswerFiles(pages).map((file) => JSON.stringify(file));
    const hash = createHash('sha256');
    for (const file of files) hash.update(file).update('\n');
    const folder = `${lang}_${hash.digest('hex').slice(0, 10)}`;
    const dir = join(dist, routes.pagefind, FIRST_FOLDER, folder);
    mkdirSync(dir, { recursive: true });
    files.forEach((file, n) => writeFileSync(join(dir, `${n}.json`), file));
    written.set(lang, { base: `${routes.pagefind}${FIRST_FOLDER}/${folder}/`, files: files.length });
  }
  for (const locale of localeCodes) {
    const index = written.get(htmlLang(locale));
    const page = join(dist, localizePath(routes.search, locale), 'index.html');
    if (!index || !existsSync(page)) continue;
    const html = readFileSync(page, 'utf8');
    if (!html.includes('<div data-search-app')) throw new Error(`search first answer: ${page} has no [data-search-app]`);
    // The other language's index too, for the line "Hay resultados en quechua" after a sentence (src/components/search/other-sentence.ts).
    const other = written.get(/data-other-lang="([^"]+)"/.exec(html)?.[1] ?? '');
    const otherAttributes = other ? ` data-other-first="${other.base}" data-other-first-files="${other.files}"` : '';
    writeFileSync(page, html.replace('<div data-search-app', `<div data-search-app data-first="${index.base}" data-first-files="${index.files}"${otherAttributes}`));
  }
  return written;
}
