/**
 * Search on a slow line: every file a first search needs starts as early as it can be known. The
 * search page names Pagefind's script, entry, WebAssembly and index metadata (preload hints the
 * build adds, src/lib/search/preload.ts), so on a 2G line, where each round trip is most of a
 * second, no Pagefind file waits for another it does not need: the chain of requests after the
 * HTML is at most three deep. The header's search box starts the script, the WebAssembly and the
 * metadata of the page's language when it gets focus.
 */
import { describe, expect, test } from 'vitest';
import { siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();

interface Sent {
  url: string;
  initiator: { type: string; url?: string; stack?: { callFrames: { url: string }[]; parent?: unknown } };
}

/** How deep each request is: the page is 0; a file asked for by the page (or one of its inline scripts) 1; a file asked for by that file's script, 2… */
function depths(page: string, sent: Sent[]): Map<string, number> {
  const depth = new Map<string, number>([[page, 0]]);
  for (const { url, initiator } of sent) {
    if (depth.has(url)) continue;
    const by = initiator.url ?? initiator.stack?.callFrames[0]?.url ?? page;
    depth.set(url, (depth.get(by) ?? depth.get(page) ?? 0) + 1);
  }
  return depth;
}

describe('a first search on a slow line', () => {
  for (const path of ['/buscar/?q=trata', '/qu/buscar/?q=wawa']) {
    test(`${path}: the search page names what a first search needs, and no request chain is more than three deep`, async () => {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      const sent: Sent[] = [];
      cdp.on('Network.requestWillBeSent', (e) => sent.push({ url: e.request.url, initiator: e.initiator as Sent['initiator'] }));
      await page.goto(siteUrl(path));
      await expect.poll(() => page.locator('[data-search-results] li a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const hinted = await page.locator('link[rel="preload"], link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => new URL(l.getAttribute('href') ?? '', location.href)));
      const hints = hinted.map((url) => url.pathname);
      expect(hints).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']));
      // Pagefind asks for its entry file at the very address the page preloaded (its tag, not the
      // time of the request): otherwise the preload is wasted and the entry costs a round trip more.
      const entryAsked = [...new Set(sent.map((s) => new URL(s.url)).filter((url) => url.pathname === '/pagefind/pagefind-entry.json').map((url) => url.search))];
      expect(entryAsked).toEqual([hinted.find((url) => url.pathname === '/pagefind/pagefind-entry.json')?.search]);
      expect(entryAsked[0]).toMatch(/^\?ts=[0-9a-f]{12}$/);
      expect(hints.some((h) => /\/pagefind\/wasm\.[a-z]+\.pagefind$/.test(h))).toBe(true);
      expect(hints.some((h) => /\/pagefind\/pagefind\.[a-z]+_[0-9a-f]+\.pf_meta$/.test(h))).toBe(true);
      const chain = depths(page.url(), sent.filter((s) => new URL(s.url).origin === new URL(siteUrl('/')).origin));
      const deep = [...chain].filter(([, d]) => d > 3).map(([url, d]) => `${new URL(url).pathname} (${d})`);
      expect(deep).toEqual([]);
      // What a first search needs arrived from the page's own hints, at depth 1.
      for (const hint of hinted) expect(chain.get(hint.href), hint.pathname).toBe(1);
      await page.context().close();
    });
  }

  test('the header search box starts fetching Pagefind when it gets focus, on any page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(siteUrl('/socios/'));
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.locator('#site-search').focus();
    await expect.poll(() => asked).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.es.pagefind']));
    // The metadata is asked for once the entry has come: it may follow the WebAssembly.
    await expect.poll(() => asked.some((path) => /^\/pagefind\/pagefind\.es_[0-9a-f]+\.pf_meta$/.test(path))).toBe(true);
    await page.context().close();
  });
});
