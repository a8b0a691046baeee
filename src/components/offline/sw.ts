/**
 * The service worker. src/integrations/service-worker.ts bundles it into dist/sw.js after the build
 * and puts OFFLINE_BUILD in front of it: this build's version, its shell files and the languages'
 * URL prefixes.
 *
 * - install: stores the shell of this build (see SHELL_ROUTES in src/lib/offline/shell.ts);
 * - activate: deletes the shells of earlier builds; the pages the reader saved are kept;
 * - fetch: see `strategyFor` in src/lib/offline/shell.ts; a page read is not stored, a saved one
 *   is refreshed, and deleted when the site answers 404 or 410;
 * - message { type: 'save', urls }: stores those URLs, answering on the port sent along;
 * - message { type: 'forget' } (sent by "Salir rápido"): deletes every cache of the site, then
 *   unregisters this worker, so nothing of the visit is left on the device.
 */
import { CACHE_PREFIX, NETWORK_WAIT_MS, PAGES_CACHE, cacheKey, kindOf, normalizedUrl, offlinePageFor, shellCache, strategyFor, type SaveReply, type SaveRequest } from '../../lib/offline/shell';
import { savedNoticeText, withSavedNotice, type SavedNoticeWords } from '../../lib/offline/saved-notice';
import * as routes from '../../lib/routes/routes';
import { splitPath, type LocalePaths } from '../../lib/routes/prefixes';

declare const OFFLINE_BUILD: { version: string; shell: string[]; paths: LocalePaths; saved: Record<string, SavedNoticeWords> };

// The project compiles against the DOM library, which has no service worker types: the few used here.
interface LifecycleEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchRequestEvent extends LifecycleEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerMessageEvent extends LifecycleEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  readonly location: Location;
  readonly registration: { unregister(): Promise<boolean> };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchRequestEvent) => void): void;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const SHELL = shellCache(OFFLINE_BUILD.version);
const shellKeys = new Set(OFFLINE_BUILD.shell.map((path) => cacheKey(new URL(path, worker.location.origin))));
const anyVary = { ignoreVary: true };

/** Shell and hashed files live in this build's shell cache; what the reader opened or saved, in the pages cache. */
const cacheFor = (url: URL): Promise<Cache> => caches.open(shellKeys.has(cacheKey(url)) || strategyFor(url, OFFLINE_BUILD.paths) === 'asset' ? SHELL : PAGES_CACHE);

/**
 * Set by "Salir rápido": from then on this worker stores nothing, so a page still loading, or a visit
 * before the browser has removed the unregistered worker, cannot put back what was forgotten.
 */
let forgotten = false;

/** Stores a copy (cloned before the original is handed over); a full device must not break the page being read. */
const keep = (url: URL, key: string, copy: Response): Promise<void> =>
  forgotten
    ? Promise.resolve()
    : cacheFor(url)
        .then((c) => c.put(key, copy))
        .catch(() => undefined);

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      // Pages are revalidated with the server: a copy in the HTTP cache may be an older build's.
      await cache.addAll(OFFLINE_BUILD.shell.map((path) => new Request(path, { cache: path.startsWith(routes.assets) ? 'default' : 'no-cache' })));
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== SHELL && name !== PAGES_CACHE) await caches.delete(name);
      }
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = normalizedUrl(new URL(request.url));
  if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
  const strategy = strategyFor(url, OFFLINE_BUILD.paths);
  if (strategy === 'network') {
    // Search is never cached; offline, a search page gets the offline page, which says why.
    if (request.mode === 'navigate') event.respondWith(fetch(request).catch(async (error: unknown) => (await offlinePage(url)) ?? Promise.reject(error)));
    return;
  }
  if (strategy === 'asset') event.respondWith(cacheFirst(event, url));
  else event.respondWith(networkFirst(event, url, strategy === 'page'));
});

/** Hashed files never change: from the cache, else from the network (and kept). */
async function cacheFirst(event: FetchRequestEvent, url: URL): Promise<Response> {
  const key = cacheKey(url);
  const cached = await caches.match(key, anyVary);
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.ok) event.waitUntil(keep(url, key, response.clone()));
  return response;
}

/**
 * Pages and files: from the network while there is one; nothing is stored that the reader did not
 * save. A saved copy is refreshed with the network's answer, and deleted when the site answers 404
 * or 410 (the page is gone); a saved page whose network has not begun to answer within
 * NETWORK_WAIT_MS is shown from its copy. Offline: the saved copy, else (for a page opened in the
 * browser) the offline page. A page shown from its copy says so, and since when (`fromDevice`).
 */
