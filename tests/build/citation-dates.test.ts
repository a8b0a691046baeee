/**
 * What officials cite carries the right date: for every version of every protocol (the site's
 * versions take effect on different days of 2024 and 2025), the year in the APA 7 and ISO 690
 * citations of its page (the version's and each section's), the date its PDF states, the date in its .bib,
 * .ris and CSL-JSON files, in its feed entry and in /datos/protocolos.json is the day the version
 * takes effect. A citation that took its year from another date (the day it was reviewed, or a
 * cached template of another version) fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import * as routes from '../../src/lib/routes/routes';
import { distDir, readPage } from '../support/dist';
import { formatDate } from '../../src/lib/text/format';
import { pdfText } from '../support/pdf';

const root = join(import.meta.dirname, '..', '..');
const versions = checkContent(join(root, 'content'), root)
  .entries.filter((e) => e.collection === 'protocols' && e.lang === 'es' && e.data['status'] !== 'borrador')
  .map((e) => {
    const [slug = '', version = ''] = e.id.split('/');
    const day = (e.data['effective'] as Date).toISOString().slice(0, 10);
    return { slug, version, day, year: day.slice(0, 4) };
  });
const file = (path: string) => readFileSync(join(distDir(), path), 'utf8');
/** The texts of the page's citations (data-cite-text), tags and entities left out. */
const citations = (html: string) =>
  [...html.matchAll(/data-cite-text="(apa|iso690)">([\s\S]*?)<\/[a-z]+>/g)].map((m) => ({ style: m[1] ?? '', text: (m[2] ?? '').replace(/<[^>]*>/g, '') }));
const feed = file(routes.protocolsFeed);
const data = JSON.parse(file(routes.protocolsData)) as { protocols: { slug: string; versions: { version: string; effective: string }[] }[] };

it('the site has versions taking effect in different years, so a wrong year shows', () => {
  expect(new Set(versions.map((v) => v.year)).size).toBeGreaterThan(1);
  expect(versions.length).toBeGreaterThanOrEqual(6);
});

describe.each(versions)('$slug v$version, in force from $day', ({ slug, version, day, year }) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];

  it('its page cites it, and each of its sections, with the year it took effect', () => {
    const cited = citations(readPage(routes.protocolVersion(slug, version)));
    expect(cited.filter((c) => c.style === 'apa').length).toBeGreaterThan(1);
    for (const { style, text } of cited) {
      expect(text, `${style}: ${text}`).toContain(style === 'apa' ? `(${year}).` : `CPC, ${year}.`);
      expect(text.match(/\b(19|20)\d\d\b/g), text).toEqual([year]);
    }
  });

  it('its .bib, .ris and CSL-JSON files carry the day it took effect', () => {
    expect(file(routes.protocolFile(slug, version, 'bib'))).toContain(`date = {${day}}`);
    const ris = file(routes.protocolFile(slug, version, 'ris'));
    expect(ris).toContain(`PY  - ${year}\n`);
    expect(ris).toContain(`DA  - ${y}/${m}/${d}/\n`);
    const csl = JSON.parse(file(routes.protocolFile(slug, version, 'json'))) as { issued: { 'date-parts': number[][] } }[];
    expect(csl[0]?.issued['date-parts']).toEqual([[y, m, d]]);
  });

  it('its feed entry and /datos/protocolos.json carry the day it took effect', () => {
    const url = new URL(routes.protocolVersion(slug, version), 'https://alianza-cpc.example').href;
    const entry = feed.split('<entry>').find((e) => e.includes(`<id>${url}</id>`)) ?? '';
    expect(entry, url).toContain(`<published>${day}T00:00:00.000Z</published>`);
    const listed = data.protocols.find((p) => p.slug === slug)?.versions.find((v) => v.version === version);
    expect(listed?.effective).toBe(day);
  });

  it('its PDF states the day it took effect', async () => {
    const { text } = await pdfText(readFileSync(join(distDir(), routes.protocolFile(slug, version, 'pdf'))));
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(formatDate(new Date(`${day}T00:00:00Z`), 'es'));
  });
});
