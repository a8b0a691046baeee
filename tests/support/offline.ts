/**
 * Helpers of the offline-reading tests (tests/e2e/offline*.test.ts): a page the service worker
 * controls, what the caches hold, and saving with "Guardar para leer sin conexión".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { CACHE_PREFIX } from '../../src/lib/offline/shell';
import { trackPageErrors, type BrowserHandle } from '../setup/browser.ts';
import { distDir, readPage } from './dist';

/** The title the offline page lists a page by (its og:title), read from the built page. */
export const titleOf = (path: string) => /<meta property="og:title" content="([^"]*)"/.exec(readPage(path))?.[1]?.replace(/&amp;/g, '&') ?? path;

/**
 * Opens `url` in a new context and waits until the service worker controls the page. That first
 * page did not go through the worker.
 */
export async function controlledPage(browser: BrowserHandle, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors = trackPageErrors(page);
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker claims open pages when it activates; reload once if this one was missed.
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { page, errors };
}

/** Wait until the worker has stored a path. */
export async function stored(page: Page, path: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(async (p) => (await caches.match(p, { ignoreVary: true })) !== undefined, path), { timeout: 15_000 })
    .toBe(true);
}

/** Every URL path in every cache of the site, sorted. */
export const cachedPaths = (page: Page) =>
  page.evaluate(async (prefix) => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.startsWith(prefix)) continue;
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths.sort();
  }, CACHE_PREFIX);

/** The names of the site's caches. */
export const siteCaches = (page: Page) => page.evaluate(async (prefix) => (await caches.keys()).filter((name) => name.startsWith(prefix)), CACHE_PREFIX);

/** The shell this build stores on install, as dist/sw.js lists it. */
export function shellPaths(): string[] {
  const worker = readFileSync(join(distDir(), 'sw.js'), 'utf8');
  const build = JSON.parse(/const OFFLINE_BUILD = (\{.*\});/.exec(worker)?.[1] ?? '{}') as { shell?: string[] };
  return [...(build.shell ?? [])].sort();
}

/** Presses the page's save button and waits for "Guardado: …". */
export async function saveWithButton(page: Page, label: string, timeout = 30_000): Promise<string> {
  const block = page.locator('[data-save-offline]');
  await block.getByRole('button', { name: label }).click();
  await expect.poll(() => block.locator('[data-save-status]').textContent(), { timeout }).toMatch(/^Guardado: /);
  return (await block.locator('[data-save-status]').textContent()) ?? '';
}

/** A property the stylesheet sets: "Salir rápido" is red only through the CSS (bg-red-800). */
export const quickExitColour = (page: Page) => page.locator('a[data-quick-exit]').evaluate((a) => getComputedStyle(a).backgroundColor);
