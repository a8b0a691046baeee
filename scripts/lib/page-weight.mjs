// @ts-check
// What a page of the built site costs a reader on a slow, metered connection, and the budgets it
// must keep (docs/performance.md, "Budgets"). The one place that measures: `npm run budget` (scripts/budget.mjs)
// prints these figures and tests/build/budget.test.ts fails on them.
//
// Sizes are brotli at quality 11 (src/lib/compression/compress.mjs), the bytes the precompressed .br files
// send; a binary file (an image) counts its own size. A KB here is 1,000 bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { classify, fileOfPath, htmlPaths, siteOrigin } from '../links-report.mjs';
import { brotli, isCompressible } from '../../src/lib/compression/compress.mjs';

/**
 * @typedef {import('hast').Element} Element
 * @typedef {import('hast').Root} Root
 * @typedef {import('hast').RootContent} Node
 */

export const BUDGETS = Object.freeze({
  /** HTML + render-blocking CSS, brotli: what arrives in the first round trip (10 TCP segments of 1,460 bytes). */
  firstRoundTrip: 14_600,
  /** A page with more words of its own than this may take a second round trip. */
  firstRoundTripWords: 1_500,
  /** The HTML without the page's own text (head, header, hotlines, footer), brotli. */
  chrome: 6_000,
  /**
   * Render-blocking stylesheets one page loads: none. Each would cost a round trip before the
   * first paint, which on a 2G line is most of a second; a page carries its CSS inline.
   */
  stylesheets: 0,
  /** The CSS a page needs to paint (inline or not), brotli. */
  css: 6_000,
  /** The scripts of a page, inline and external, brotli: they only enhance what already works. */
  scripts: 3_000,
  /** The search page's own interface (the script that loads Pagefind), brotli. */
  searchScript: 4_000,
  /** Requests of a first view: the page, its CSS, scripts, images loaded at once, icons. */
  requests: 4,
  /**
   * Other pages linked from outside <main>: the chrome must not grow with the site. Today about
   * 20: the main navigation, the language switch, the footer's links and the Alliance's partners
   * (a fixed group of institutions the footer names, not a list that grows with content).
   */
  chromeLinks: 25,
  /** One image file, bytes. */
  image: 50_000,
});

/** Where Pagefind may run: /buscar/, in each language. */
export const isSearchPage = (/** @type {string} */ path) => /^(\/[a-z]{2,3})?\/buscar\/$/.test(path);

/** Image formats made for the web: small (AVIF, WebP), or sharp at any size (SVG). */
const IMAGE_FORMATS = new Set(['.avif', '.webp', '.svg']);
const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;
const PAGEFIND_FILE = /(^|\/)pagefind\//;
/** Elements inside a word's run of text: no space between their text and the next. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/**
 * @typedef {object} Script
 * @property {string | undefined} src   its file, or undefined for an inline script
 * @property {number} br                its text alone, brotli
 * @property {boolean} search           it loads Pagefind: the search interface
 * @property {boolean} blocking         a classic script with src but no async or defer: rendering waits for it
 *
 * @typedef {object} Image
 * @property {string} src
 * @property {string | undefined} width
 * @property {string | undefined} height
 * @property {string | undefined} loading
 * @property {number | undefined} bytes  undefined when the file is not in dist/
 *
 * @typedef {object} PageWeight
 * @property {string} path           URL path, e.g. "/socios/oit/"
 * @property {number} words          words of the page's own text
 * @property {number} htmlBr         the HTML, brotli
 * @property {number} chromeBr       the HTML without the page's own text, brotli
 * @property {{ href: string, br: number }[]} stylesheets  render-blocking stylesheets (files)
 * @property {number} cssBr          the CSS the page needs to paint, inline and in those files, brotli (alone)
 * @property {number} firstPaintBr   what must arrive before the first paint: the HTML (with its inline CSS) and those files, brotli
 * @property {Script[]} scripts
 * @property {number} jsBr           every script together, brotli
 * @property {string[]} requests     what a first view fetches, the page first
 * @property {string[]} searchPreloads Pagefind files the search page asks for early (the first query's)
 * @property {number} firstViewBr    all of it together: the page's weight
 * @property {string[]} chromeLinks  the other pages linked from outside <main>
 * @property {Image[]} images
 */

/**
 * Visits the elements of a tree in document order. (A <template>'s content is not among its
 * children in hast: it is never shown, and never visited.)
 * @param {Root | Element} node
 * @param {(element: Element, ancestors: Element[]) => void} visit
 * @param {Element[]} ancestors
 */
