/**
 * No page tells another site where its reader came from: every page (redirect pages too) carries
 * <meta name="referrer" content="no-referrer"> before anything it loads, and every link that leaves
 * the site, in the layout or written in content, has rel="noreferrer noopener".
 */
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/site';
import { htmlPages, readPage } from '../support/dist';

const pages = htmlPages();
const REFERRER = '<meta name="referrer" content="no-referrer">';

describe('no referrer, ever', () => {
  it('every page says no-referrer in its head, before any stylesheet, script or link', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const path of pages) {
      const html = readPage(path);
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head, path).toContain(REFERRER);
      const first = head.search(/<link |<script|<meta http-equiv="refresh"/);
      if (first >= 0) expect(head.indexOf(REFERRER), path).toBeLessThan(first);
    }
  });

  it('every link to another site has rel="noreferrer noopener", content links included', () => {
    let external = 0;
    for (const path of pages) {
      for (const [tag, href = ''] of readPage(path).matchAll(/<a\b[^>]*\bhref="((?:https?:)?\/\/[^"]*)"[^>]*>/g)) {
        // The site's own address (redirect pages link to it) is not another site.
        if (new URL(href, siteUrl).origin === new URL(siteUrl).origin) continue;
        external++;
        const rel = /\brel="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/) ?? [];
        expect(rel, `${path}: ${tag}`).toEqual(expect.arrayContaining(['noreferrer', 'noopener']));
      }
    }
    // Sources, the quick exit and links written in content.
    expect(external).toBeGreaterThan(200);
  });
});
