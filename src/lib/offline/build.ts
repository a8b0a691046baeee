/**
 * What dist/sw.js is made of, decided after the build: the shell files it stores on install and
 * the version that names their cache. Used by src/integrations/service-worker.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes } from '../../i18n/locales';
import { localizePath } from '../routes/urls';
import { SHELL_FILES, SHELL_ROUTES } from './shell';

/** The shell pages in every language: "/", "/qu/", "/navegar-con-seguridad/"… */
export const shellPages = (): string[] => localeCodes.flatMap((locale) => SHELL_ROUTES.map((route) => localizePath(route, locale)));

/** The file in a built site that serves a URL path ("/qu/" → "qu/index.html"). */
export const fileOf = (dist: string, path: string): string => join(dist, path.endsWith('/') ? `${path}index.html` : path);

/**
 * The shell: the shell pages in every language, the favicon, and any /_astro/ file those pages
 * load (none today: each page carries its styles and scripts inline, so it paints and works from
 * its one response). A shell page the build did not write (content without a safety page, as in
 * test fixtures) is left out and reported in `missing`.
 */
export function shellFiles(dist: string): { files: string[]; missing: string[] } {
  const wanted = [...shellPages(), ...SHELL_FILES];
  const missing = wanted.filter((path) => !existsSync(fileOf(dist, path)));
  const present = wanted.filter((path) => !missing.includes(path));
  const assets = new Set<string>();
  for (const page of present.filter((path) => path.endsWith('/'))) {
    for (const match of readFileSync(fileOf(dist, page), 'utf8').matchAll(/\s(?:src|href)="(\/_astro\/[^"]+)"/g)) {
      if (match[1]) assets.add(match[1]);
    }
  }
  return { files: [...present, ...[...assets].sort()], missing };
}

/**
 * The build version: a hash of the worker's code and of each shell file (path and content). It
 * changes when any of them changes, and only then, so readers download the shell again only when
 * there is something new in it.
 */
export function buildVersion(workerCode: string, files: readonly { path: string; content: Uint8Array | string }[]): string {
  const hash = createHash('sha256').update(workerCode);
  for (const { path, content } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(`\0${path}\0${content.length}\0`).update(content);
  }
  return hash.digest('hex').slice(0, 12);
}

/** The version of a built site's shell files. */
export const versionOf = (dist: string, workerCode: string, shell: readonly string[]): string =>
  buildVersion(workerCode, shell.map((path) => ({ path, content: readFileSync(fileOf(dist, path)) })));