function walk(node, visit, ancestors = []) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child, ancestors);
    walk(child, visit, [...ancestors, child]);
  }
}

/** An attribute as text, or undefined when absent. @param {Element} element @param {string} name */
function attribute(element, name) {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The element with the page's own text: the one marked data-pagefind-body, else <main>. @param {Root} tree */
function ownTextElement(tree) {
  /** @type {Element | undefined} */
  let main;
  /** @type {Element | undefined} */
  let body;
  walk(tree, (element) => {
    if (element.properties['dataPagefindBody'] !== undefined) body ??= element;
    if (element.tagName === 'main') main ??= element;
  });
  return body ?? main;
}

/** The text a reader sees: no scripts, styles, templates or hidden elements. @param {Node} node @returns {string} */
function textOf(node) {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (['script', 'style', 'template'].includes(node.tagName) || node.properties['hidden'] !== undefined) return '';
  const inner = node.children.map(textOf).join('');
  return INLINE.has(node.tagName) ? inner : ` ${inner} `;
}

/** Words: runs of text with a letter or a digit in them. @param {string} text */
export const countWords = (text) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** The HTML with the content of `element` cut out (its tags stay). @param {string} html @param {Element | undefined} element */
function withoutContent(html, element) {
  const placed = (element?.children ?? []).filter((child) => child.position?.start.offset !== undefined);
  const start = placed[0]?.position?.start.offset;
  const end = placed.at(-1)?.position?.end.offset;
  return start === undefined || end === undefined ? html : html.slice(0, start) + html.slice(end);
}

/** What a stylesheet fetches itself (its imports and url()s), data: left out. @param {string} css */
const cssUrls = (css) =>
  [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)|url\(\s*["']?([^"')]+?)["']?\s*\)/g)]
    .map((m) => m[1] ?? m[2] ?? '')
    .filter((url) => url !== '' && !url.startsWith('data:') && !url.startsWith('#'));

