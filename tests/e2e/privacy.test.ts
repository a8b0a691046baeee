/**
 * Privacy and Content-Security-Policy, in real Chromium, on one page of every type.
 *
 * Visitors may be at risk: a page must request nothing from another host, set no cookie, keep
 * nothing in the browser's storage, and run only the scripts the site shipped. Each page is
 * served with the headers of dist/_headers applied as a static host would (Cloudflare Pages'
 * rules: every matching rule, in file order, "! Name" removes), so the header policy and the
 * <meta> policy that Astro writes are enforced together. A page fails on:
 * - any CSP violation (console message, or a `securitypolicyviolation` event recorded in the page);
 * - any console error or uncaught page error;
 * - any request to a host other than the local test server (every URL is recorded; requests that
 *   would leave are also aborted, so nothing leaves the machine even when a test fails);
 * - any cookie, localStorage or sessionStorage entry at the end (Cache Storage does hold the pages
 *   kept for offline reading, by design: listed and removable on /sin-conexion/, see
 *   offline.test.ts);
 * - a missing CSP <meta>, or one that allows 'unsafe-inline' or 'unsafe-eval'.
 * The quick-exit link leads to another host on purpose: it is never clicked here (see
 * quick-exit.test.ts).
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile, headersText } from '../support/headers';
import { baseUrl, siteUrl, trackPageErrors, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();


// ---------------------------------------------------------------------------------------------
// Watching a page.

interface Watch {
  requests: string[];
  /** Responses with a status of 400 or more: "404 http://…". */
  failed: string[];
  csp: string[];
  errors: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Runs in every document before the page's own scripts (Playwright's init scripts are exempt from CSP). */
function recordCspViolations(): void {
  const list: string[] = [];
  window.__cspViolations = list;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      list.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
    },
    true,
  );
}

const CSP_MESSAGE = /content[- ]security[- ]policy|refused to (load|execute|apply|connect|create|compile|frame|evaluate)/i;

function isLocal(url: string): boolean {
  if (url.startsWith('data:')) return true; // inline data, never leaves the page (img-src allows data:)
  try {
    return new URL(url).origin === new URL(baseUrl()).origin;
  } catch {
    return false;
  }
}

/**
 * Serves every local response with the headers of dist/_headers added, and aborts any request
 * that would leave the machine (after it was recorded by the 'request' listeners).
 */
async function serveLikeTheHost(context: BrowserContext): Promise<void> {
  const rules = parseHeadersFile(headersText());
  const handle = async (route: Route) => {
    const url = route.request().url();
    if (!isLocal(url)) {
      await route.abort('blockedbyclient');
      return;
    }
    const response = await route.fetch({ maxRedirects: 0 });
    const headers = response.headers();
    // The body handed back below is already decoded.
    delete headers['content-encoding'];
    delete headers['content-length'];
    Object.assign(headers, headersFor(rules, new URL(url).pathname));
    await route.fulfill({ response, headers });
  };
  // A request still in flight when the test closes its context cannot be answered any more.
  await context.route('**/*', (route) => handle(route).catch(() => undefined));
}

async function watchedPage(): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage();
  const context = page.context();
  const watch: Watch = { requests: [], failed: [], csp: [], errors: trackPageErrors(page) };
  context.on('response', (response) => {
    if (response.status() >= 400) watch.failed.push(`${response.status()} ${response.url()}`);
  });
  context.on('request', (request) => watch.requests.push(request.url()));
  page.on('request', (request) => watch.requests.push(request.url()));
  page.on('console', (message) => {
    if (CSP_MESSAGE.test(message.text())) watch.csp.push(`console.${message.type()}: ${message.text()}`);
  });
  await context.addInitScript(recordCspViolations);
  await serveLikeTheHost(context);
  return { page, watch };
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle');
}

const NOT_FOUND_MESSAGE = 'console.error: Failed to load resource: the server responded with a status of 404 (Not Found)';

/**
 * Everything that must hold at the end of a visit. `notFound`: the page itself is a 404 page
 * (Chromium then logs one "Failed to load resource" error for the document, and only that).
 */
async function expectNothingLeaked(page: Page, watch: Watch, notFound?: string): Promise<void> {
  await settle(page);
  const violations = await page.evaluate(() => window.__cspViolations ?? ['the violation recorder did not run']);
  expect([...watch.csp, ...violations], 'CSP violations').toEqual([]);
  expect([...new Set(watch.failed)], 'failed requests').toEqual(notFound ? [`404 ${notFound}`] : []);
  const errors = [...watch.errors];
  if (notFound && errors.includes(NOT_FOUND_MESSAGE)) errors.splice(errors.indexOf(NOT_FOUND_MESSAGE), 1);
  expect(errors, 'console errors and page errors').toEqual([]);
  const foreign = [...new Set(watch.requests)].filter((url) => !isLocal(url));
  expect(foreign, 'requests to another host').toEqual([]);
  expect(watch.requests.length, 'requests were recorded').toBeGreaterThan(0);
  expect(await page.context().cookies(), 'cookies').toEqual([]);
  const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
  expect(storage, 'localStorage and sessionStorage').toEqual({ local: 0, session: 0 });
}

