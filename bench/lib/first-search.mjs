// What a reader's first search transfers: the built folder served as nginx serves it (the .br
// file when the browser accepts brotli) and /buscar/?q=<word> opened in headless Chromium, as
// tests/e2e/search.test.ts measures it. Chromium is driven by the root project's playwright-core.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** A static server over the built folder that answers with the .br file when the browser accepts brotli, as nginx with brotli_static does. */
function serve(dir) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = join(dir, decodeURIComponent(url.pathname));
    if (!path.startsWith(dir)) return void res.writeHead(400).end();
    if (url.pathname.endsWith('/')) path = join(path, 'index.html');
    try {
      const s = await stat(path);
      if (!s.isFile()) throw new Error('not a file');
    } catch {
      return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
    const headers = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    const brotli = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? '')) && existsSync(`${path}.br`);
    const body = await readFile(brotli ? `${path}.br` : path);
    res.writeHead(200, { ...headers, ...(brotli ? { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' } : {}), 'Content-Length': body.length });
    res.end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * Opens /buscar/?q=<word> in headless Chromium and adds up the bytes received (Chromium's
 * encodedDataLength, as tests/e2e/search.test.ts does): everything the visit loaded, and the
 * search's own part (/pagefind/ and /_astro/ files), which is what the test guards.
 */
export async function firstSearch(dir, word) {
  const { chromium } = await import('playwright-core');
  const server = await serve(dir);
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  // The flags of tests/setup/browser.ts (this machine's closed network; no browser is downloaded).
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const urls = new Map();
    const sizes = new Map();
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => sizes.set(urls.get(e.requestId) ?? e.requestId, e.encodedDataLength));
    await page.goto(`http://127.0.0.1:${port}/buscar/?q=${encodeURIComponent(word)}`);
    await page.waitForFunction(() => /\d|No hay|Manam/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 60_000 });
    await page.waitForTimeout(500);
    const status = ((await page.locator('[data-search-status]').textContent()) ?? '').trim();
    const all = [...sizes];
    const search = all.filter(([u]) => u.includes('/pagefind/') || u.includes('/_astro/'));
    const sum = (list) => list.reduce((n, [, bytes]) => n + bytes, 0);
    return { word, status, requests: all.length, totalBytes: sum(all), searchBytes: sum(search) };
  } finally {
    await browser.close();
    server.close();
  }
}

