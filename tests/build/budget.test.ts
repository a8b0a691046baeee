/**
 * Low-bandwidth budgets on every page of dist/ (docs/performance.md, "Budgets"): HTML + CSS in one round trip,
 * a small chrome, one small stylesheet, scripts only to enhance (search aside), few requests, no
 * web fonts, sized and lazy images, and navigation that does not grow with the site. The figures
 * come from scripts/lib/page-weight.mjs, which `npm run budget` prints as a table.
 */
import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetProblems, countWords, fontProblems, imageProblems, measureSite, type PageWeight } from '../../scripts/lib/page-weight.mjs';
import { distDir } from '../support/dist';

const pages = measureSite(distDir());
const page = (path: string): PageWeight => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`${path} is not a page of dist/`);
  return found;
};

describe('the meter', () => {
  it('measures every page, and sees what a page is made of', () => {
    expect(pages.length).toBeGreaterThan(100);
    const home = page('/');
    expect(home.words).toBeGreaterThan(20);
    expect(home.chromeBr).toBeGreaterThan(1_000);
    expect(home.chromeBr).toBeLessThan(home.htmlBr);
    // The CSS comes inline, in the page's one response: nothing to wait for before it paints.
    expect(home.stylesheets).toEqual([]);
    expect(home.cssBr).toBeGreaterThan(1_000);
    expect(home.firstPaintBr).toBe(home.htmlBr);
    expect(home.requests[0]).toBe('/');
    expect(home.requests).toContain('/favicon.svg');
    // The quick exit's script, inline; the JSON-LD of protocol pages is data and does not count.
    expect(home.scripts.length).toBeGreaterThan(0);
    expect(home.scripts.every((s) => !s.search && !s.blocking && s.br > 0)).toBe(true);
    expect(home.chromeLinks).toEqual(expect.arrayContaining(['/protocolos/', '/qu/']));
    // The search, and its extras (filter counts, the other language's count), which load the same Pagefind.
    expect(page('/buscar/').scripts.filter((s) => s.search)).toHaveLength(2);
    expect(page('/qu/buscar/').scripts.filter((s) => s.search)).toHaveLength(2);
    // The search page asks for Pagefind's first downloads with the page (the first query's bytes,
    // budgeted by tests/e2e/search-chain.test.ts); no other page does.
    expect(page('/buscar/').searchPreloads).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', expect.stringMatching(/^\/pagefind\/pagefind-entry\.json\?ts=/)]));
    expect(page('/buscar/').requests).toEqual(['/buscar/', '/favicon.svg']);
    expect(home.searchPreloads).toEqual([]);
  });

  it('counts words of text a reader sees', () => {
    expect(countWords(' Línea 100:  llama — gratis\n 24 h ')).toBe(6); // the dash is not a word
  });

  it('names the page, the figure and the budget when a page breaks one', () => {
    const heavy: PageWeight = {
      ...page('/'),
      path: '/pesada/',
      words: 800,
      htmlBr: 11_000,
      cssBr: 6_100,
      firstPaintBr: 15_000,
      stylesheets: [{ href: '/a.css', br: 4_000 }],
      chromeBr: 6_100,
      scripts: [{ src: '/x.js', br: 3_100, search: true, blocking: true }],
      requests: ['/pesada/', '/a.css', '/x.js', '/favicon.svg', '/foto.webp'],
      chromeLinks: Array.from({ length: 26 }, (_, i) => `/p${i}/`),
    };
    expect(budgetProblems(heavy)).toMatchInlineSnapshot(`
      [
        "/pesada/: HTML + CSS: 15,000 B brotli, over the budget of 14,600 B for a page of up to 1,500 words (it has 800)",
        "/pesada/: chrome (the HTML without the page's own text): 6,100 B brotli, over the budget of 6,000 B",
        "/pesada/: waits for 1 stylesheet(s) before it paints (/a.css), a round trip each: carry the CSS in the page (build.inlineStylesheets: 'always')",
        "/pesada/: CSS: 6,100 B brotli, over the budget of 6,000 B",
        "/pesada/: a script loads Pagefind; only the search page (/buscar/) may need JavaScript",
        "/pesada/: scripts: 3,100 B brotli, over the budget of 3,000 B",
        "/pesada/: the script /x.js stops the page from showing until it runs; make it type="module" or add defer",
        "/pesada/: a first view makes 5 requests (/pesada/, /a.css, /x.js, /favicon.svg, /foto.webp), over the budget of 4",
        "/pesada/: links to 26 pages from outside <main>, over the budget of 25 (navigation on every page must not grow with the site): /p0/ /p1/ /p2/ /p3/ /p4/ /p5/ /p6/ /p7/ /p8/ /p9/ /p10/ /p11/ /p12/ /p13/ /p14/ /p15/ /p16/ /p17/ /p18/ /p19/ /p20/ /p21/ /p22/ /p23/ /p24/ /p25/",
      ]
    `);
    expect(budgetProblems({ ...heavy, searchPreloads: ['/pagefind/pagefind.js'], scripts: [] })).toContain(
      "/pesada/: asks early for Pagefind's files (/pagefind/pagefind.js); only the search page (/buscar/) may",
    );
    expect(budgetProblems({ ...heavy, words: 1_600, chromeBr: 100, cssBr: 4_000, stylesheets: [], scripts: [], requests: ['/'], chromeLinks: [] })).toEqual([]);
  });
});

describe('every page keeps its budgets', () => {
  for (const { path } of pages) {
    it(`${path}`, () => {
      expect(budgetProblems(page(path))).toEqual([]);
    });
  }
});

describe('images', () => {
  it('every <img> has width and height, loads lazily (but the first), is AVIF, WebP or SVG, and weighs at most 50 KB', () => {
    expect(pages.flatMap(imageProblems)).toEqual([]);
  });

  it('would notice a bad image', () => {
    const withImages: PageWeight = {
      ...page('/'),
      images: [
        { src: '/portada.webp', width: '640', height: '360', loading: undefined, bytes: 30_000 },
        { src: '/foto.jpg', width: undefined, height: '300', loading: undefined, bytes: 80_000 },
        { src: '/falta.avif', width: '10', height: '10', loading: 'lazy', bytes: undefined },
      ],
    };
    expect(imageProblems(withImages)).toEqual([
      '/: <img src="/foto.jpg"> has no width and height: give both, in pixels',
      '/: <img src="/foto.jpg"> lacks loading="lazy" (only a page\'s first image may load at once)',
      '/: <img src="/foto.jpg"> is not AVIF, WebP or SVG: convert it',
      `/: <img src="/foto.jpg"> is 80,000 B, over the budget of ${BUDGETS.image.toLocaleString('en-US')} B`,
      '/: <img src="/falta.avif">: no such file in the built site',
    ]);
  });
});

describe('fonts', () => {
  it('the site ships no web font: no font file, no @font-face', () => {
    expect(fontProblems(distDir())).toEqual([]);
  });
});
