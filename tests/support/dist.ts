/** Reading the built site (dist/) in build tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inject } from 'vitest';
import { isEditorPath } from '../../src/lib/editor/policy.mjs';

export function distDir(): string {
  return inject('distDir');
}

/** Every HTML page of dist/ as its URL path ("/socios/oit/", "/404.html"); not the content editor (/admin/). */
export function htmlPages(dir = distDir()): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const full = join(d, name);
      if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' || (d === dir && isEditorPath(name)) ? [] : walk(full);
      return name.endsWith('.html') ? [full] : [];
    });
  return walk(dir)
    .map((file) => `/${relative(dir, file).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** The HTML of a page by its URL path. */
export function readPage(path: string, dir = distDir()): string {
  const file = path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
  return readFileSync(file, 'utf8');
}

/** Every poster SVG of dist/ (campanas/<slug>/afiche-<lang>.svg), as file paths. */
export function posterSvgs(dir = distDir()): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/^afiche-.*\.svg$/.test(name)) found.push(full);
    }
  };
  walk(join(dir, 'campanas'));
  return found;
}

export function pageExists(path: string, dir = distDir()): boolean {
  try {
    readPage(path, dir);
    return true;
  } catch {
    return false;
  }
}

/** The text of some HTML as a reader sees it: tags left out, every run of white space one space. */
export const visibleText = (html: string): string => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

/** Values of an attribute on elements matched by a simple tag/attribute regex. */
export function attr(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => m[1] ?? '');
}

export const htmlLang = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
export const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
export const hreflangs = (html: string) =>
  Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
