/**
 * A sample never looks official: every protocol of the site is a document it wrote as an example
 * (`sample: true`, no approval record), and each of its outputs says so, in both languages: the
 * page, its schema.org data, its APA and ISO 690 citations, its .bib, .ris and CSL-JSON files, its
 * feed entry, /datos/protocolos.json and every page of its PDF. None says "Vigente", "En vigor
 * desde", Legislation or InForce (src/lib/protocols/standing.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import * as routes from '../../src/lib/routes/routes';
import { localizePath } from '../../src/lib/routes/urls';
import { es } from '../../src/i18n/es';
import { useStrings } from '../../src/i18n';
import { distDir, pageExists, readPage, visibleText } from '../support/dist';
import { pdfText } from '../support/pdf';

const root = join(import.meta.dirname, '..', '..');
const samples = checkContent(join(root, 'content'), root)
  .entries.filter((e) => e.collection === 'protocols' && e.lang === 'es' && e.data['sample'] === true && !e.data['approval'])
  .map((e) => {
    const [slug = '', version = ''] = e.id.split('/');
    return { slug, version };
  });
const SAMPLE = es['protocol.sampleStatus'];
const file = (path: string) => readFileSync(join(distDir(), path));
const text = (path: string) => file(path).toString('utf8');
const feed = text(routes.protocolsFeed);
const data = JSON.parse(text(routes.protocolsData)) as {
  protocols: { slug: string; sample: boolean; versions: { version: string; status: string; sample: boolean; notice?: string }[] }[];
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The visible text of an element marked with `marker`, tags left out. */
const block = (html: string, marker: string) => visibleText(new RegExp(`<[a-z]+[^>]*${marker}[^>]*>[\\s\\S]*?</(dl|section)>`).exec(html)?.[0] ?? '');

it('the site has sample protocols to check', () => {
  expect(samples.length).toBeGreaterThanOrEqual(6);
});

describe.each(samples)('sample $slug v$version', ({ slug, version }) => {
  const route = routes.protocolVersion(slug, version);

  it('its page, in Spanish and Quechua, shows its sample status and the date of the sample, never a legal status', () => {
    for (const locale of ['es', 'qu'] as const) {
      const html = readPage(localizePath(route, locale));
      const meta = block(html, 'data-version-meta');
      // A Quechua page without its own text shows the Spanish one, with its Spanish labels.
      expect(meta, locale).toMatch(new RegExp(`${es['protocol.sampleStatus']}|${escape(useStrings('qu')('protocol.sampleStatus'))}`));
      expect(meta, locale).toMatch(/fecha del ejemplo/i);
      expect(html, locale).not.toContain(es['protocol.effective']);
      expect(`${meta} ${block(html, 'data-version-list')}`, locale).not.toMatch(/Vigente|vigente/);
    }
  });

  it('its schema.org data is a creative work marked as a sample, with no legal force', () => {
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(readPage(route))?.[1] ?? '';
    const ld = JSON.parse(json) as Record<string, unknown>;
    expect(ld['@type']).toBe('CreativeWork');
    expect(ld['creativeWorkStatus']).toBe(SAMPLE);
    expect(json).not.toMatch(/Legislation|InForce|legislation/);
  });

  it('its citations and citation files say it is a sample', () => {
    const cited = [...readPage(route).matchAll(/data-cite-text="(apa|iso690)">([\s\S]*?)<\/[a-z]+>/g)].map((m) => m[2] ?? '');
    expect(cited.length).toBeGreaterThan(1);
    for (const citation of cited) expect(citation).toContain(SAMPLE);
    expect(text(routes.protocolFile(slug, version, 'bib'))).toContain(`note = {${SAMPLE}}`);
    expect(text(routes.protocolFile(slug, version, 'ris'))).toContain(`N1  - ${SAMPLE}\n`);
    const [csl] = JSON.parse(text(routes.protocolFile(slug, version, 'json'))) as { genre?: string; note?: string }[];
    expect([csl?.genre, csl?.note]).toEqual([SAMPLE, SAMPLE]);
  });

  it('its feed entry and /datos/protocolos.json say it is a sample and claim no legal status', () => {
    const url = new URL(route, 'https://alianza-cpc.example').href;
    const entry = feed.split('<entry>').find((e) => e.includes(`<id>${url}</id>`)) ?? '';
    expect(/<title[^>]*>(.*)<\/title>/.exec(entry)?.[1]).toMatch(new RegExp(`\\(${SAMPLE.toLowerCase()}\\)(\\]\\]>)?$`));
    expect(entry).toContain(`${SAMPLE}.`);
    expect(entry).not.toMatch(/[Vv]igente/);
    const protocol = data.protocols.find((p) => p.slug === slug);
    const listed = protocol?.versions.find((v) => v.version === version);
    expect(protocol?.sample).toBe(true);
    expect(listed).toMatchObject({ sample: true, notice: SAMPLE });
    expect(['actual', 'anterior', 'borrador']).toContain(listed?.status);
  });

  it('every page of its PDF, in each language it has, says it is a sample; none says Vigente', async () => {
    for (const locale of ['es', 'qu'] as const) {
      const path = localizePath(routes.protocolFile(slug, version, 'pdf'), locale);
      if (locale !== 'es' && !pageExists(path)) continue;
      const { pageTexts } = await pdfText(file(path));
      expect(pageTexts.length, path).toBeGreaterThan(1);
      pageTexts.forEach((page, i) => {
        const flat = page.replace(/\s+/g, ' ');
        expect(flat, `${path}, page ${i + 1}`).toMatch(/no oficial/);
        expect(flat, `${path}, page ${i + 1}`).not.toMatch(/Vigente/);
      });
    }
  });
});
