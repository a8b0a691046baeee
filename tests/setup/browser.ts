/**
 * Helpers for end-to-end tests in headless Chromium (Debian's /usr/bin/chromium
 * or $CHROME_PATH, driven by playwright-core; no browser is ever downloaded).
 *
 * Typical use, one browser per test file:
 *
 *   import { expect, test } from 'vitest';
 *   import { siteUrl, useBrowser, runAxe, formatViolations } from '../setup/browser.ts';
 *
 *   const browser = useBrowser(); // launches in beforeAll, closes in afterAll
 *
 *   test('home is accessible', async () => {
 *     const page = await browser.newPage({ javaScriptEnabled: false });
 *     const res = await page.goto(siteUrl('/'));
 *     expect(res?.status()).toBe(200);
 *     const violations = await runAxe(page);
 *     expect(violations, formatViolations(violations)).toEqual([]);
 *   });
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Result as AxeResult } from 'axe-core';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, LaunchOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

export type { AxeResult };

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for this machine's closed network; Playwright itself adds a fresh temporary profile dir. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** WCAG tags checked by runAxe() unless told otherwise. */
export const AXE_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** $CHROME_PATH when it is an executable file, else /usr/bin/chromium (as scripts/ensure-test-tools.mjs decides). */
export function chromiumPath(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    try {
      accessSync(fromEnv, constants.X_OK);
      return fromEnv;
    } catch {
      // fall through to the default, like ensure-test-tools.mjs
    }
  }
  return DEFAULT_CHROMIUM_PATH;
}

/** Base URL of the served site (no trailing slash). Only in `site` project tests. */
export function baseUrl(): string {
  const url = inject('baseUrl');
  if (!url) throw new Error('baseUrl was not provided: is this test file outside tests/unit/ (the "site" project)?');
  return url;
}

/** Absolute URL of a site path, e.g. siteUrl('/qu/') → http://127.0.0.1:PORT/qu/ */
export function siteUrl(path = '/'): string {
  return new URL(path, `${baseUrl()}/`).href;
}

/**
 * Launches headless Chromium. `chromium.launch()` always gives the browser a
 * new empty temporary user-data dir (and deletes it on close); passing
 * --user-data-dir yourself is refused by Playwright.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const { args = [], ...rest } = options;
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    timeout: 60_000,
    ...rest,
    args: [...CHROMIUM_ARGS, ...args],
  });
}

/** Contexts opened by newPage() with javaScriptEnabled: false (runAxe needs to know). */
const noJsContexts = new WeakSet<BrowserContext>();

export interface NewPageOptions extends BrowserContextOptions {
  /** Run the page's scripts (default true). Use false to test the no-JS experience. */
  javaScriptEnabled?: boolean;
}

/**
 * Opens a page in its own new browser context (own cookies, storage and JS
 * setting). Closing the browser closes it; `await page.context().close()`
 * frees it earlier.
 */
export async function newPage(browser: Browser, options: NewPageOptions = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: true, ...options });
  if (options.javaScriptEnabled === false) noJsContexts.add(context);
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(30_000);
  return context.newPage();
}

export interface BrowserHandle {
  /** The browser launched in beforeAll (throws if used before it). */
  readonly browser: Browser;
  newPage(options?: NewPageOptions): Promise<Page>;
}

/**
 * One browser per test file: call at the top level of the file (or inside a
 * describe). Registers beforeAll (launch) and afterAll (close).
 */
export function useBrowser(options: LaunchOptions = {}): BrowserHandle {
  let current: Browser | undefined;
  beforeAll(async () => {
    current = await launchBrowser(options);
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });
  const get = (): Browser => {
    if (!current) throw new Error('useBrowser(): the browser is only available inside tests and hooks');
    return current;
  };
  return {
    get browser() {
      return get();
    },
    newPage: (pageOptions?: NewPageOptions) => newPage(get(), pageOptions),
  };
}

/** Collects uncaught page errors and console.error messages of a page, for asserting none happened. */
export function trackPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  return errors;
}

let axeSource: string | undefined;
function getAxeSource(): string {
  if (axeSource === undefined) {
    const require = createRequire(import.meta.url);
    axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  }
  return axeSource;
}

export interface RunAxeOptions {
  /** Tags to run (default AXE_TAGS). */
  tags?: readonly string[];
  /** CSS selectors of regions to leave out of the check. */
  exclude?: readonly string[];
  /** Rule ids to turn off, e.g. ['color-contrast'] — say why in the test. */
  disableRules?: readonly string[];
}

