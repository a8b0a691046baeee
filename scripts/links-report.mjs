#!/usr/bin/env node
// npm run links [-- <dist folder>]
// Lists the external links of the built site (dist/ by default): each URL, then the pages that
// use it, sorted, and a count. Nothing is fetched. Always exits 0 (it reports, it does not judge).
//
// The parsing functions are exported for tests/build/links.test.ts, which checks the internal links.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isEditorPath } from '../src/lib/editor/policy.mjs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Elements whose content is not markup (their text is never parsed for tags). */
const RAW_TEXT = new Set(['script', 'style']);
/** Elements without an end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Attributes that hold one URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'cite']);

/**
 * @typedef {{ name: string, attrs: Record<string, string>, ancestors: { name: string, attrs: Record<string, string> }[] }} Tag
 * @typedef {{ tag: Tag, attr: string, value: string, line: number }} LinkRef
 */

const ENTITIES = /** @type {Record<string, string>} */ ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' });

/** Decodes the character references that can appear in attribute values. */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/**
 * The start tags of a page, each with its attributes (names lower-cased, values decoded) and
 * its open ancestors, and the line it starts on. Comments and the text of <script> and <style>
 * are skipped. Enough for the HTML that Astro writes; not a full HTML parser.
 * @param {string} html
 * @returns {(Tag & { line: number })[]}
 */