async function networkFirst(event: FetchRequestEvent, url: URL, isPage: boolean): Promise<Response> {
  const { request } = event;
  const key = cacheKey(url);
  const network = fetch(request);
  // caches.match opens no cache: a page that was never saved (or a visit after "Salir rápido") creates none.
  const cached = forgotten ? undefined : await caches.match(key, anyVary);
  const stored = network.then((response) => {
    const storable = response.ok && !response.redirected && request.headers.get('range') === null;
    if (cached !== undefined && storable) event.waitUntil(keep(url, key, response.clone()));
    if (cached !== undefined && (response.status === 404 || response.status === 410)) {
      event.waitUntil(cacheFor(url).then((cache) => cache.delete(key)).then(() => undefined));
    }
    return response;
  });
  if (cached) {
    // The reader gets whichever comes first; the network's answer is still stored if it comes later.
    event.waitUntil(stored.catch(() => undefined));
    let shown: Promise<Response> | undefined; // made once: the copy's body can be read only once
    const copy = (): Promise<Response> => (shown ??= isPage ? fromDevice(cached, url) : Promise.resolve(cached));
    const wait = isPage ? new Promise<Response>((resolve) => setTimeout(() => resolve(copy()), NETWORK_WAIT_MS)) : undefined;
    return Promise.race(wait ? [stored, wait] : [stored]).catch(copy);
  }
  try {
    return await stored;
  } catch (error) {
    const offline = request.mode === 'navigate' ? await offlinePage(url) : undefined;
    if (offline) return offline;
    throw error;
  }
}

/**
 * A stored page as it is shown from the device: with "Guardada en este equipo el …" (the day its
 * copy came from the server, by the copy's Date header) at the top of its content, in its language.
 */
async function fromDevice(cached: Response, url: URL): Promise<Response> {
  const words = OFFLINE_BUILD.saved[splitPath(OFFLINE_BUILD.paths, url.pathname).locale];
  if (!words || !cached.headers.get('content-type')?.startsWith('text/html')) return cached;
  const html = withSavedNotice(await cached.text(), savedNoticeText(words, cached.headers.get('date')));
  const headers = new Headers(cached.headers);
  // The body given here is the decoded text: no encoding or length of the stored one applies to it.
  for (const name of ['content-encoding', 'content-length']) headers.delete(name);
  return new Response(html, { status: cached.status, statusText: cached.statusText, headers });
}

/** The offline page in the language of the address asked for. */
const offlinePage = (url: URL): Promise<Response | undefined> => caches.match(offlinePageFor(url.pathname, OFFLINE_BUILD.paths), anyVary);

worker.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'forget') {
    event.waitUntil(forget());
    return;
  }
  const data = event.data as Partial<SaveRequest> | null;
  const port = event.ports[0];
  if (data?.type !== 'save' || !Array.isArray(data.urls) || !port) return;
  event.waitUntil(save(data.urls.filter((u): u is string => typeof u === 'string'), port));
});

/** Deletes every cache of the site (the shell too) and unregisters: the next visit starts afresh. */
async function forget(): Promise<void> {
  forgotten = true;
  for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
  await worker.registration.unregister();
}

/** Stores each URL (one at a time: readers are on slow connections), reporting progress. */
async function save(urls: string[], port: MessagePort): Promise<void> {
  const reply: Extract<SaveReply, { type: 'done' }> = { type: 'done', pages: 0, pdfs: 0, files: 0, failed: [] };
  const send = (message: SaveReply) => port.postMessage(message);
  let done = 0;
  for (const href of urls) {
    try {
      const url = normalizedUrl(new URL(href, worker.location.origin));
      if (url.origin !== worker.location.origin || strategyFor(url, OFFLINE_BUILD.paths) === 'network') throw new Error(`${href} cannot be saved`);
      const response = await fetch(url.href);
      if (!response.ok) throw new Error(`${href} answered ${response.status}`);
      await (await cacheFor(url)).put(cacheKey(url), response.clone());
      const kind = kindOf(response.headers.get('content-type'));
      if (kind === 'page') reply.pages += 1;
      else if (kind === 'pdf') reply.pdfs += 1;
      else reply.files += 1;
    } catch {
      reply.failed.push(href);
    }
    done += 1;
    send({ type: 'progress', done, total: urls.length });
  }
  send(reply);
}