/** What a module script imports before it runs (import(), which waits, left out). @param {string} code */
const staticImports = (code) => [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\bfrom\s*)?["'`]([^"'`]+)["'`]/g)].map((m) => m[1] ?? '');
const LOCAL = 'http://page.invalid';

/**
 * A meter for the pages of a built site. Files that pages share (the stylesheet) are read and
 * compressed once.
 * @param {string} dist the built site folder
 */
export function createMeter(dist) {
  const origin = siteOrigin(dist);
  /** @type {Map<string, { bytes: number, br: number, text: string | undefined } | undefined>} */
  const cache = new Map();

  /** A file of dist/: its size, brotli size and, for text, its text. @param {string} page @param {string} url */
  function fileAt(page, url) {
    const target = classify(page, url, origin);
    if (target.kind !== 'internal') return undefined;
    const file = fileOfPath(dist, target.path);
    if (!cache.has(file)) {
      try {
        const data = readFileSync(file);
        const text = isCompressible(file) ? data.toString('utf8') : undefined;
        cache.set(file, { bytes: data.length, br: text === undefined ? data.length : brotli(data).length, text });
      } catch {
        cache.set(file, undefined);
      }
    }
    return cache.get(file);
  }

  /**
   * @param {string} path the page's URL path ("/socios/oit/", "/404.html")
   * @returns {PageWeight}
   */
  function measure(path) {
    const html = readFileSync(fileOfPath(dist, path), 'utf8');
    const tree = fromHtml(html);
    const own = ownTextElement(tree);

    /** @type {string[]} */
    const requests = [path];
    /** Counts a URL once, resolved against the page or a stylesheet. @param {string} url */
    const request = (url, base = `${LOCAL}${path}`) => {
      const at = new URL(url, base);
      const key = at.origin === LOCAL ? at.pathname + at.search : at.href;
      if (!requests.includes(key)) requests.push(key);
    };
    /** @type {PageWeight['stylesheets']} */
    const stylesheets = [];
    /** @type {Script[]} */
    const scripts = [];
    /** @type {Image[]} */
    const images = [];
    /** @type {Set<string>} */
    const chromeLinks = new Set();
    /** @type {string[]} */
    const searchPreloads = [];
    let hasIcon = false;
    let inlineCss = '';

    walk(tree, (element, ancestors) => {
      const { tagName } = element;
      if (tagName === 'link') {
        const rel = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
        const href = attribute(element, 'href');
        if (href === undefined) return;
        if (rel.includes('stylesheet') && attribute(element, 'media') !== 'print' && attribute(element, 'disabled') === undefined) {
          const sheet = fileAt(path, href);
          stylesheets.push({ href, br: sheet?.br ?? 0 });
          request(href);
          for (const url of cssUrls(sheet?.text ?? '')) request(url, new URL(href, `${LOCAL}${path}`).href);
        }
        if (rel.includes('icon') || rel.includes('apple-touch-icon')) hasIcon = true;
        const preload = rel.includes('preload') || rel.includes('modulepreload');
        // Pagefind's files the search page names early: the first query's bytes, not the page's.
        if (preload && PAGEFIND_FILE.test(href)) searchPreloads.push(href);
        else if (preload || rel.some((r) => ['icon', 'apple-touch-icon', 'manifest'].includes(r))) request(href);
      } else if (tagName === 'style') {
        inlineCss += element.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      } else if (tagName === 'script') {
        const type = (attribute(element, 'type') ?? '').toLowerCase();
        const classic = type === '' || type === 'text/javascript';
        if (!classic && type !== 'module') return; // data such as JSON-LD, never run
        const src = attribute(element, 'src');
        const file = src ? fileAt(path, src) : undefined;
        const code = src ? (file?.text ?? '') : element.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        scripts.push({
          src,
          br: src ? (file?.br ?? 0) : brotli(Buffer.from(code)).length,
          search: /pagefind/i.test(code) && /\bimport\s*\(/.test(code), // imports Pagefind, not only prefetches
          blocking: classic && src !== undefined && attribute(element, 'async') === undefined && attribute(element, 'defer') === undefined,
        });
        if (src) request(src);
        if (type === 'module') for (const url of staticImports(code)) request(url);
      } else if (tagName === 'img') {
        const src = attribute(element, 'src') ?? '';
        const loading = attribute(element, 'loading');
        const data = src.startsWith('data:');
        images.push({
          src,
          width: attribute(element, 'width'),
          height: attribute(element, 'height'),
          loading,
          bytes: data ? src.length : fileAt(path, src)?.bytes,
        });
        if (loading !== 'lazy' && !data) request(src);
      } else if (tagName === 'a' && !ancestors.some((a) => a.tagName === 'main')) {
        const href = attribute(element, 'href');
        const target = href ? classify(path, href, origin) : undefined;
        if (target?.kind === 'internal' && target.path !== path) chromeLinks.add(target.path);
      }
    });
    // A page that names no icon makes the browser ask for /favicon.ico.
    if (!hasIcon) request('/favicon.ico');

    const htmlBr = brotli(Buffer.from(html)).length;
    const stylesheetsBr = stylesheets.reduce((sum, s) => sum + s.br, 0);
    return {
      path,
      words: own ? countWords(textOf(own)) : 0,
      htmlBr,
      // The CSS is measured on its own (cssBr), not as part of the chrome.
      chromeBr: brotli(Buffer.from(withoutContent(html, own).replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, ''))).length,
      stylesheets,
      cssBr: stylesheetsBr + (inlineCss ? brotli(Buffer.from(inlineCss)).length : 0),
      firstPaintBr: htmlBr + stylesheetsBr,
      scripts,
      jsBr: scripts.reduce((sum, s) => sum + s.br, 0),
      requests,
      searchPreloads,
      firstViewBr: htmlBr + requests.slice(1).reduce((sum, url) => sum + (fileAt(path, url)?.br ?? 0), 0),
      chromeLinks: [...chromeLinks].sort(),
      images,
    };
  }

  return { measure, pages: () => /** @type {string[]} */ (htmlPaths(dist)) };
}

/**
 * Every HTML page of a built site, measured.
 * @param {string} dist
 * @returns {PageWeight[]}
 */
export function measureSite(dist) {
  const meter = createMeter(dist);
  return meter.pages().map((path) => meter.measure(path));
}

const bytes = (/** @type {number} */ n) => `${n.toLocaleString('en-US')} B`;

/**
 * The budgets a page breaks, each naming the page, the figure and the budget.
 * @param {PageWeight} page
 * @returns {string[]}
 */
export function budgetProblems(page) {
  /** @type {string[]} */
  const problems = [];
  /** @param {string} figure @param {number} value @param {number} budget */
  const atMost = (figure, value, budget, why = '') => {
    if (value > budget) problems.push(`${page.path}: ${figure}: ${bytes(value)} brotli, over the budget of ${bytes(budget)}${why}`);
  };
  if (page.words <= BUDGETS.firstRoundTripWords) {
    atMost('HTML + CSS', page.firstPaintBr, BUDGETS.firstRoundTrip, ` for a page of up to ${BUDGETS.firstRoundTripWords.toLocaleString('en-US')} words (it has ${page.words})`);
  }
  atMost("chrome (the HTML without the page's own text)", page.chromeBr, BUDGETS.chrome);
  if (page.stylesheets.length > BUDGETS.stylesheets) {
    problems.push(`${page.path}: waits for ${page.stylesheets.length} stylesheet(s) before it paints (${page.stylesheets.map((s) => s.href).join(', ')}), a round trip each: carry the CSS in the page (build.inlineStylesheets: 'always')`);
  }
  atMost('CSS', page.cssBr, BUDGETS.css);

  const searchPage = isSearchPage(page.path);
  for (const script of page.scripts.filter((s) => s.search)) {
    if (searchPage) atMost('search script', script.br, BUDGETS.searchScript);
    else problems.push(`${page.path}: a script loads Pagefind; only the search page (/buscar/) may need JavaScript`);
  }
  if (!searchPage && page.searchPreloads.length > 0) {
    problems.push(`${page.path}: asks early for Pagefind's files (${page.searchPreloads.join(', ')}); only the search page (/buscar/) may`);
  }
  const enhancements = page.scripts.filter((s) => !(searchPage && s.search));
  atMost(searchPage ? 'scripts besides the search' : 'scripts', enhancements.reduce((sum, s) => sum + s.br, 0), BUDGETS.scripts);
  for (const script of page.scripts.filter((s) => s.blocking)) {
    problems.push(`${page.path}: the script ${script.src} stops the page from showing until it runs; make it type="module" or add defer`);
  }

  if (page.requests.length > BUDGETS.requests) {
    problems.push(`${page.path}: a first view makes ${page.requests.length} requests (${page.requests.join(', ')}), over the budget of ${BUDGETS.requests}`);
  }
  if (page.chromeLinks.length > BUDGETS.chromeLinks) {
    problems.push(
      `${page.path}: links to ${page.chromeLinks.length} pages from outside <main>, over the budget of ${BUDGETS.chromeLinks} ` +
        `(navigation on every page must not grow with the site): ${page.chromeLinks.join(' ')}`,
    );
  }
  return problems;
}

