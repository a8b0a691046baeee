/**
 * Checks on the built site (dist/): every content entry has its page in each language (its own
 * text or a marked fallback), nothing is dropped, and every page carries the language, the
 * alternates, the hotlines and the quick exit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { canonical, distDir, hreflangs, htmlLang, htmlPages, pageExists, readPage } from '../support/dist';

const contentDir = join(import.meta.dirname, '..', '..', 'content');
const { entries } = checkContent(contentDir);
const site = 'https://alianza-cpc.example';

/** The URL path of each page-like entry shown on its own page. */
const routeOf: Record<string, (id: string) => string | undefined> = {
  partners: (id) => `/socios/${id}/`,
  regions: (id) => `/regiones/${id}/`,
  news: (id) => `/noticias/${id}/`,
  pages: (id) => (id === 'inicio' ? '/' : `/${id}/`),
  toolkits: (id) => `/kits/${id}/`,
  lessons: (id) => `/kits/${id.replace('/lessons/', '/')}/`,
  campaigns: (id) => `/campanas/${id}/`,
};

const pageEntries = entries.filter((e) => e.lang && routeOf[e.collection]);
const slugs = [...new Set(pageEntries.map((e) => `${e.collection}:${e.id}`))];

describe('every content entry has a page in each language', () => {
  it('finds the content it is checking', () => {
    expect(slugs.filter((s) => s.startsWith('partners:'))).toHaveLength(7);
    expect(slugs.filter((s) => s.startsWith('regions:'))).toHaveLength(5);
    expect(slugs.filter((s) => s.startsWith('news:')).length).toBeGreaterThanOrEqual(1);
  });

  for (const key of slugs) {
    const [collection = '', id = ''] = key.split(':');
    const route = routeOf[collection]?.(id);
    if (!route) continue;
    const hasQuechua = pageEntries.some((e) => e.collection === collection && e.id === id && e.lang === 'qu');

    it(`${route} exists in Spanish and Quechua${hasQuechua ? '' : ' (Quechua as a fallback)'}`, () => {
      const es = readPage(route);
      const qu = readPage(`/qu${route}`);
      expect(htmlLang(es)).toBe('es');
      expect(htmlLang(qu)).toBe('quz');
      expect(canonical(es)).toBe(`${site}${route}`);
      if (hasQuechua) {
        expect(qu).not.toContain('data-fallback-notice');
        expect(canonical(qu)).toBe(`${site}/qu${route}`);
        expect(hreflangs(es)).toEqual({ es: `${site}${route}`, quz: `${site}/qu${route}`, 'x-default': `${site}${route}` });
        expect(hreflangs(qu)).toEqual(hreflangs(es));
      } else {
        expect(qu).toContain('data-fallback-notice');
        expect(qu).toMatch(/<div lang="es">/);
        expect(canonical(qu)).toBe(`${site}${route}`);
        expect(hreflangs(qu)).toEqual({});
        expect(hreflangs(es)).toEqual({});
        expect(qu).not.toContain('data-pagefind-body');
      }
    });
  }

  it('builds exactly one page per entry and language: nothing dropped, nothing extra', () => {
    const built = htmlPages();
    const expected = slugs.flatMap((key) => {
      const [collection = '', id = ''] = key.split(':');
      const route = routeOf[collection]?.(id);
      return route ? [route, `/qu${route}`] : [];
    });
    for (const path of expected) expect(built, `missing page ${path}`).toContain(path);
    const entryPrefixes = ['/socios/', '/regiones/', '/noticias/'];
    const builtEntryPages = built.filter((p) => {
      const bare = p.replace(/^\/qu\//, '/');
      return entryPrefixes.some((prefix) => bare.startsWith(prefix) && bare !== prefix);
    });
    const expectedEntryPages = expected.filter((p) => entryPrefixes.some((prefix) => p.replace(/^\/qu\//, '/').startsWith(prefix)));
    expect(builtEntryPages.sort()).toEqual(expectedEntryPages.sort());
  });
});

describe('every page', () => {
  // Redirect pages (public/_redirects) only send readers on; tests/build/protocols.test.ts checks them.
  const pages = htmlPages().filter((p) => !readPage(p).includes('http-equiv="refresh"'));

  it('covers the pages the foundation promises, in both languages', () => {
    for (const route of ['/', '/la-alianza/', '/socios/', '/regiones/', '/noticias/', '/navegar-con-seguridad/', '/privacidad/', '/buscar/', '/protocolos/', '/kits/', '/herramientas/', '/campanas/']) {
      expect(pages).toContain(route);
      expect(pages).toContain(`/qu${route}`);
    }
    expect(pages).toContain('/404.html');
    expect(pageExists('/qu/404/') || pageExists('/qu/404.html')).toBe(true);
  });

  for (const path of pages) {
    it(`${path} has its language, title, description, hotlines, quick exit and switcher`, () => {
      const html = readPage(path);
      expect(htmlLang(html)).toBe(path.startsWith('/qu/') ? 'quz' : 'es');
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html).toMatch(/<meta name="description" content="[^"]+"/);
      expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html).toMatch(/<aside[^>]*data-hotlines/);
      expect(html).toMatch(/<a href="tel:105"/);
      expect(html).toMatch(/<a href="https?:\/\/[^"]+" rel="noreferrer noopener" data-quick-exit/);
      expect(html).toMatch(/data-language-switcher/);
      expect(html).toMatch(/<a href="#main"/);
      if (!path.includes('404')) expect(canonical(html)).toMatch(/^https:\/\//);
    });
  }
});

describe('the hotlines strip', () => {
  it('shows only the lines of content/data/hotlines.yaml, with tel: links', () => {
    const hotlines = entries.filter((e) => e.collection === 'hotlines');
    const html = readPage('/');
    const strip = /<aside[^>]*data-hotlines[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
    const tels = [...strip.matchAll(/href="tel:([0-9]+)"/g)].map((m) => m[1]);
    // A hotline names the fact that holds its number (content/facts/lineas.yaml).
    const numberOf = (id: unknown) => String(entries.find((e) => e.collection === 'facts' && e.id === (id as { id: string }).id)?.data.value);
    expect(tels.sort()).toEqual(hotlines.map((h) => numberOf(h.data.number).replace(/\D/g, '')).sort());
  });
});

describe('sitemap', () => {
  const index = readFileSync(join(distDir(), 'sitemap-index.xml'), 'utf8');
  const sitemap = readFileSync(join(distDir(), 'sitemap-0.xml'), 'utf8');

  it('is listed in the index', () => {
    expect(index).toContain(`${site}/sitemap-0.xml`);
  });

  it('lists translated pages with hreflang alternates for both languages', () => {
    const block = sitemap.match(new RegExp(`<url><loc>${site}/socios/oit/</loc>.*?</url>`))?.[0] ?? '';
    expect(block).toContain(`hreflang="es" href="${site}/socios/oit/"`);
    expect(block).toContain(`hreflang="quz" href="${site}/qu/socios/oit/"`);
  });

  it('leaves out fallback pages and never names one as an alternate', () => {
    for (const path of htmlPages().filter((p) => p.startsWith('/qu/') && p.endsWith('/'))) {
      if (readPage(path).includes('data-fallback-notice')) {
        expect(sitemap).not.toContain(`${site}${path}<`);
        expect(sitemap).not.toContain(`href="${site}${path}"`);
      }
    }
  });

  it('leaves out the 404 pages', () => {
    expect(sitemap).not.toContain('404');
  });
});

/** The text Pagefind indexes on a page: inside data-pagefind-body, less data-pagefind-ignore; undefined when none. */
function indexedText(html: string): string | undefined {
  let body: Element | undefined;
  const find = (node: Nodes): void => {
    if (body) return;
    if (node.type === 'element' && node.properties['dataPagefindBody'] !== undefined) body = node;
    else if ('children' in node) node.children.forEach(find);
  };
  find(fromHtml(html));
  if (!body) return undefined;
  const text = (node: Nodes): string => {
    if (node.type === 'text') return node.value;
    if (node.type === 'element' && (node.properties['dataPagefindIgnore'] !== undefined || node.tagName === 'script')) return '';
    return 'children' in node ? node.children.map(text).join(' ') : '';
  };
  return text(body).replace(/\s+/g, ' ').trim();
}

describe('search index', () => {
  const entry = JSON.parse(readFileSync(join(distDir(), 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexed = htmlPages()
    .map((path) => ({ path, html: readPage(path) }))
    .flatMap(({ path, html }) => {
      const text = indexedText(html);
      return text === undefined ? [] : [{ path, lang: htmlLang(html) ?? '', text }];
    });

  // The steps of a tool (/herramientas/<tool>/<step>/) are indexed with the tool's start page
  // (src/lib/search/index-records.ts): a tool is one result.
  const isToolStep = (path: string) => /\/herramientas\/[^/]+\/[^/]+\/$/.test(path);

  it('has one Pagefind index per language, holding every page marked for it but the steps of a tool', () => {
    expect(Object.keys(entry.languages).sort()).toEqual(['es', 'quz']);
    expect(entry.languages.es?.page_count).toBeGreaterThan(10);
    expect(entry.languages.quz?.page_count).toBeGreaterThan(5);
    expect(indexed.filter((p) => isToolStep(p.path)).length).toBeGreaterThan(10);
    expect(entry.languages.es?.page_count).toBe(indexed.filter((p) => p.lang === 'es' && !isToolStep(p.path)).length);
    expect(entry.languages.quz?.page_count).toBe(indexed.filter((p) => p.lang === 'quz' && !isToolStep(p.path)).length);
  });

  it('indexes each text once: no two indexed pages carry the same text', () => {
    const byText = new Map<string, string[]>();
    for (const { path, text } of indexed) byText.set(text, [...(byText.get(text) ?? []), path]);
    expect([...byText.values()].filter((paths) => paths.length > 1)).toEqual([]);
  });

  it('finds a protocol at the address of its version in force, not at its frozen versions or comparisons', () => {
    const slugsOf = (dir: string) => readdirSync(join(distDir(), dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const protocols = slugsOf('protocolos');
    expect(protocols.length).toBeGreaterThan(0);
    for (const slug of protocols) {
      expect(indexedText(readPage(`/protocolos/${slug}/`)), `/protocolos/${slug}/`).toBeTruthy();
      for (const version of slugsOf(join('protocolos', slug))) {
        expect(indexedText(readPage(`/protocolos/${slug}/${version}/`)), `/protocolos/${slug}/${version}/`).toBeUndefined();
        if (pageExists(`/protocolos/${slug}/${version}/cambios/`)) expect(indexedText(readPage(`/protocolos/${slug}/${version}/cambios/`))).toBeUndefined();
      }
    }
  });

  it('leaves out printable sheets, maps, the search page and the A–Z index, which repeat text found elsewhere', () => {
    const repeats = indexed.filter(({ path }) => /\/(imprimir|mapa)\/$|\/buscar\/$|\/indice\/$|\/cambios\/$/.test(path));
    expect(repeats.map((p) => p.path)).toEqual([]);
  });
});

describe('news feed', () => {
  it('lists every news item with its link', () => {
    const feed = readFileSync(join(distDir(), 'feeds', 'noticias.xml'), 'utf8');
    expect(feed).toContain('<rss');
    for (const e of entries.filter((x) => x.collection === 'news' && x.lang === 'es')) {
      expect(feed).toContain(`<link>${site}/noticias/${e.id}/</link>`);
      expect(feed).toContain(`<title>${String(e.data.title).replace(/&/g, '&amp;')}</title>`);
    }
  });
});

describe('the content check in the build', () => {
  it('runs in the real build, so dist/ exists only for checked content', () => {
    expect(existsSync(join(distDir(), 'index.html'))).toBe(true);
  });
});

describe('last updated', () => {
  it('every page says when it was last updated', () => {
    for (const path of htmlPages().filter((p) => !readPage(p).includes('http-equiv="refresh"'))) {
      expect(readPage(path), path).toMatch(/data-last-updated[^>]*>[^<]+<time datetime="\d{4}-\d{2}-\d{2}">/);
    }
  });
});