/** The CSP <meta>: in <head>, before any script or stylesheet, strict. */
async function expectCspMeta(page: Page): Promise<string> {
  const meta = await page.evaluate(() => {
    const metas = [...document.querySelectorAll('meta[http-equiv]')].filter(
      (m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
    );
    const first = metas[0];
    if (!first) return { count: 0, policy: '', inHead: false, earlier: [] as string[] };
    const earlier = [...document.querySelectorAll('script, style, link[rel~="stylesheet"]')]
      .filter((el) => el.getAttribute('type') !== 'application/ld+json')
      .filter((el) => el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)
      .map((el) => el.outerHTML.slice(0, 120));
    return { count: metas.length, policy: first.getAttribute('content') ?? '', inHead: first.parentElement === document.head, earlier };
  });
  expect(meta.count, 'one CSP <meta>').toBe(1);
  expect(meta.inHead, 'the CSP <meta> is in <head>').toBe(true);
  expect(meta.earlier, 'scripts or styles before the CSP <meta> (it would not cover them)').toEqual([]);
  // 'wasm-unsafe-eval' (WebAssembly for Pagefind) allows no JavaScript eval; these would.
  expect(meta.policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'strict-dynamic'|(^|\s)(\*|https?:|blob:)/);
  expect(meta.policy.match(/\bdata:/g) ?? [], 'data: only for images').toHaveLength(1);
  const directives = new Map(
    meta.policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name, values.join(' ')]),
  );
  expect(Object.fromEntries([...directives].filter(([name]) => !/^(script|style)-src/.test(name)))).toEqual({
    'default-src': "'self'",
    'img-src': "'self' data:",
    'font-src': "'self'",
    'connect-src': "'self'",
    // The service worker of offline reading (/sw.js); nothing from blob:, data: or another host.
    'worker-src': "'self'",
    'manifest-src': "'self'",
    'media-src': "'none'",
    'form-action': "'self'",
    'base-uri': "'self'",
    'object-src': "'none'",
    'frame-src': "'none'",
  });
  expect(directives.get('script-src')).toMatch(/^'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
  expect(directives.get('style-src')).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]+=*')*$/);
  expect([...directives.keys()].filter((name) => /^(script|style)-src-(elem|attr)$/.test(name))).toEqual([]);
  return meta.policy;
}

/** Elements that would load something from another host without a click. */
async function expectNoForeignResources(page: Page): Promise<void> {
  const foreign = await page.evaluate((origin) => {
    const found: string[] = [];
    const check = (el: Element, attr: string) => {
      const value = el.getAttribute(attr);
      if (!value) return;
      for (const part of attr === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value]) {
        const url = new URL(part, document.baseURI);
        if (url.protocol !== 'data:' && url.origin !== origin) found.push(`<${el.localName} ${attr}="${part}">`);
      }
    };
    for (const el of document.querySelectorAll('[src]')) check(el, 'src');
    for (const el of document.querySelectorAll('[srcset]')) check(el, 'srcset');
    for (const el of document.querySelectorAll('[poster]')) check(el, 'poster');
    for (const el of document.querySelectorAll('object[data]')) check(el, 'data');
    for (const el of document.querySelectorAll('form[action]')) check(el, 'action');
    for (const el of document.querySelectorAll('link[href]')) {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      // canonical and alternate name the public address; they are never fetched by the browser.
      if (rel.some((r) => !['canonical', 'alternate'].includes(r))) check(el, 'href');
    }
    for (const el of document.querySelectorAll('svg [href], svg [*|href]')) {
      if (el.closest('a')) continue;
      check(el, el.hasAttribute('href') ? 'href' : 'xlink:href');
    }
    return found;
  }, new URL(baseUrl()).origin);
  expect(foreign, 'elements loading from another host').toEqual([]);
}

// ---------------------------------------------------------------------------------------------

