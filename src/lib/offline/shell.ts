/**
 * Offline reading: the cache names and the rules shared by the service worker
 * (src/components/offline/sw.ts), the scripts of the pages that talk to it, and the build step that
 * writes dist/sw.js. Client-safe: no Node, no astro:* imports, and no language list (the worker
 * and the pages are given the languages' prefixes, `LocalePaths`).
 */
import { joinPath, splitPath, type LocalePaths } from '../routes/prefixes';
import * as routes from '../routes/routes';

/**
 * Pages every reader gets without asking, in every language: the home page (the hotlines and what
 * each line is for), the safety page, and the offline page. The build adds the stylesheet and the
 * favicon.
 */
export const SHELL_ROUTES = [routes.home, routes.safety, routes.offline] as const;

export const SHELL_FILES = [routes.favicon] as const;

/** Every cache of this site starts with this, so a worker only ever deletes its own. */
export const CACHE_PREFIX = 'alianza-';

/**
 * The pages and files the reader saved ("Guardar para leer sin conexión"); a page read is not kept.
 * One cache for every build: a new build keeps it, so what a teacher saved before a week offline
 * is still there after an update (each saved page is refreshed the next time it is opened online,
 * and deleted when the site answers that it is gone).
 */
export const PAGES_CACHE = `${CACHE_PREFIX}pages`;

const SHELL_CACHE_PREFIX = `${CACHE_PREFIX}shell-`;

/**
 * How long a page read before waits for the network before its stored copy is shown: on a line so
 * slow (or so overloaded) that the server has not begun to answer by then, the reader gets the copy
 * at once, and the network's answer, when it comes, is stored for the next time. A page never read
 * waits for the network as long as the browser does.
 */
export const NETWORK_WAIT_MS = 4000;

/** The shell of one build, named by its version: a new build installs its own and deletes the old one. */
export const shellCache = (version: string): string => `${SHELL_CACHE_PREFIX}${version}`;

export const isShellCache = (name: string): boolean => name.startsWith(SHELL_CACHE_PREFIX);

/**
 * How the worker answers a GET on the site:
 * - `network`: search (/buscar/ with any query, /pagefind/) never touches a cache, so one query's
 *   results can never be shown for another; offline, a search page gets the offline page;
 * - `asset`: /_astro/ files have a hash of their content in their name: cache first;
 * - `page`: network first (for at most NETWORK_WAIT_MS when a copy is saved), a saved copy
 *   refreshed as read, from the cache offline, else the offline page;
 * - `file`: PDFs, exports… from the network; from the cache only when saved.
 */
export type Strategy = 'network' | 'asset' | 'page' | 'file';

export function strategyFor(url: URL, paths: LocalePaths): Strategy {
  const { pathname } = url;
  if (pathname.startsWith(routes.pagefind) || isSearchPage(pathname, paths)) return 'network';
  if (pathname.startsWith(routes.assets)) return 'asset';
  if (pathname.endsWith('/') || pathname.endsWith('.html')) return 'page';
  return 'file';
}

/** The search page in any language, whatever its query: "/buscar/", "/qu/buscar/". */
export function isSearchPage(pathname: string, paths: LocalePaths): boolean {
  const { route } = splitPath(paths, pathname);
  return route === routes.search.slice(0, -1) || route.startsWith(routes.search);
}

/**
 * A URL with its path in one spelling: characters that need no escaping are unescaped
 * ("/%62uscar/" is "/buscar/"), so no rule can be got round by writing an address otherwise.
 */
export function normalizedUrl(url: URL): URL {
  const copy = new URL(url.href);
  copy.pathname = copy.pathname.replace(/%([0-9a-f]{2})/gi, (escape: string, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(char) ? char : escape.toUpperCase();
  });
  return copy;
}

/** The key a URL is stored under: the site's pages are the same whatever the query or fragment. */
export const cacheKey = (url: URL): string => `${url.origin}${url.pathname}`;

/** The offline page in the language of a path: "/qu/socios/" → "/qu/sin-conexion/". */
export const offlinePageFor = (pathname: string, paths: LocalePaths): string => joinPath(paths, routes.offline, splitPath(paths, pathname).locale);

/** A page asks the worker to store these URLs; it answers on the MessagePort sent along. */
export interface SaveRequest {
  type: 'save';
  urls: string[];
}

export type SaveReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; pages: number; pdfs: number; files: number; failed: string[] };

/** What a stored response is, for counting and listing: a page, a PDF or another file. */
export function kindOf(contentType: string | null): 'page' | 'pdf' | 'file' {
  if (contentType?.startsWith('text/html')) return 'page';
  if (contentType?.startsWith('application/pdf')) return 'pdf';
  return 'file';
}
