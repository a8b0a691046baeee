// What a reader's first search transfers: the built folder served as nginx serves it (the .br
// file when the browser accepts brotli) and /buscar/?q=<word> opened in headless Chromium, as
// tests/e2e/search.test.ts measures it. Chromium is driven by the root project's playwright-core.
import { serve } from './serve.mjs';

/** The further query typed after the first (in another index chunk than "trata", as in tests/e2e/search.test.ts). */
export const FURTHER = 'DEMUNA';

/**
 * Sentences measured besides the word: the five words that fall back to some of them (no page
 * holds them all) and six words with a synonym phrase, the heaviest first queries of
 * docs/search.md ("Transfer"). The site's own pages are in every benchmark copy, so both find pages.
 */
export const SENTENCES = ['me ofrecieron trabajo en Lima', 'señales de alerta en el colegio'];

/**
 * Opens /buscar/?q=<word> in headless Chromium and adds up the bytes received (Chromium's
 * encodedDataLength, as tests/e2e/search.test.ts does): everything the visit loaded, and the
 * search's own part (/pagefind/ and /_astro/ files: the first answer's and Pagefind's), which is
 * what the test guards; then the same for each of `sentences`, each in a new browser context.
 */
export async function firstSearch(dir, word, sentences = SENTENCES) {
  const { chromium } = await import('playwright-core');
  const server = await serve(dir);
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  // The flags of tests/setup/browser.ts (this machine's closed network; no browser is downloaded).
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const one = async (query, furtherWord) => {
    const page = await (await browser.newContext()).newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const urls = new Map();
    const sizes = new Map();
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => sizes.set(urls.get(e.requestId) ?? e.requestId, e.encodedDataLength));
    await page.goto(`http://127.0.0.1:${port}/buscar/?q=${encodeURIComponent(query)}`);
    // Pagefind's count, or, on a site large enough that Pagefind waits for the reader
    // (src/lib/search/on-demand.ts), the first answer's page of results with its button.
    await page.waitForFunction(() => /\d|No hay|Manam/.test(document.querySelector('[data-search-status]')?.textContent ?? '') || document.querySelector('[data-search-full]:not([hidden])'), null, { timeout: 60_000 });
    await page.waitForTimeout(500);
    const status = ((await page.locator('[data-search-status]').textContent()) ?? '').trim();
    const all = [...sizes];
    const search = all.filter(([u]) => u.includes('/pagefind/') || u.includes('/_astro/'));
    const sum = (list) => list.reduce((n, [, bytes]) => n + bytes, 0);
    // What the reader's press of "Ver todos los resultados" then costs, when the page has it.
    let fullBytes;
    const full = page.locator('[data-search-full]');
    if (await full.isVisible()) {
      const before = new Set(sizes.keys());
      await full.click();
      await page.waitForFunction(() => /\d/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 60_000 });
      await page.waitForTimeout(500);
      fullBytes = sum([...sizes].filter(([u]) => !before.has(u) && (u.includes('/pagefind/') || u.includes('/_astro/'))));
    }
    // A further query, typed on the same page: what it adds (the budget: 15 KB).
    let further;
    if (furtherWord) {
      const before = new Set(sizes.keys());
      await page.locator('#search-q').fill(furtherWord);
      await page.locator('#search-q').press('Enter');
      const shown = ((await page.locator('[data-search-status]').textContent()) ?? '').trim();
      // Its status names it (the first answer's), or gives another count (Pagefind's); a count
      // equal to the first's shows nothing new: then the bytes after 10 s are taken.
      await page
        .waitForFunction(([w, old]) => {
          const now = (document.querySelector('[data-search-status]')?.textContent ?? '').trim();
          return now.includes(w) || (/^\d/.test(now) && now !== old);
        }, [furtherWord, shown], { timeout: 10_000 })
        .catch(() => undefined);
      await page.waitForTimeout(1000);
      further = { word: furtherWord, bytes: sum([...sizes].filter(([u]) => !before.has(u) && (u.includes('/pagefind/') || u.includes('/_astro/')))) };
    }
    await page.context().close();
    return { word: query, status, requests: all.length, totalBytes: sum(all), searchBytes: sum(search), ...(fullBytes === undefined ? {} : { fullBytes }), ...(further ? { further } : {}) };
  };
  try {
    const first = await one(word, FURTHER);
    const others = [];
    for (const sentence of sentences) others.push(await one(sentence));
    return { ...first, sentences: others };
  } finally {
    await browser.close();
    server.close();
  }
}

