/**
 * Offline reading in real Chromium: the service worker keeps the shell (the home page with the
 * hotlines, the safety page, the offline page) and what the reader saved with "Guardar para leer
 * sin conexión", nothing else, and serves them with their stylesheet when the network is gone
 * (Chromium's network emulation, `context.setOffline`, which Playwright applies to the worker too);
 * a page that is not saved gets the offline page, which lists what is saved and removes it; search
 * is never cached; the worker of a new build deletes the old shell and keeps what the reader saved.
 * Also: the cost of the scripts on every page. What is kept, and forgotten, for the reader's
 * privacy: offline-privacy.test.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { es } from '../../src/i18n/es';
import { qu } from '../../src/i18n/qu';
import { NETWORK_WAIT_MS, PAGES_CACHE } from '../../src/lib/offline/shell';
import { formatDate, isoDay } from '../../src/lib/text/format';
import { worker as WORKER_URL } from '../../src/lib/routes/routes';
import { distDir, htmlPages, readPage } from '../support/dist';
import { cachedPaths, controlledPage, quickExitColour, saveWithButton, shellPaths, stored, titleOf } from '../support/offline';
import { baseUrl, expectAccessible, formatViolations, runAxe, siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();
const PROTOCOL = '/protocolos/ruta-de-derivacion/';

describe('offline reading', () => {
  test('pages saved with "Guardar" open offline, styled; a page only read does not, and gets the offline page, which lists what is saved', async () => {
    const { page, errors } = await controlledPage(browser, siteUrl('/'));
    await page.goto(siteUrl('/socios/oit/'));
    await page.goto(siteUrl(PROTOCOL));
    const heading = await page.locator('h1').textContent();
    expect(await saveWithButton(page, es['offline.saveProtocol'])).toBe('Guardado: 1 página y 1 PDF.');
    const colour = await quickExitColour(page);
    expect(colour).not.toBe('rgba(0, 0, 0, 0)');

    await page.context().setOffline(true);
    const response = await page.goto(siteUrl(PROTOCOL));
    expect(response?.status()).toBe(200);
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.locator('h1').textContent()).toBe(heading);
    expect(await quickExitColour(page), 'the stylesheet applies').toBe(colour);
    // The home page, with the hotlines, is always kept.
    await page.goto(siteUrl('/'));
    expect(await page.locator('[data-home-hotlines] a[href^="tel:"]').count()).toBeGreaterThan(0);

    // A page read but not saved: the offline page, in its place, saying so.
    await page.goto(siteUrl('/socios/oit/'));
    expect(await page.locator('h1').textContent()).toBe(es['offline.title']);
    expect(await page.locator('[data-offline-missing]').isVisible()).toBe(true);
    expect(await page.locator('[data-offline-address]').textContent()).toBe('/socios/oit/');
    expect(await quickExitColour(page)).toBe(colour);
    const list = page.locator('[data-offline-list]');
    await expect.poll(() => list.locator('a').allTextContents(), { timeout: 15_000 }).toEqual(expect.arrayContaining([titleOf(PROTOCOL), titleOf('/')]));
    expect(await list.locator('a').allTextContents()).not.toContain(titleOf('/socios/oit/'));
    // Grouped: the shell first, then by section, files last.
    const groups = await list.locator('h3').allTextContents();
    expect(groups).toEqual([es['offline.group.shell'], es['nav.protocols'], es['offline.group.files']]);
    expect(await list.locator('a', { hasText: titleOf('/navegar-con-seguridad/') }).count(), 'the safety page is always kept').toBe(1);
    expect(await list.locator('a[lang="quz"]', { hasText: `${titleOf('/qu/')} (Runasimi)` }).count(), 'the Quechua home, named so').toBe(1);
    expect(errors).toEqual([]);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    errors.splice(0); // runAxe first tries a <script> tag, which the CSP refuses (and Chromium logs)

    // The Quechua site gets the Quechua offline page.
    await page.goto(siteUrl('/qu/socios/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('quz');
    expect(await page.locator('h1').textContent()).toBe(qu['offline.title']);

    // Removing a page: gone from the list and from the device.
    await page.goto(siteUrl('/sin-conexion/'));
    expect(await page.locator('[data-offline-missing]').isVisible()).toBe(false);
    const item = list.locator('li', { hasText: titleOf(PROTOCOL) }).first();
    await item.getByRole('button').click();
    await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 15_000 }).toBe(es['offline.removed'].replace('{t}', titleOf(PROTOCOL)));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('offline-saved');
    await page.goto(siteUrl(PROTOCOL));
    expect(await page.locator('h1').textContent()).toBe(es['offline.title']);

    // Removing everything keeps the shell: the hotlines stay available.
    await page.goto(siteUrl('/sin-conexion/'));
    await page.locator('[data-offline-clear]').click();
    await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 15_000 }).toBe(es['offline.removedAll']);
    expect(await list.locator('button').count()).toBe(0);
    expect(await page.evaluate(async (name) => (await caches.keys()).includes(name), PAGES_CACHE)).toBe(false);
    expect(await cachedPaths(page)).toEqual(shellPaths());
    await page.goto(siteUrl('/'));
    expect(await page.locator('[data-home-hotlines] a[href^="tel:"]').count()).toBeGreaterThan(0);

    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('on a line too slow to answer, a saved page opens from its copy at once; a page never saved waits for the network', async () => {
    const { page, errors } = await controlledPage(browser, siteUrl('/'));
    await page.goto(siteUrl(PROTOCOL));
    const heading = await page.locator('h1').textContent();
    await saveWithButton(page, es['offline.saveProtocol']);
    await stored(page, PROTOCOL);
    // The server takes longer than the worker waits before it begins to answer.
    const slow = NETWORK_WAIT_MS + 6000;
    const asked: string[] = [];
    await page.context().route(/\/protocolos\//, async (route) => {
      asked.push(new URL(route.request().url()).pathname);
      await new Promise((resolve) => setTimeout(resolve, slow));
      await route.continue();
    });
    let start = Date.now();
    await page.goto(siteUrl(PROTOCOL));
    const read = Date.now() - start;
    expect(await page.locator('h1').textContent()).toBe(heading);
    expect(await page.locator('[data-saved-notice]').textContent(), 'the copy says it is one').toMatch(/^Página guardada en este equipo el /);
    expect(asked, 'the worker asked the network first').toContain(PROTOCOL);
    expect(read, `the stored copy came after ${read} ms`).toBeGreaterThanOrEqual(NETWORK_WAIT_MS - 500);
    expect(read, `the stored copy came after ${read} ms`).toBeLessThan(slow - 1000);
    // A page never saved: the worker has nothing to show instead, so it waits for the real page.
    start = Date.now();
    await page.goto(siteUrl('/protocolos/'), { timeout: slow + 20_000 });
    expect(Date.now() - start).toBeGreaterThanOrEqual(slow - 500);
    expect(await page.locator('h1').textContent()).toBe(/<h1[^>]*>([^<]*)</.exec(readPage('/protocolos/'))?.[1]);
    expect(await page.locator('[data-offline-missing]').count()).toBe(0);
    await page.context().unroute(/\/protocolos\//);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  test('a page shown from the device says so, and since when, in its language; online it does not', async () => {
    const { page, errors } = await controlledPage(browser, siteUrl('/'));
    await page.goto(siteUrl(PROTOCOL));
    await saveWithButton(page, es['offline.saveProtocol']);
    await stored(page, PROTOCOL);
    await page.goto(siteUrl(PROTOCOL));
    expect(await page.locator('[data-saved-notice]').count(), 'online, the page comes from the server').toBe(0);
    await page.goto(siteUrl('/qu/'));

    await page.context().setOffline(true);
    // Saved today (the copy's Date header), in the browser's time zone, which is the machine's.
    const today = (locale: 'es' | 'qu') => formatDate(new Date(`${isoDay(new Date())}T12:00:00Z`), locale);
    for (const [path, words, locale] of [[PROTOCOL, es, 'es'], ['/', es, 'es'], ['/qu/', qu, 'qu']] as const) {
      await page.goto(siteUrl(path));
      const notice = page.locator('main > [data-saved-notice]:first-child');
      expect(await notice.textContent(), path).toBe(words['offline.savedOn'].replace('{date}', today(locale)));
      expect(await notice.isVisible()).toBe(true);
    }
    // The offline page in place of a page never saved says what is missing, not that it is saved.
    await page.goto(siteUrl('/socios/oit/'));
    expect(await page.locator('[data-saved-notice]').count()).toBe(0);

    await page.context().setOffline(false);
    await page.goto(siteUrl(PROTOCOL));
    expect(await page.locator('[data-saved-notice]').count(), 'back online, the current page').toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('"Guardar para leer sin conexión" stores a protocol page and its PDF, which then open offline', async () => {
    const path = '/protocolos/ruta-de-derivacion/';
    const block = (page: Page) => page.locator('[data-save-offline]');
    const urls = JSON.parse((/data-save-offline data-urls="([^"]*)"/.exec(readPage(path))?.[1] ?? '[]').replace(/&quot;/g, '"')) as string[];
    const pdf = urls.find((u) => u.endsWith('.pdf')) ?? '';
    expect(urls).toEqual([path, pdf]);
    expect(existsSync(join(distDir(), pdf)), `${pdf} is built`).toBe(true);

    const { page, errors } = await controlledPage(browser, siteUrl('/'));
    await page.goto(siteUrl(path));
    expect(await cachedPaths(page), 'reading the page stored nothing').toEqual(shellPaths());
    await block(page).getByRole('button', { name: es['offline.saveProtocol'] }).click();
    await expect.poll(() => block(page).locator('[data-save-status]').textContent(), { timeout: 15_000 }).toBe('Guardado: 1 página y 1 PDF.');

    await page.context().setOffline(true);
    const response = await page.goto(siteUrl(path));
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.locator('h1').textContent()).toContain('Ruta de derivación');
    const file = await page.evaluate(async (href) => {
      const r = await fetch(href);
      return { status: r.status, type: r.headers.get('content-type'), bytes: (await r.arrayBuffer()).byteLength };
    }, pdf);
    expect(file).toEqual({ status: 200, type: 'application/pdf', bytes: statSync(join(distDir(), pdf)).size });
    await page.goto(siteUrl('/sin-conexion/'));
    const files = page.locator('[data-offline-list] h3', { hasText: es['offline.group.files'] });
    await expect.poll(() => page.locator('[data-offline-list] a').allTextContents(), { timeout: 15_000 }).toContain(`${titleOf(path)} (PDF)`);
    expect(await files.count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('"Guardar para leer sin conexión" on a kit stores its pages and its PDF; a lesson then opens offline', async () => {
    const kitPath = '/kits/secundaria/';
    const urls = JSON.parse((/data-save-offline data-urls="([^"]*)"/.exec(readPage(kitPath))?.[1] ?? '[]').replace(/&quot;/g, '"')) as string[];
    const lessons = urls.filter((u) => u.startsWith(kitPath) && u !== kitPath && !u.endsWith('/imprimir/'));
    expect(lessons.length).toBeGreaterThanOrEqual(4);
    expect(urls).toContain('/kits/secundaria.pdf');

    const { page, errors } = await controlledPage(browser, siteUrl('/'));
    await page.goto(siteUrl(kitPath));
    const block = page.locator('[data-save-offline]');
    await block.getByRole('button', { name: es['offline.saveKit'] }).click();
    await expect
      .poll(() => block.locator('[data-save-status]').textContent(), { timeout: 30_000 })
      .toBe(`Guardado: ${urls.length - 1} páginas y 1 PDF.`);
    await page.context().setOffline(true);
    const response = await page.goto(siteUrl(lessons[1] ?? ''));
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.locator('[data-lesson-steps]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('search is never cached: each query gets its own results, and offline a search says it needs the network', async () => {
    const { page, errors } = await controlledPage(browser, siteUrl('/'));
    /**
     * The links of Pagefind's first results (the page shows the count, then up to four results),
     * sorted: each takes the place of the same page in the first answer, if it showed it, so the
     * order on the page depends on which answered first.
     */
    const resultsFor = async (q: string) => {
      await page.goto(siteUrl(`/buscar/?q=${encodeURIComponent(q)}`));
      const shown = async () => {
        const n = Number(/\d+/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[0] ?? -1);
        const links = (await page.locator('[data-search-results] li:not([data-first]) > a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).sort();
        return n > 0 && links.length === Math.min(n, 4) ? links : undefined;
      };
      await expect.poll(shown, { timeout: 15_000 }).toBeDefined();
      expect(await page.locator('#search-q').inputValue()).toBe(q);
      return shown();
    };
    const a = await resultsFor('Loreto');
    const b = await resultsFor('DEMUNA');
    expect(await resultsFor('Loreto')).toEqual(a);
    expect(await resultsFor('DEMUNA')).toEqual(b);
    expect(a).not.toEqual(b);
    expect((await cachedPaths(page)).filter((path) => /\/buscar|\/pagefind\//.test(path))).toEqual([]);

    await page.context().setOffline(true);
    const response = await page.goto(siteUrl('/buscar/?q=Loreto'));
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.locator('h1').textContent()).toBe(es['offline.title']);
    expect(await page.locator('[data-offline-search]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-results]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('without JavaScript nothing is registered, the offline page explains, and the save button stays hidden', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/sin-conexion/'));
    expect(await page.locator('[data-offline-nojs]').isVisible()).toBe(true);
    expect(await page.locator('[data-offline-app]').isVisible()).toBe(false);
    await page.goto(siteUrl('/protocolos/ruta-de-derivacion/'));
    expect(await page.locator('[data-save-offline]').isVisible()).toBe(false);
    await page.waitForTimeout(500);
    expect(page.context().serviceWorkers()).toEqual([]);
    await page.context().close();
  });

  test('the offline page is accessible, in both languages, with and without JavaScript', async () => {
    await expectAccessible(browser, '/sin-conexion/');
    await expectAccessible(browser, '/qu/sin-conexion/');
    await expectAccessible(browser, '/sin-conexion/', { javaScriptEnabled: false });
  });
});