/**
 * What is wrong with the images of a page. Each must give its width and height (so the text does
 * not jump when it arrives), load lazily unless it is the first, be AVIF, WebP or SVG, and weigh
 * at most 50 KB.
 * @param {PageWeight} page
 * @returns {string[]}
 */
export function imageProblems(page) {
  /** @type {string[]} */
  const problems = [];
  page.images.forEach((image, i) => {
    const name = `${page.path}: <img src="${image.src.length > 60 ? `${image.src.slice(0, 60)}…` : image.src}">`;
    if (!image.width || !image.height) problems.push(`${name} has no width and height: give both, in pixels`);
    if (i > 0 && image.loading !== 'lazy') problems.push(`${name} lacks loading="lazy" (only a page's first image may load at once)`);
    const format = image.src.startsWith('data:')
      ? `.${/^data:image\/(\w+)/.exec(image.src)?.[1] ?? ''}`
      : extname(new URL(image.src, LOCAL).pathname).toLowerCase();
    if (!IMAGE_FORMATS.has(format)) problems.push(`${name} is not AVIF, WebP or SVG: convert it`);
    if (image.bytes === undefined) problems.push(`${name}: no such file in the built site`);
    else if (image.bytes > BUDGETS.image) problems.push(`${name} is ${bytes(image.bytes)}, over the budget of ${bytes(BUDGETS.image)}`);
  });
  return problems;
}

/**
 * Web fonts anywhere in a built site: font files, or @font-face in a stylesheet.
 * @param {string} dist
 * @returns {string[]}
 */
export function fontProblems(dist) {
  /** @type {string[]} */
  const problems = [];
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort()) {
    const name = file.split(sep).join('/');
    if (FONT_FILE.test(name)) problems.push(`${name}: a font file; the site shows the reader's own fonts`);
    else if (name.endsWith('.css') && /@font-face/i.test(readFileSync(join(dist, file), 'utf8'))) {
      problems.push(`${name}: declares @font-face; the site shows the reader's own fonts`);
    }
  }
  return problems;
}

/** The median of some numbers (0 for none). @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
