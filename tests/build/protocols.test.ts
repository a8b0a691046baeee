/**
 * Protocols in dist/: every version at its own frozen address in both languages, the current
 * version, the comparison pages, the files (PDF, BibTeX, RIS, CSL-JSON), the feed, the data file,
 * and the registry of published URLs.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { builtUrls, REGISTRY_FILE } from '../../src/integrations/url-registry';
import type { Registry } from '../../src/lib/routes/registry';
import { compareVersions, currentVersion, type VersionInfo } from '../../src/lib/protocols/versions';
import { distDir, readPage } from '../support/dist';
import { pdfText } from '../support/pdf';

const root = join(import.meta.dirname, '..', '..');
const site = 'https://alianza-cpc.example';
const entries = checkContent(join(root, 'content'), root).entries.filter((e) => e.collection === 'protocols');
const spanish = entries.filter((e) => e.lang === 'es');
const slugs = [...new Set(spanish.map((e) => e.id.split('/')[0] ?? ''))];
const versionsOf = (slug: string) =>
  spanish
    .filter((e) => e.id.startsWith(`${slug}/`))
    .map((e) => ({ ...(e.data as unknown as VersionInfo), title: String(e.data['title']), id: e.id }))
    .sort((a, b) => compareVersions(a.version, b.version));
const file = (path: string) => join(distDir(), path);

describe('protocol content', () => {
  it('has at least three protocols with two or three versions each, one of them also in Quechua', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(3);
    for (const slug of slugs) expect(versionsOf(slug).length).toBeGreaterThanOrEqual(2);
    expect(entries.some((e) => e.lang === 'qu')).toBe(true);
  });

  it('marks every protocol as a sample document', () => {
    for (const e of entries) expect(e.data['sample'], e.file).toBe(true);
    for (const slug of slugs) expect(readPage(`/protocolos/${slug}/`)).toContain('data-sample-notice');
  });
});

describe.each(slugs)('protocol %s', (slug) => {
  const versions = versionsOf(slug);
  const current = currentVersion(versions, new Date());

  it('shows the version in force at /protocolos/<slug>/', () => {
    const html = readPage(`/protocolos/${slug}/`);
    expect(html).toContain(`data-version="${current?.version}"`);
    expect(html).not.toContain('data-old-version-banner');
  });

  for (const v of versions) {
    const route = `/protocolos/${slug}/v${v.version}/`;

    it(`v${v.version}: frozen page in both languages, with numbered sections and a table of contents`, () => {
      const html = readPage(route);
      expect(html).toContain(`data-version="${v.version}"`);
      expect(readPage(`/qu${route}`)).toContain(`data-version="${v.version}"`);
      const tocAnchors = [...(/<nav[^>]*data-toc[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '').matchAll(/href="#(s-[0-9-]+)"/g)].map((m) => m[1]);
      expect(tocAnchors.length).toBeGreaterThan(3);
      for (const anchor of tocAnchors) expect(html, `#${anchor} has no target`).toContain(`id="${anchor}"`);
      expect(html).toMatch(/<h2 id="s-1">1 /);
      expect(html).toMatch(/<a href="#s-1" class="app-anchor" aria-label="Enlace a la sección 1">§<\/a>/);
      expect(html).toContain('"@type":"CreativeWork"');
      expect(html).toContain(`"version":"${v.version}"`);
      expect(html).toMatch(/data-cite[\s\S]*APA 7[\s\S]*ISO 690/);
      expect(html).toContain(`${site}${route}`);
      if (v.version === current?.version) {
        expect(html).not.toContain('data-old-version-banner');
      } else {
        expect(html).toMatch(new RegExp(`data-old-version-banner[\\s\\S]*?href="/protocolos/${slug}/v${current?.version}/"`));
      }
    });

    it(`v${v.version}: files with their real size on the links`, async () => {
      const html = readPage(route);
      for (const ext of ['pdf', 'bib', 'ris', 'json']) {
        const path = `/protocolos/${slug}/v${v.version}.${ext}`;
        const size = statSync(file(path)).size;
        expect(html).toContain(`href="${path}" data-download data-size-bytes="${size}"`);
      }
      const { text, pages } = await pdfText(readFileSync(file(`/protocolos/${slug}/v${v.version}.pdf`)));
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(text.replace(/\s+/g, ' ')).toContain(v.title.replace(/\s+/g, ' ').slice(0, 40));
      expect(text).toContain(`Versión ${v.version}`);
      const csl = JSON.parse(readFileSync(file(`/protocolos/${slug}/v${v.version}.json`), 'utf8')) as { URL: string; version: string }[];
      expect(csl[0]?.URL).toBe(`${site}${route}`);
      expect(csl[0]?.version).toBe(v.version);
      expect(readFileSync(file(`/protocolos/${slug}/v${v.version}.bib`), 'utf8')).toContain(`${site}${route}`);
      expect(readFileSync(file(`/protocolos/${slug}/v${v.version}.ris`), 'utf8')).toMatch(/^TY {2}- /m);
    });

    const index = versions.indexOf(v);
    if (index > 0) {
      it(`v${v.version}: a page of changes from v${versions[index - 1]?.version}, readable without colour`, () => {
        const html = readPage(`${route}cambios/`);
        expect(html).toContain('data-changes');
        expect(html).toMatch(/<ins>[^<]+<\/ins>/);
        expect(html).toMatch(/<del>[^<]+<\/del>/);
        expect(html).toContain(`href="${route}"`);
      });
    } else {
      it(`v${v.version}: no page of changes for the first version`, () => {
        expect(() => readPage(`${route}cambios/`)).toThrow();
      });
    }
  }
});

describe('protocol feed and data', () => {
  const total = spanish.length;

  it('announces every version in the Atom feed', () => {
    const feed = readFileSync(file('/feeds/protocolos.xml'), 'utf8');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed.match(/<entry>/g)).toHaveLength(total);
  });

  it('lists every protocol and version with its addresses in /datos/protocolos.json', () => {
    const data = JSON.parse(readFileSync(file('/datos/protocolos.json'), 'utf8')) as {
      protocols: { slug: string; currentVersion: string; versions: { version: string; url: string; files: { pdf: Record<string, string> } }[] }[];
    };
    expect(data.protocols.map((p) => p.slug).sort()).toEqual([...slugs].sort());
    expect(data.protocols.flatMap((p) => p.versions)).toHaveLength(total);
    for (const p of data.protocols) {
      for (const v of p.versions) {
        expect(v.url).toBe(`${site}/protocolos/${p.slug}/v${v.version}/`);
        for (const url of Object.values(v.files.pdf)) statSync(file(new URL(url).pathname));
      }
    }
  });

  it('has a Quechua PDF for the Quechua version', () => {
    const qu = entries.filter((e) => e.lang === 'qu');
    for (const e of qu) {
      const [slug, version] = e.id.split('/');
      expect(statSync(file(`/qu/protocolos/${slug}/v${version}.pdf`)).size).toBeGreaterThan(1000);
    }
  });
});

describe('the registry of published URLs', () => {
  it('lists every URL of this build (run "npm run registry" after adding content)', () => {
    const registry = JSON.parse(readFileSync(join(root, REGISTRY_FILE), 'utf8')) as { [K in keyof Registry]-?: NonNullable<Registry[K]> };
    const missing = builtUrls(distDir()).filter((u) => !registry.urls.includes(u));
    expect(missing).toEqual([]);
    for (const e of spanish.filter((x) => x.data['status'] !== 'borrador')) {
      expect(registry.versions).toHaveProperty([e.file]);
      // Frozen with its version: the day it takes effect.
      expect(registry.effective[e.file]).toBe((e.data['effective'] as Date).toISOString().slice(0, 10));
    }
    // And each protocol's version in force, which may only ever move forward.
    expect(Object.keys(registry.inForce).sort()).toEqual([...new Set(spanish.map((e) => e.id.split('/')[0]))].sort());
  });
});

describe('redirects', () => {
  it('turns each line of public/_redirects into a page that sends readers on', () => {
    const html = readPage('/alianza/');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=https://alianza-cpc.example/la-alianza/">');
    expect(html).toContain('<link rel="canonical" href="https://alianza-cpc.example/la-alianza/">');
    expect(readFileSync(file('/_redirects'), 'utf8')).toMatch(/^\/alianza\/ \/la-alianza\/ 301$/m);
  });
});
