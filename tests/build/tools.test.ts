/**
 * Prevention tools in dist/: every step of every decision tree reachable by following links from
 * its start page, in both languages; the flowchart and printable pages; checklists; the services
 * directory and its files; the calendar and the glossary.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { distDir, htmlLang, pageExists, readPage } from '../support/dist';

const root = join(import.meta.dirname, '..', '..');
const { entries } = checkContent(join(root, 'content'), root);
const trees = entries.filter((e) => e.collection === 'tools');
const file = (path: string) => join(distDir(), path);

/** Links inside the tool part of a page. */
function toolLinks(html: string): string[] {
  const part = /<div data-tool=[\s\S]*?<\/div>\s*(?:<script|<\/div>\s*<\/main>|<\/main>)/.exec(html)?.[0] ?? html;
  return [...part.matchAll(/<a href="([^"]+)"[^>]*data-step-link/g)].map((m) => (m[1] ?? '').replace(/#.*$/, '')); // #desde-<parent>: the same page (src/lib/tools/came-from/)
}

describe.each(trees.map((t) => [t.id, t] as const))('decision tree %s', (slug, tree) => {
  const steps = Object.keys((tree.data as { steps: Record<string, unknown> }).steps);
  const start = (tree.data as { start: string }).start;

  for (const prefix of ['', '/qu']) {
    it(`reaches every step and ending by following links only${prefix ? ' (Quechua)' : ''}`, () => {
      const startPath = `${prefix}/herramientas/${slug}/`;
      const seen = new Map<string, string>([[startPath, start]]);
      const queue = [startPath];
      while (queue.length) {
        const path = queue.shift() ?? '';
        const html = readPage(path);
        expect(htmlLang(html)).toBe(prefix ? 'quz' : 'es');
        const step = /data-step="([^"]+)"/.exec(html)?.[1] ?? '';
        seen.set(path, step);
        for (const href of toolLinks(html)) {
          expect(href.startsWith(`${prefix}/herramientas/${slug}/`), `${path} links out of the tool: ${href}`).toBe(true);
          if (!seen.has(href)) {
            seen.set(href, '');
            queue.push(href);
          }
        }
      }
      expect([...new Set(seen.values())].sort()).toEqual([...steps].sort());
    });
  }

  it('gives each ending what to do, whom to call (with tel: links) and what not to do', () => {
    for (const id of steps) {
      const html = readPage(`/herramientas/${slug}/${id === start ? '' : `${id}/`}`);
      if (!html.includes('data-ending=""')) continue;
      expect(html).toContain('Qué hacer ahora');
      expect(html).toContain('A quién llamar');
      expect(html).toMatch(/data-contacts[\s\S]*?href="tel:\d+"/);
    }
  });

  it('has an accessible SVG flowchart and a printable version, in both languages', () => {
    for (const prefix of ['', '/qu']) {
      const map = readPage(`${prefix}/herramientas/${slug}/mapa/`);
      // role="group" when the boxes are links (axe hides links inside role="img").
      expect(map).toMatch(/<svg[^>]*role="(img|group)"[^>]*aria-labelledby="[^"]+"/);
      expect(map).toMatch(/<svg[\s\S]*<title[^>]*>[^<]+<\/title>[\s\S]*<desc/);
      // No script inside an SVG (the chrome's wordmark and pictograms are SVGs too, before the page's scripts).
      expect(map).not.toMatch(/<svg[^>]*>(?:(?!<\/svg>)[\s\S])*<script/);
      expect(map).toContain('data-tool-outline');
      expect(readPage(`${prefix}/herramientas/${slug}/imprimir/`)).toContain('data-print-sheet');
    }
  });
});

describe('checklists', () => {
  const lists = entries.filter((e) => e.collection === 'checklists' && e.lang === 'es');
  it('cover schools, health, transport and tourism', () => {
    expect(lists.map((l) => l.data['sector']).sort()).toEqual(['escuelas', 'salud', 'transporte', 'turismo']);
  });
  it.each(lists.map((l) => l.id))('%s has a page and a printable page in both languages', (slug) => {
    for (const prefix of ['', '/qu']) {
      expect(readPage(`${prefix}/senales-de-alerta/${slug}/`)).toContain('data-checklist');
      expect(readPage(`${prefix}/senales-de-alerta/${slug}/imprimir/`)).toContain('data-print-sheet');
    }
  });
});

