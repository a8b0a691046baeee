// What a reader on a low-end phone feels (`--phone`): pages opened cold in Chromium on a 360 × 640
// screen, the network throttled to WebPageTest's 2G and 3G profiles and the CPU slowed 4×, each
// load three times, medians printed: first contentful paint, largest contentful paint, bytes and
// requests until the page has loaded; and how long /buscar/?q=<word> takes to show results.
// The built folder is served as nginx serves it (the .br file when the browser accepts brotli; a
// file without one, like Starlight's, is compressed on the fly at the same quality).
import { median, round } from './numbers.mjs';
import { serve } from './serve.mjs';

/** WebPageTest's profiles: bits per second, and the round trip in ms. */
export const PROFILES = {
  '2G': { down: 280_000, up: 256_000, latency: 800 },
  '3G': { down: 1_600_000, up: 768_000, latency: 300 },
};
const CPU_SLOWDOWN = 4;
const RUNS = 3;

/**
 * One cold load: a new context, throttled; its paint times, bytes and requests until `load`, and
 * when each selector of `waitFor` first matched (ms from the start of the navigation).
 */
async function load(browser, url, profile, waitFor = []) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, serviceWorkers: 'block' });
  await context.addInitScript((selectors) => {
    new PerformanceObserver((list) => {
      window.__lcp = list.getEntries().at(-1)?.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    // When each selector first matches, noted in the page as it changes: the page's load event
    // waits for the preloaded WebAssembly, which would come after a first answer.
    window.__seen = selectors.map(() => undefined);
    new MutationObserver(() => {
      selectors.forEach((selector, i) => {
        if (window.__seen[i] === undefined && document.querySelector(selector)) window.__seen[i] = performance.now();
      });
    }).observe(document, { childList: true, subtree: true });
  }, waitFor);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.latency, downloadThroughput: profile.down / 8, uploadThroughput: profile.up / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let bytes = 0;
  let requests = 0;
  let loaded = false;
  cdp.on('Network.requestWillBeSent', () => {
    if (!loaded) requests++;
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (!loaded) bytes += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  loaded = true;
  for (const selector of waitFor) await page.waitForSelector(selector, { timeout: 120_000 });
  const ready = await page.evaluate(() => window.__seen);
  await page.waitForTimeout(300);
  const paint = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    lcp: window.__lcp,
  }));
  await context.close();
  return { ...paint, bytes, requests, ready };
}

/**
 * The figures of a built site's pages (paths), on each profile, medians of three cold loads; and
 * the time /buscar/?q=<word> takes to show its first result (the first answer's,
 * src/components/search/first-answer.ts) and Pagefind's first (`search`: false for a site without
 * this site's search page).
 * @param {string} dir @param {string[]} paths @param {{ word?: string, search?: boolean }} [options]
 */
export async function phoneFigures(dir, paths, { word = 'trata', search = true } = {}) {
  const { chromium } = await import('playwright-core');
  const server = await serve(dir, { compressMissing: true });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const medians = (loads, key) => round(median(loads.map((l) => l[key] ?? Number.NaN).sort((a, b) => a - b)));
  try {
    const pages = [];
    for (const [name, profile] of Object.entries(PROFILES)) {
      for (const path of paths) {
        const loads = [];
        for (let i = 0; i < RUNS; i++) loads.push(await load(browser, `${base}${path}`, profile));
        pages.push({ profile: name, path, fcp: medians(loads, 'fcp'), lcp: medians(loads, 'lcp'), kb: round(medians(loads, 'bytes') / 1024), requests: medians(loads, 'requests') });
      }
    }
    const searches = [];
    if (search) {
      for (const [name, profile] of Object.entries(PROFILES)) {
        const loads = [];
        for (let i = 0; i < RUNS; i++) {
          const { ready } = await load(browser, `${base}/buscar/?q=${encodeURIComponent(word)}`, profile, ['[data-search-results] li a', '[data-search-results] li:not([data-first]) a']);
          loads.push({ first: ready[0], pagefind: ready[1] });
        }
        searches.push({ profile: name, word, results: medians(loads, 'first'), pagefind: medians(loads, 'pagefind'), each: loads.map((l) => round(l.first)) });
      }
    }
    return { pages, searches };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The figures as lines of a table. @param {string} site @param {Awaited<ReturnType<typeof phoneFigures>>} figures */
export function phoneTable(site, figures) {
  const rows = figures.pages.map((p) => `${site.padEnd(10)} ${p.profile}  ${p.path.padEnd(48)} FCP ${String(p.fcp).padStart(7)} ms  LCP ${String(p.lcp).padStart(7)} ms  ${String(p.kb).padStart(6)} KB  ${p.requests} requests`);
  for (const s of figures.searches) rows.push(`${site.padEnd(10)} ${s.profile}  ${`/buscar/?q=${s.word}: results after`.padEnd(48)} ${s.results} ms (${s.each.join(', ')}); Pagefind's after ${s.pagefind} ms`);
  return rows.join('\n');
}

/** The pages the phone figures are taken on: one of each kind this site has. */
export const PHONE_PAGES = ['/', '/protocolos/ruta-de-derivacion/v2.0/', '/kits/secundaria/', '/kits/secundaria/viajar-seguro/', '/herramientas/oferta-o-trampa/', '/regiones/loreto/', '/buscar/'];

/**
 * The comparable pages of the Starlight build: its home, and its first protocol and lesson pages
 * (the same entries as ours). @param {string[]} htmlFiles paths of its built pages, "/protocolos/…/index.html"
 */
export function starlightPages(htmlFiles) {
  const page = (prefix) => htmlFiles.find((f) => f.startsWith(prefix))?.replace(/index\.html$/, '');
  return ['/', page('/protocolos/ruta-de-derivacion/'), page('/kits/secundaria/')].filter(Boolean);
}
