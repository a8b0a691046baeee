/**
 * The content editor at /admin/ in the built site: there, with its own policy and "noindex", made
 * from the schemas, Decap CMS copied as published; and left out of everything else the site is
 * (sitemap, search index, service worker, URL registry, offline copy, page budgets, links report,
 * the tests that walk every page).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { pagefindFiles, unpackPagefind } from '../../src/lib/compression/precompress.mjs';
import { EDITOR_CSP } from '../../src/lib/editor/policy.mjs';
import { makeCopy } from '../../src/lib/offline-copy/copy';
import { htmlPaths } from '../../scripts/links-report.mjs';
import { builtUrls } from '../../src/integrations/url-registry';
import { distDir, htmlPages, readPage } from '../support/dist';

const dist = distDir();
const admin = (file: string) => readFileSync(join(dist, 'admin', file), 'utf8');

describe('/admin/', () => {
  test('is the editor page: noindex, its own policy, only files of this site', () => {
    const html = readPage('/admin/');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${EDITOR_CSP}">`);
    expect(EDITOR_CSP).toMatch(/connect-src 'self' http:\/\/localhost:8081;/);
    const sources = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(['config.yml', 'manual-init.js', 'decap-cms.js', 'preview.js', 'backend.js']);
  });

  test("previews pages with the site's own stylesheet and layout", () => {
    expect(admin('site.css')).toContain('.app-prose');
    expect(admin('preview.js')).toMatch(/^const PAGE_COLLECTIONS = \[.*"news".*\];$/m);
    expect(admin('preview.js')).not.toMatch(/PAGE_COLLECTIONS = \[.*"hotlines"/);
  });

  test("holds Decap CMS's own bundle byte for byte, with the chunks it loads", () => {
    const bundle = createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js');
    expect(readFileSync(join(dist, 'admin/decap-cms.js')).equals(readFileSync(bundle))).toBe(true);
    expect(readdirSync(join(dist, 'admin')).filter((f) => /^\d+\.decap-cms\.js$/.test(f)).length).toBeGreaterThan(10);
  });

  test('its configuration lists every content type and a lessons collection per kit', () => {
    const config = parse(admin('config.yml')) as { collections: { name: string; folder?: string }[]; backend: { name: string } };
    const names = config.collections.map((c) => c.name);
    for (const name of ['news', 'partners', 'regions', 'pages', 'protocols', 'toolkits', 'campaigns', 'checklists', 'tools', 'hotlines', 'services', 'glossary', 'calendar', 'facts']) {
      expect(names).toContain(name);
    }
    const kits = readdirSync('content/toolkits').filter((k) => readdirSync(join('content/toolkits', k)).includes('lessons'));
    expect(names.filter((n) => n.startsWith('lessons-')).sort()).toEqual(kits.map((k) => `lessons-${k}`).sort());
    expect(config.backend.name).toBe('alianza-proxy');
    expect(admin('config.yml')).not.toMatch(/token|secret|password/i);
  });

  test('is not in the sitemap, the service worker, the URL registry or the search index', () => {
    for (const file of readdirSync(dist).filter((f) => /^sitemap.*\.xml$/.test(f))) expect(readFileSync(join(dist, file), 'utf8')).not.toContain('/admin/');
    expect(readFileSync(join(dist, 'sw.js'), 'utf8')).not.toContain('admin');
    expect(readFileSync('registry/published.json', 'utf8')).not.toContain('/admin');
    expect(builtUrls(dist).filter((u) => u.startsWith('/admin'))).toEqual([]);
    const fragments = pagefindFiles(dist).filter((f) => f.includes('fragment'));
    expect(fragments.length).toBeGreaterThan(10);
    for (const file of fragments) expect(unpackPagefind(readFileSync(join(dist, file)), file).toString('utf8'), file).not.toContain('/admin/');
  });

  test('is left out of the pages every test, the page budgets and the links report walk', () => {
    expect(htmlPages()).not.toContain('/admin/');
    expect(htmlPages()).toContain('/');
    expect(htmlPaths(dist)).not.toContain('/admin/');
  });

  test('is left out of the offline copy (and so of the ZIM file made from it)', () => {
    const site = mkdtempSync(join(tmpdir(), 'alianza-site-'));
    const out = mkdtempSync(join(tmpdir(), 'alianza-copy-'));
    try {
      const page = '<!doctype html><html lang="es"><head><link rel="canonical" href="https://alianza-cpc.example/"><title>Inicio</title></head><body><main>Inicio</main></body></html>';
      writeFileSync(join(site, 'index.html'), page);
      mkdirSync(join(site, 'qu'));
      writeFileSync(join(site, 'qu/index.html'), page.replace('lang="es"', 'lang="quz"').replace('example/"', 'example/qu/"'));
      mkdirSync(join(site, 'admin'));
      for (const file of ['index.html', 'config.yml', 'decap-cms.js']) writeFileSync(join(site, 'admin', file), admin(file));
      const { files } = makeCopy({ dist: site, out, date: new Date('2026-12-01T00:00:00Z'), engineScript: '' });
      expect(files.map((f) => f.file)).toContain('index.html');
      expect(files.filter((f) => f.file.startsWith('admin/'))).toEqual([]);
    } finally {
      rmSync(site, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});