describe('services directory', () => {
  const regions = entries.filter((e) => e.collection === 'regions' && e.lang === 'es').map((e) => e.id);
  const services = entries.filter((e) => e.collection === 'services');

  it.each(regions)('%s: the page lists its services and its files parse back to the same data', (region) => {
    const mine = services.filter((s) => (s.data['region'] as { id: string }).id === region);
    expect(mine.length).toBeGreaterThan(0);
    const html = readPage(`/regiones/${region}/`);
    for (const s of mine) expect(html).toContain(`data-service="${s.data['id']}"`);
    for (const ext of ['csv', 'vcf', 'json']) {
      const path = `/regiones/${region}/servicios.${ext}`;
      expect(html).toContain(`href="${path}" data-download data-size-bytes="${statSync(file(path)).size}"`);
    }
    const csv = readFileSync(file(`/regiones/${region}/servicios.csv`), 'utf8');
    expect(csv.startsWith('\uFEFFtipo,nombre,')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(mine.length + 1);
    for (const s of mine) expect(csv).toContain(String(s.data['name']));
    const vcf = readFileSync(file(`/regiones/${region}/servicios.vcf`), 'utf8');
    expect(vcf.match(/^BEGIN:VCARD$/gm)).toHaveLength(mine.length);
    const json = JSON.parse(readFileSync(file(`/regiones/${region}/servicios.json`), 'utf8')) as { services: { id: string }[] };
    expect(json.services.map((s) => s.id).sort()).toEqual(mine.map((s) => String(s.data['id'])).sort());
  });

  it('leads with the national lines as call buttons and says once that no local phone is verified', () => {
    const html = readPage('/regiones/loreto/');
    const call = /<section[^>]*data-region-call[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(call).toMatch(/href="tel:1818"[^>]*data-call-button="linea-1818"><b[^>]*>1818<\/b><span>· denunciar trata<\/span>/);
    expect(html.indexOf('data-region-call')).toBeLessThan(html.indexOf('class="app-prose'));
    const services = /<section[^>]*data-services[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(services.match(/data-no-local-phone/g)).toHaveLength(1);
    // The national lines are not repeated under each entry (a service's own text may name one).
    expect(services).not.toMatch(/href="tel:(?:1818|100|1810|080015170)"/);
    // The directory's files are offered to institutions, under their own heading, after the list.
    expect(services).toMatch(/<h3[^>]*>Para instituciones<\/h3>[\s\S]*servicios\.csv/);
    expect(services.indexOf('Para instituciones')).toBeGreaterThan(services.lastIndexOf('data-service='));
  });
});

describe('calendar', () => {
  it('is a valid iCalendar file with each day repeating every year', () => {
    const days = entries.filter((e) => e.collection === 'calendar');
    const component = new ICAL.Component(ICAL.parse(readFileSync(file('/calendario.ics'), 'utf8')));
    const events = component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(days.length);
    for (const d of days) {
      const event = events.find((e) => e.uid === `${d.id}@alianza-cpc`);
      expect(event?.summary).toBe((d.data['name'] as { es: string }).es);
      expect(event?.startDate.toString().slice(5, 10)).toBe(String(d.data['day']));
      expect(event?.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=YEARLY');
    }
    expect(days.map((d) => d.data['day']).sort()).toEqual(['06-12', '07-30', '09-23']);
  });

  it('has a page in both languages', () => {
    expect(readPage('/calendario/')).toContain('href="/calendario.ics"');
    expect(pageExists('/qu/calendario/')).toBe(true);
  });
});

describe('glossary', () => {
  it('lists every term with its Quechua draft marked as such', () => {
    const terms = entries.filter((e) => e.collection === 'glossary');
    expect(terms.length).toBeGreaterThanOrEqual(12);
    const html = readPage('/glosario/');
    for (const term of terms) expect(html).toContain(`data-term="${term.id}"`);
    expect(html).toContain('data-draft-term');
    expect(readPage('/qu/glosario/')).toContain('lang="quz"');
  });
});
