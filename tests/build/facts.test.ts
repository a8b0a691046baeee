/**
 * The facts registry on the built site: /fuentes/ and /qu/fuentes/ list every fact of
 * content/facts/ with its value, its verification date and its sources, linked where the address
 * is known (and those links are what `npm run links` lists); the hotlines on the home page show
 * when their number was verified and link to its fact; every page's footer links to /fuentes/.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { decodeEntities, externalLinks, pageAnchors, pageLinks } from '../../scripts/links-report.mjs';
import { distDir, htmlPages, readPage } from '../support/dist';

const root = join(import.meta.dirname, '..', '..');
const { entries } = checkContent(join(root, 'content'));
const facts = entries.filter((e) => e.collection === 'facts').map((e) => e.data as {
  id: string;
  value: string | Record<string, string>;
  verified: Date;
  sources: { title: string; url?: string }[];
});
const day = (d: Date) => d.toISOString().slice(0, 10);
/**
 * The text of a page's element for one fact, entities decoded, its numbers' tel: links as their
 * text, and a link cut around such a number (a source's title "… Línea 1810") whole again.
 */
const factItem = (html: string, id: string) =>
  decodeEntities(new RegExp(`<li id="${id}" data-fact="${id}"[\\s\\S]*?</ul></li>`).exec(html)?.[0] ?? '').replace(/(<a href="(?!tel:)[^"]*"[^>]*>[^<]*)<\/a><a href="tel:[^"]*" data-tel>([^<]*)<\/a>(?:<a href="(?!tel:)[^"]*"[^>]*>([^<]*)<\/a>)?/g, '$1$2$3</a>').replace(/<a href="tel:[^"]*" data-tel>([^<]*)<\/a>/g, '$1');

describe('the registry', () => {
  it('holds the facts the site states: the hotline numbers among them', () => {
    expect(facts.length).toBeGreaterThan(40);
    expect(facts.map((f) => f.id)).toEqual(expect.arrayContaining(['linea-1818-numero', 'central-105-numero', 'ley-28950', 'ds-007-2023-in', 'fondos-eeuu-2017']));
  });
});

for (const [path, lang, value, verified] of [
  ['/fuentes/', 'es', (f: (typeof facts)[number]) => (typeof f.value === 'string' ? f.value : f.value['es']), 'Verificado el'],
  ['/qu/fuentes/', 'qu', (f: (typeof facts)[number]) => (typeof f.value === 'string' ? f.value : (f.value['qu'] ?? f.value['es'])), 'Chiqaqchasqa'],
] as const) {
  describe(path, () => {
    const html = readPage(path);

    it('lists every fact once, with its value, its verification date and each of its sources', () => {
      expect([...html.matchAll(/data-fact="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(facts.map((f) => f.id).sort());
      for (const f of facts) {
        const item = factItem(html, f.id);
        expect(item, f.id).toContain(`data-fact-value>${value(f)}</p>`);
        expect(item, f.id).toContain(`${verified} <time datetime="${day(f.verified)}" data-fact-verified>`);
        expect([...item.matchAll(/data-fact-source/g)], f.id).toHaveLength(f.sources.length);
        for (const s of f.sources) {
          expect(item, f.id).toContain(s.url ? `<a href="${s.url}" rel="noreferrer noopener">${s.title}</a>` : s.title);
        }
      }
    });

    it(`is in ${lang === 'es' ? 'Spanish' : 'Quechua'} and linked from the footer of every page of its language`, () => {
      expect(html).toMatch(new RegExp(`<html[^>]*lang="${lang === 'es' ? 'es' : 'quz'}"`));
      // Every page with the site's footer (redirect pages of old addresses have none).
      const pages = htmlPages()
        .filter((p) => (lang === 'qu') === p.startsWith('/qu/'))
        .map((p) => ({ p, footer: /<footer[\s\S]*<\/footer>/.exec(readPage(p))?.[0] }))
        .filter((x) => x.footer !== undefined);
      expect(pages.length).toBeGreaterThan(50);
      for (const { p, footer } of pages) expect(pageLinks(footer ?? '').map((l) => l.value), p).toContain(path);
    });
  });
}

describe('source links', () => {
  const urls = [...new Set(facts.flatMap((f) => f.sources.flatMap((s) => s.url ?? [])))];

  it('are full https addresses, each used by /fuentes/ and /qu/fuentes/ in the external links of the site', () => {
    expect(urls.length).toBeGreaterThan(3);
    const links = externalLinks(distDir());
    for (const url of urls) {
      expect(new URL(url).protocol, url).toBe('https:');
      expect(links.get(url), url).toEqual(expect.arrayContaining(['/fuentes/', '/qu/fuentes/']));
    }
  });

  it('are listed by npm run links, with the pages that use them', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'links-report.mjs'), distDir()], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    for (const url of urls) expect(result.stdout).toMatch(new RegExp(`^${url.replace(/[.?*+^$()[\]{}|\\/]/g, '\\$&')}\\n(?: {2}/.*\\n)*? {2}/fuentes/\\n`, 'm'));
  });
});

describe('the hotlines on the home page', () => {
  const hotlines = entries.filter((e) => e.collection === 'hotlines');
  const factOf = (ref: unknown) => facts.find((f) => f.id === (ref as { id: string }).id);

  for (const [home, sources, words] of [
    ['/', '/fuentes/', 'verificado el'],
    ['/qu/', '/qu/fuentes/', 'chiqaqchasqa'],
  ] as const) {
    it(`${home} says when each number was verified, linking to its fact on ${sources}`, () => {
      const html = readPage(home);
      const anchors = pageAnchors(readPage(sources));
      const links = [...html.matchAll(/<a href="([^"]+)" data-hotline-verified>([^<]*)<time datetime="([^"]+)">/g)];
      expect(links).toHaveLength(hotlines.length);
      for (const h of hotlines) {
        const fact = factOf(h.data.number);
        const link = links.find((m) => m[1] === `${sources}#${fact?.id}`);
        expect(link, String(h.data.id)).toBeDefined();
        expect(link?.[2]).toBe(`${words} `);
        expect(link?.[3]).toBe(day(fact?.verified ?? new Date(0)));
        expect(anchors.has(fact?.id ?? ""), String(fact?.id)).toBe(true);
      }
    });
  }
});