describe('updates', () => {
  /**
   * A new build, simulated: a server in front of the test server that answers /sw.js with a
   * worker of another version. Same origin throughout, so the caches are the same.
   */
  let worker = '';
  let proxy: Server | undefined;
  afterAll(() => new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve())));

  async function startProxy(): Promise<string> {
    const upstream = new URL(baseUrl());
    proxy = createServer((req, res) => {
      if (req.url === WORKER_URL) {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
        res.end(worker);
        return;
      }
      const out = forward({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      out.on('error', () => res.destroy());
      req.pipe(out);
    });
    await new Promise<void>((resolve) => proxy?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  }

  test('the worker of a new build replaces the old shell and keeps the pages saved, styled', async () => {
    const built = readFileSync(join(distDir(), 'sw.js'), 'utf8');
    const version = /"version":"([0-9a-f]+)"/.exec(built)?.[1] ?? '';
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    worker = built;
    const origin = await startProxy();
    const { page, errors } = await controlledPage(browser, `${origin}/`);
    const colour = await quickExitColour(page);
    const names = () => page.evaluate(() => caches.keys());
    expect(await names()).toContain(`alianza-shell-${version}`);
    await page.goto(`${origin}${PROTOCOL}`);
    await saveWithButton(page, es['offline.saveProtocol']);
    await stored(page, PROTOCOL);

    worker = built.replace(`"version":"${version}"`, '"version":"000000000001"');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(names, { timeout: 15_000 }).not.toContain(`alianza-shell-${version}`);
    expect((await names()).sort()).toEqual([PAGES_CACHE, 'alianza-shell-000000000001']);

    // The saved page opens offline under the new worker, styled: a page carries its CSS inline,
    // so a page saved under an older build needs no file of that build.
    await page.context().setOffline(true);
    await page.goto(`${origin}${PROTOCOL}`);
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toContain('Ruta de derivación');
    expect(await quickExitColour(page)).toBe(colour);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the worker and the scripts on every page', () => {
  test('/sw.js is served as JavaScript and is the worker the pages register', async () => {
    const { page } = await controlledPage(browser, siteUrl('/'));
    const response = await page.request.get(siteUrl(WORKER_URL));
    expect(response.headers()['content-type']).toMatch(/^text\/javascript/);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toBe(siteUrl(WORKER_URL));
    await page.context().close();
  });

  test('the registration is at most 1 KB and all scripts of a page at most 3 KB (brotli)', () => {
    const scripts = (html: string) => [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[0]);
    const external = htmlPages().flatMap((path) => scripts(readPage(path)).filter((s) => /\ssrc=/.test(s)).map((s) => `${path}: ${s}`));
    expect(external, 'scripts are inlined (a page offline cannot fetch a script it never loaded)').toEqual([]);
    const registration = scripts(readPage('/')).find((s) => s.includes('serviceWorker')) ?? '';
    expect(brotliCompressSync(registration).length).toBeLessThanOrEqual(1024);
    // The search page's interface (the scripts that load Pagefind) needs the network anyway and has
    // budgets of its own (scripts/lib/page-weight.mjs, tests/e2e/search.test.ts): the rest counts.
    const loadsPagefind = (script: string) => /pagefind/i.test(script) && /\bimport\s*\(/.test(script);
    const heavy = htmlPages()
      .map((path) => ({ path, bytes: brotliCompressSync(scripts(readPage(path)).filter((s) => !loadsPagefind(s)).join('')).length }))
      .filter((p) => p.bytes > 3 * 1024);
    expect(heavy).toEqual([]);
  });
});
