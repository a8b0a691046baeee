// What a reader's first search transfers: the built folder served as nginx serves it (the .br
// file when the browser accepts brotli) and /buscar/?q=<word> opened in headless Chromium, as
// tests/e2e/search.test.ts measures it. Chromium is driven by the root project's playwright-core.
import { serve } from './serve.mjs';

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
  const one = async (query) => {
    const page = await (await browser.newContext()).newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const urls = new Map();
    const sizes = new Map();
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => sizes.set(urls.get(e.requestId) ?? e.requestId, e.encodedDataLength));
    await page.goto(`http://127.0.0.1:${port}/buscar/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /\d|No hay|Manam/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 60_000 });
    await page.waitForTimeout(500);
    const status = ((await page.locator('[data-search-status]').textContent()) ?? '').trim();
    const all = [...sizes];
    const search = all.filter(([u]) => u.includes('/pagefind/') || u.includes('/_astro/'));
    const sum = (list) => list.reduce((n, [, bytes]) => n + bytes, 0);
    await page.context().close();
    return { word: query, status, requests: all.length, totalBytes: sum(all), searchBytes: sum(search) };
  };
  try {
    const first = await one(word);
    const others = [];
    for (const sentence of sentences) others.push(await one(sentence));
    return { ...first, sentences: others };
  } finally {
    await browser.close();
    server.close();
  }
}

