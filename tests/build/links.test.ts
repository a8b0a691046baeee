/**
 * Links of the built site (dist/), read from every HTML page (Pagefind's files left out) with the
 * small parser of scripts/links-report.mjs (`npm run links` lists the external ones):
 *
 * 1. Every internal reference — href, src, srcset, form action, poster, <meta refresh>, og:url
 *    and og:image, in <a>, <link>, <script>, <img>, <form>, SVG… — resolves to a file of dist/
 *    (a URL ending in "/" to its index.html; the query string is left out, so "/buscar/?q=" is
 *    fine). Absolute URLs on the site's own address (canonical, alternates) count as internal.
 *    A folder named without its trailing slash is an error (the site uses trailingSlash: always).
 * 2. Every #fragment, on the same page or another, names an id (or an <a name>) of its target.
 * 3. Languages: a page under /qu/ links to the /qu/ version of a page when there is one, and a
 *    Spanish page does not link into /qu/ when the Spanish page exists. Exceptions, both ways:
 *    the language switcher ([data-language-switcher]), <link>s with hreflang or rel
 *    canonical/alternate, and the og:url / og:image <meta> (which follow the canonical URL).
 *    From /qu/ only: file downloads (.pdf, .bib, .ris, .json, .csv, .vcf, .ics, .xml), which are
 *    made in one language.
 *
 * External links (http/https on another host) are only collected, never fetched.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, fileOfPath, htmlPaths, pageAnchors, pageLinks, siteOrigin } from '../../scripts/links-report.mjs';
import { distDir } from '../support/dist';

type Link = ReturnType<typeof pageLinks>[number];

const dist = distDir();
const origin = siteOrigin(dist);
const pages = htmlPaths(dist);

const DOWNLOAD = /\.(pdf|bib|ris|json|csv|vcf|ics|xml)$/i;

const quechua = (path: string) => path === '/qu/' || path.startsWith('/qu/');
/** The other language's version of a path: "/socios/" ↔ "/qu/socios/". */
const counterpart = (path: string) => (quechua(path) ? path.slice('/qu'.length) : `/qu${path}`);

const fileCache = new Map<string, 'file' | 'dir' | 'none'>();
function kindOf(file: string): 'file' | 'dir' | 'none' {
  let kind = fileCache.get(file);
  if (kind === undefined) {
    kind = existsSync(file) ? (statSync(file).isDirectory() ? 'dir' : 'file') : 'none';
    fileCache.set(file, kind);
  }
  return kind;
}
/** A path of the site that names a file of dist/ (a "/…/" path its index.html). */
const exists = (path: string) => kindOf(fileOfPath(dist, path)) === 'file';
const isHtml = (path: string) => path.endsWith('/') || path.endsWith('.html');

const anchorCache = new Map<string, Set<string>>();
function anchorsOf(path: string): Set<string> {
  let anchors = anchorCache.get(path);
  if (!anchors) {
    anchors = pageAnchors(readFileSync(fileOfPath(dist, path), 'utf8')) as Set<string>;
    anchorCache.set(path, anchors);
  }
  return anchors;
}

/** Links that may point to the other language: the switcher, alternates, canonical and its copies. */
function crossLanguageAllowed(link: Link): boolean {
  const { tag } = link;
  if ('data-language-switcher' in tag.attrs || tag.ancestors.some((a) => 'data-language-switcher' in a.attrs)) return true;
  if (tag.name === 'link') {
    const rel = (tag.attrs['rel'] ?? '').toLowerCase().split(/\s+/);
    return 'hreflang' in tag.attrs || rel.includes('canonical') || rel.includes('alternate');
  }
  return tag.name === 'meta' && ['og:url', 'og:image'].includes(tag.attrs['property'] ?? '');
}

function describeLink(link: Link): string {
  return `<${link.tag.name} ${link.attr}="${link.value}"> (line ${link.line})`;
}

/** The problems of one page's links, one line each. */
function checkPage(page: string): string[] {
  const problems: string[] = [];
  const html = readFileSync(fileOfPath(dist, page), 'utf8');
  for (const link of pageLinks(html)) {
    const target = classify(page, link.value, origin);
    if (target.kind === 'invalid') {
      problems.push(`${describeLink(link)}: not a valid URL`);
      continue;
    }
    if (target.kind !== 'internal') continue;
    const { path, fragment } = target;

    const file = fileOfPath(dist, path);
    const kind = kindOf(file);
    if (kind === 'dir') {
      problems.push(`${describeLink(link)}: ${path} is a folder; write ${path}/ (the site uses trailing slashes)`);
      continue;
    }
    if (kind === 'none') {
      problems.push(`${describeLink(link)}: ${path} is not in dist/ (no ${file.slice(dist.length)})`);
      continue;
    }

    if (fragment && isHtml(path) && !anchorsOf(path).has(fragment)) {
      problems.push(`${describeLink(link)}: ${path} has no id="${fragment}" (nor <a name>)`);
    }

    if (crossLanguageAllowed(link)) continue;
    if (quechua(page) && !quechua(path) && !DOWNLOAD.test(path) && exists(counterpart(path))) {
      problems.push(`${describeLink(link)}: a Quechua page links to the Spanish ${path}; ${counterpart(path)} exists`);
    }
    if (!quechua(page) && quechua(path) && exists(counterpart(path))) {
      problems.push(`${describeLink(link)}: a Spanish page links into Quechua ${path}; ${counterpart(path)} exists`);
    }
  }
  return problems;
}

describe('links of the built site', () => {
  it('finds the pages and links to check', () => {
    expect(origin, 'the site address, from dist/sitemap-0.xml').toMatch(/^https?:\/\//);
    expect(pages).toContain('/');
    expect(pages).toContain('/qu/');
    expect(pageLinks(readFileSync(fileOfPath(dist, '/'), 'utf8')).length).toBeGreaterThan(10);
  });

  for (const page of pages) {
    it(`${page}: internal links, anchors and languages`, () => {
      const problems = checkPage(page);
      expect(problems, `${page}: ${problems.length} broken link(s):\n  ${problems.join('\n  ')}`).toEqual([]);
    });
  }
});