export function parseTags(html) {
  /** @type {(Tag & { line: number })[]} */
  const tags = [];
  /** @type {{ name: string, attrs: Record<string, string> }[]} */
  const stack = [];
  let line = 1;
  let counted = 0;
  const lower = html.toLowerCase();
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [, closing, opening, rawAttrs = '', selfClosing] = m;
    if (closing) {
      const name = closing.toLowerCase();
      const at = stack.findLastIndex((t) => t.name === name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (!opening) continue;
    for (let i = html.indexOf('\n', counted); i !== -1 && i < m.index; i = html.indexOf('\n', i + 1)) line++;
    counted = m.index;
    const name = opening.toLowerCase();
    /** @type {Record<string, string>} */
    const attrs = {};
    ATTR.lastIndex = 0;
    for (let a = ATTR.exec(rawAttrs); a; a = ATTR.exec(rawAttrs)) {
      const key = a[1].toLowerCase();
      if (!(key in attrs)) attrs[key] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    tags.push({ name, attrs, ancestors: [...stack], line });
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = end === -1 ? html.length : end;
      continue;
    }
    if (!VOID.has(name) && !selfClosing) stack.push({ name, attrs });
  }
  return tags;
}

/**
 * Every URL a page refers to: href, src, srcset candidates, form action, poster, data…, the
 * URL of a <meta http-equiv="refresh">, and og:url / og:image.
 * @param {string} html
 * @returns {LinkRef[]}
 */
export function pageLinks(html) {
  /** @type {LinkRef[]} */
  const links = [];
  for (const tag of parseTags(html)) {
    for (const [attr, value] of Object.entries(tag.attrs)) {
      if (URL_ATTRIBUTES.has(attr)) {
        if (attr === 'data' && tag.name !== 'object') continue;
        if (attr === 'cite' && !['blockquote', 'q', 'del', 'ins'].includes(tag.name)) continue;
        links.push({ tag, attr, value: value.trim(), line: tag.line });
      } else if (attr === 'srcset' || attr === 'imagesrcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) links.push({ tag, attr, value: url, line: tag.line });
        }
      }
    }
    if (tag.name === 'meta') {
      const content = tag.attrs['content'] ?? '';
      if ((tag.attrs['http-equiv'] ?? '').toLowerCase() === 'refresh') {
        const url = /url\s*=\s*['"]?([^'"]+)/i.exec(content)?.[1];
        if (url) links.push({ tag, attr: 'content', value: url.trim(), line: tag.line });
      } else if (['og:url', 'og:image'].includes(tag.attrs['property'] ?? '') && content) {
        links.push({ tag, attr: 'content', value: content.trim(), line: tag.line });
      }
    }
  }
  return links;
}

/** The ids of a page, and the names of its <a name> anchors: what a #fragment can point to. */
export function pageAnchors(html) {
  const anchors = new Set();
  for (const tag of parseTags(html)) {
    if (tag.attrs['id']) anchors.add(tag.attrs['id']);
    if (tag.name === 'a' && tag.attrs['name']) anchors.add(tag.attrs['name']);
  }
  return anchors;
}

/** Every HTML file of a built site, Pagefind's and Astro's asset folders left out, as URL paths. */
export function htmlPaths(dist) {
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return dir === dist && (name === 'pagefind' || name === '_astro' || isEditorPath(name)) ? [] : walk(full);
      return name.endsWith('.html') ? [full] : [];
    });
  return walk(dist)
    .map((file) => `/${relative(dist, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** The file of a URL path in dist/ ("/socios/" → dist/socios/index.html). */
export function fileOfPath(dist, path) {
  return join(dist, ...path.split('/').filter(Boolean), ...(path.endsWith('/') ? ['index.html'] : []));
}

/**
 * The public address of the site, read from the built sitemap (or the home page's canonical
 * link): links to it are internal, whatever SITE_URL the site was built with.
 * @returns {string | undefined} an origin such as "https://alianza-cpc.example"
 */
export function siteOrigin(dist) {
  const sitemap = join(dist, 'sitemap-0.xml');
  const home = join(dist, 'index.html');
  const loc = existsSync(sitemap) ? /<loc>([^<]+)<\/loc>/.exec(readFileSync(sitemap, 'utf8'))?.[1] : undefined;
  const canonical = existsSync(home) ? /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1] : undefined;
  const url = loc ?? canonical;
  return url ? new URL(decodeEntities(url)).origin : undefined;
}

const LOCAL = 'http://local.invalid';

/** decodeURIComponent, or the text as it is when it is not valid percent-encoding. */
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Sorts one reference of a page: `internal` (with its path, query and fragment, the query kept
 * out of the path), `external` (http/https on another host, with its URL), or `other`
 * (mailto:, tel:, data:, javascript:…, not checked).
 * @param {string} pagePath the URL path of the page, e.g. "/qu/socios/"
 * @param {string} value the attribute's value
 * @param {string | undefined} origin the site's public origin
 */
export function classify(pagePath, value, origin) {
  let url;
  try {
    url = new URL(value, `${LOCAL}${pagePath}`);
  } catch {
    return { kind: /** @type {const} */ ('invalid') };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: /** @type {const} */ ('other') };
  if (url.origin === LOCAL || (origin !== undefined && url.origin === origin)) {
    const path = safeDecode(url.pathname);
    return {
      kind: /** @type {const} */ ('internal'),
      path,
      query: url.search,
      fragment: url.hash ? safeDecode(url.hash.slice(1)) : undefined,
    };
  }
  url.hash = '';
  return { kind: /** @type {const} */ ('external'), url: url.href };
}

/**
 * The external links of a built site: URL → the pages (URL paths) that use it, both sorted.
 * @param {string} dist
 * @returns {Map<string, string[]>}
 */
export function externalLinks(dist) {
  const origin = siteOrigin(dist);
  /** @type {Map<string, Set<string>>} */
  const found = new Map();
  for (const page of htmlPaths(dist)) {
    const html = readFileSync(fileOfPath(dist, page), 'utf8');
    for (const link of pageLinks(html)) {
      const target = classify(page, link.value, origin);
      if (target.kind !== 'external') continue;
      if (!found.has(target.url)) found.set(target.url, new Set());
      found.get(target.url)?.add(page);
    }
  }
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([url, pages]) => [url, [...pages].sort()]));
}

function main() {
  const dist = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.log(`links: ${dist} has no built site (run \`npm run build\` first); no external links listed.`);
    return;
  }
  const links = externalLinks(dist);
  const pages = new Set([...links.values()].flat());
  const fromCwd = relative(process.cwd(), dist);
  const shown = fromCwd === '' ? '.' : fromCwd.startsWith('..') ? dist : fromCwd;
  for (const [url, usedBy] of links) {
    console.log(url);
    for (const page of usedBy) console.log(`  ${page}`);
  }
  if (links.size > 0) console.log('');
  console.log(`${links.size} external link(s) on ${pages.size} of ${htmlPaths(dist).length} page(s) in ${shown}/ (not fetched).`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