const AXE_TIMEOUT_MS = 45_000;

async function injectAxe(page: Page): Promise<void> {
  const hasAxe = () => page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (await hasAxe()) return;
  try {
    await page.addScriptTag({ content: getAxeSource() });
  } catch {
    // e.g. refused by a Content-Security-Policy: evaluated directly below instead.
  }
  if (!(await hasAxe())) await page.evaluate(getAxeSource());
}

async function runAxeInPage(page: Page, options: RunAxeOptions): Promise<AxeResult[]> {
  await injectAxe(page);
  const args = {
    tags: [...(options.tags ?? AXE_TAGS)],
    exclude: [...(options.exclude ?? [])],
    rules: Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }])),
  };
  const run = page.evaluate(async ({ tags, exclude, rules }) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const context = exclude.length > 0 ? { include: [document], exclude: exclude.map((s) => [s]) } : document;
    const results = await axe.run(context as Parameters<typeof axe.run>[0], {
      runOnly: { type: 'tag', values: tags },
      rules,
      resultTypes: ['violations'],
    });
    return results.violations;
  }, args);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`runAxe: axe.run did not finish within ${AXE_TIMEOUT_MS} ms on ${page.url()}`)),
      AXE_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * axe cannot run inside a page whose scripts are disabled (Chromium runs no
 * callbacks there, so axe.run never settles). For such pages, take the DOM as
 * rendered without JavaScript — <script> elements removed, <noscript> contents
 * kept in place of the <noscript> element — and check it in a scratch
 * JavaScript-enabled page at the same URL (same CSS, same origin) whose own
 * script requests are blocked.
 */
async function runAxeOnNoJsSnapshot(page: Page, options: RunAxeOptions): Promise<AxeResult[]> {
  const browser = page.context().browser();
  if (!browser) throw new Error('runAxe: the page has no Browser (persistent context?)');
  const html = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true) as HTMLElement;
    for (const script of Array.from(root.querySelectorAll('script'))) script.remove();
    for (const noscript of Array.from(root.querySelectorAll('noscript'))) {
      noscript.replaceWith(...Array.from(noscript.childNodes));
    }
    const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>` : '';
    return `${doctype}\n${root.outerHTML}`;
  });
  const url = page.url();
  const context = await browser.newContext({ javaScriptEnabled: true, viewport: page.viewportSize() });
  try {
    const scratch = await context.newPage();
    await scratch.route('**/*', async (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.frame() === scratch.mainFrame()) {
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else if (request.resourceType() === 'script') {
        await route.abort();
      } else {
        await route.continue();
      }
    });
    await scratch.goto(url, { waitUntil: 'load' });
    return await runAxeInPage(scratch, options);
  } finally {
    await context.close();
  }
}

/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules by default) on the page's
 * current document and returns its violations; [] means none.
 * Pages opened with `javaScriptEnabled: false` (through newPage()) are checked
 * as rendered without JavaScript, see runAxeOnNoJsSnapshot.
 */
export async function runAxe(page: Page, options: RunAxeOptions = {}): Promise<AxeResult[]> {
  if (noJsContexts.has(page.context())) return runAxeOnNoJsSnapshot(page, options);
  return runAxeInPage(page, options);
}

function truncate(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/**
 * Human-readable list of axe violations for assertion messages:
 * id, impact, help (and its URL), then the first offending elements' selectors
 * and HTML, so a failing test says what to fix.
 */
export function formatViolations(violations: readonly AxeResult[], maxTargets = 3): string {
  if (violations.length === 0) return 'no accessibility violations';
  const lines = [`${violations.length} accessibility violation(s):`];
  for (const v of violations) {
    lines.push(`- ${v.id} [${v.impact ?? 'unknown impact'}]: ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes.slice(0, maxTargets)) {
      lines.push(`    at ${node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' ')}`);
      lines.push(`       ${truncate(node.html, 160)}`);
      if (node.failureSummary) lines.push(`       ${truncate(node.failureSummary, 240)}`);
    }
    if (v.nodes.length > maxTargets) lines.push(`    … and ${v.nodes.length - maxTargets} more element(s)`);
  }
  return lines.join('\n');
}

/** Opens `path` on the served site, expects it to answer 200, and expects no axe violation. */
export async function expectAccessible(handle: BrowserHandle, path: string, options: NewPageOptions = {}): Promise<void> {
  const page = await handle.newPage(options);
  const response = await page.goto(siteUrl(path));
  expect(response?.status(), path).toBe(200);
  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
  await page.context().close();
}