const pages: { path: string; status?: number; interact?: (page: Page) => Promise<void> }[] = [
  { path: '/' },
  { path: '/qu/' },
  { path: '/la-alianza/' },
  { path: '/socios/oit/' },
  { path: '/regiones/cusco/' },
  { path: '/noticias/' },
  {
    path: '/protocolos/ruta-de-derivacion/v2.0/',
    // The citation script runs, and Permissions-Policy lets the page itself write to the clipboard.
    interact: async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
      const block = page.locator('[data-cite]');
      const copied = (await block.getAttribute('data-copied-label')) ?? '';
      const button = block.locator('[data-cite-text="apa"] + button').first();
      await button.click();
      await expect.poll(() => button.textContent()).toBe(copied);
    },
  },
  { path: '/protocolos/ruta-de-derivacion/v2.0/cambios/' },
  {
    path: '/herramientas/que-hago-si-sospecho/',
    // The in-place stepper fetches the next step (connect-src) and swaps it in.
    interact: async (page) => {
      const first = await page.locator('[data-step-heading]').textContent();
      await page.locator('a[data-step-link]').first().click();
      await expect.poll(() => page.locator('[data-step-heading]').textContent(), { timeout: 15_000 }).not.toBe(first);
      expect(new URL(page.url()).pathname).not.toBe('/herramientas/que-hago-si-sospecho/');
    },
  },
  {
    path: '/herramientas/que-hago-si-sospecho/mapa/',
    interact: async (page) => {
      expect(await page.locator('[data-flowchart] svg').count(), 'the inline SVG flowchart').toBe(1);
      const box = await page.locator('[data-flowchart] svg').boundingBox();
      expect(box?.height ?? 0, 'the flowchart is drawn').toBeGreaterThan(100);
    },
  },
  { path: '/senales-de-alerta/escuelas/' },
  { path: '/calendario/' },
  { path: '/glosario/' },
  { path: '/buscar/?q=trata' },
  { path: '/navegar-con-seguridad/' },
  { path: '/no-existe-esta-pagina/', status: 404 },
  { path: '/qu/mana-kanchu/', status: 404 },
];

describe('privacy: nothing leaves, nothing is kept, only shipped code runs', () => {
  for (const { path, status = 200, interact } of pages) {
    test(path, async () => {
      const { page, watch } = await watchedPage();
      const response = await page.goto(siteUrl(path));
      expect(response?.status()).toBe(status);
      await settle(page);
      await expectCspMeta(page);
      await expectNoForeignResources(page);
      if (interact) await interact(page);
      await expectNothingLeaked(page, watch, status === 404 ? siteUrl(path) : undefined);
      await page.context().close();
    });
  }

  test('the policy lets the search index run: Pagefind and its WebAssembly, without a worker', async () => {
    const { page, watch } = await watchedPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(siteUrl('/buscar/'));
    await settle(page);
    // What src/components/search/search.ts does (Pagefind with noWorker: it starts no worker).
    // A string, not a function: Vitest would rewrite a function's import() for Node.
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ noWorker: true });
      const search = await pagefind.search('trata');
      const first = search.results[0] ? await search.results[0].data() : undefined;
      return { count: search.results.length, url: first ? first.url : '' };
    })()`)) as { count: number; url: string };
    expect(found.count).toBeGreaterThan(0);
    expect(found.url).toMatch(/^\//);
    expect(workers, 'workers').toEqual([]);
    await expectNothingLeaked(page, watch);
    await page.context().close();
  });

  test('the checks see a violation when there is one, and nothing leaves even then', async () => {
    const { page, watch } = await watchedPage();
    await page.goto(siteUrl('/la-alianza/'));
    await settle(page);
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true;';
      document.body.append(script);
      let fetched = 'yes';
      try {
        await fetch('https://tracker.invalid/pixel');
      } catch {
        fetched = 'refused';
      }
      // worker-src 'self' allows the site's own workers (offline reading), never one made in the page.
      const worker = await new Promise<string>((resolve) => {
        try {
          const w = new Worker(URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' })));
          w.addEventListener('error', () => resolve('refused'));
          setTimeout(() => resolve('started'), 2000);
        } catch {
          resolve('refused');
        }
      });
      const style = document.createElement('p');
      style.setAttribute('style', 'color: red');
      document.body.append(style);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { ran: (window as unknown as { injectedRan?: boolean }).injectedRan === true, fetched, worker };
    });
    expect(outcome).toEqual({ ran: false, fetched: 'refused', worker: 'refused' });
    // Permissions-Policy from the headers: reading the clipboard is refused even with the browser's permission.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    const read = await page.evaluate(() => navigator.clipboard.readText().then(() => 'read', (e: Error) => e.message));
    expect(read).toMatch(/permissions policy/i);
    const violations = await page.evaluate(() => window.__cspViolations ?? []);
    expect(violations.some((v) => v.startsWith('script-src-elem'))).toBe(true);
    expect(violations.some((v) => v.startsWith('connect-src') && v.includes('tracker.invalid'))).toBe(true);
    expect(violations.some((v) => v.startsWith('style-src-attr'))).toBe(true);
    expect(violations.some((v) => v.startsWith('worker-src'))).toBe(true);
    expect(watch.csp.length).toBeGreaterThan(0);
    expect(watch.requests.filter((url) => !isLocal(url)), 'CSP stopped the request before it was made').toEqual([]);
    await page.context().close();
  });
});
