/**
 * The first answer on a slow line (docs/phone.md): on the 2G profile of the benchmark, /buscar/?q=…
 * shows titles and links from the build's small index before Pagefind's WebAssembly has arrived,
 * after the page and one small file per word; Pagefind's results then fill in without moving what
 * is shown. The seconds are the benchmark's (`npm run bench -- --phone`): on a shared machine a test
 * cannot time them, so it checks what decides them, the requests the first result waited for.
 */
import { describe, expect, test } from 'vitest';
import { siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();

/** WebPageTest's 2G profile, as bench/lib/phone.mjs uses it. */
const LINE_2G = { offline: false, latency: 800, downloadThroughput: 280_000 / 8, uploadThroughput: 256_000 / 8 };

const links = 'ol[data-search-results] li a';

describe('the first answer of a search', () => {
  // A file for each word, and for a word with synonyms one for its synonym ("wawa", also "warma";
  // "hoteles", also "hospedaje"); two words may share a file.
  for (const [path, firstFiles] of [
    ['/buscar/?q=trata', 1],
    ['/qu/buscar/?q=wawa', 2],
    ['/buscar/?q=turismo hoteles', 3],
  ] as const) {
    test(`${path}: on 2G, results show before the WebAssembly has come, after the page and at most ${firstFiles} small files; Pagefind keeps their order`, async () => {
      const page = await browser.newPage({ serviceWorkers: 'block' });
      const context = page.context();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', LINE_2G);
      const urls = new Map<string, string>();
      const done = new Map<string, number>();
      cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, new URL(e.request.url).pathname));
      cdp.on('Network.loadingFinished', (e) => done.set(urls.get(e.requestId) ?? e.requestId, e.encodedDataLength));
      await page.goto(siteUrl(path), { waitUntil: 'commit', timeout: 60_000 });
      await page.locator(links).first().waitFor({ timeout: 60_000 });
      const arrived = [...done];
      const shown = await page.locator(links).evaluateAll((as) => as.map((a) => a.getAttribute('href')));

      // Shown by the first answer (Pagefind's results carry no data-first), with a title and a type.
      expect(await page.locator('ol[data-search-results] li').first().getAttribute('data-first')).toBe('');
      expect((await page.locator(links).first().textContent())?.trim()).not.toBe('');
      // What the first result waited for: the page and the first answer's files, a few KB. Not
      // Pagefind's WebAssembly, the largest file of a search.
      const wasm = arrived.filter(([p]) => p.endsWith('.pagefind'));
      expect(wasm, arrived.map(([p, n]) => `${n}\t${p}`).join('\n')).toEqual([]);
      const first = arrived.filter(([p]) => p.includes('/pagefind/first/'));
      expect(first.map(([p]) => p).length).toBeLessThanOrEqual(firstFiles);
      expect(first.length).toBeGreaterThan(0);
      for (const [file, bytes] of first) expect(bytes, file).toBeLessThan(3_000);

      // Pagefind's results fill in: what the first answer showed keeps its place.
      await expect.poll(() => page.locator('ol[data-search-results] li:not([data-first])').count(), { timeout: 60_000 }).toBeGreaterThan(0);
      const after = await page.locator(links).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(after.slice(0, shown.length)).toEqual(shown);
      expect(await page.locator('[data-search-status]').textContent()).toMatch(/\d/);
      await context.close();
    });
  }

  test('with a filter ticked, Pagefind alone answers (the first answer knows no filters)', async () => {
    const page = await browser.newPage();
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(siteUrl('/buscar/?q=trata&region=Loreto'));
    await expect.poll(() => page.locator('ol[data-search-results] li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('ol[data-search-results] li[data-first]').count()).toBe(0);
    expect(asked.filter((p) => p.includes('/pagefind/first/'))).toEqual([]);
    await page.close();
  });
});
