/**
 * Registers the service worker of offline reading, once the page has loaded (its own files come
 * first on a slow connection). Browsers without service workers, or without JavaScript, get the
 * site as before.
 */

/**
 * WORKER_URL of src/lib/offline/shell.ts, written out: a module shared with another page script would
 * make Astro load this one as a separate file instead of inlining it (tests/e2e/offline.test.ts
 * checks that the worker registered is the one the build writes).
 */
const WORKER_URL = '/sw.js';

export function registerWorker(win: Window): void {
  if (!('serviceWorker' in win.navigator)) return;
  // updateViaCache 'none': the browser asks the server for /sw.js on every check, whatever the HTTP cache holds.
  const register = () => void win.navigator.serviceWorker.register(WORKER_URL, { updateViaCache: 'none' }).catch(() => undefined);
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
