/**
 * Kits, lessons and campaigns in dist/: the downloads exist and hold what they promise (every
 * lesson in the kit PDF, the expected files in each ZIP, a poster per campaign and language), the
 * sizes shown on every download link are the files' sizes, and the kits list narrows by level and
 * by duration without JavaScript.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import type { CheckedEntry } from '../../src/lib/content/problems';
import { formatBytes } from '../../src/lib/text/format';
import { distDir, htmlPages, readPage } from '../support/dist';
import { flat, pdfText } from '../support/pdf';

const root = join(import.meta.dirname, '..', '..');
const { entries } = checkContent(join(root, 'content'), root);
const file = (path: string) => readFileSync(join(distDir(), path));
const spanish = (collection: string) => entries.filter((e) => e.collection === collection && e.lang === 'es');
const kits = spanish('toolkits');
const lessonsOf = (kit: string) =>
  spanish('lessons')
    .filter((l) => l.id.startsWith(`${kit}/lessons/`))
    .sort((a, b) => Number(a.data.order) - Number(b.data.order));
const slugOf = (lesson: CheckedEntry) => lesson.id.split('/').at(-1) ?? '';
const campaigns = spanish('campaigns');
const languagesOf = (campaign: string) => entries.filter((e) => e.collection === 'campaigns' && e.id === campaign).map((e) => e.lang ?? 'es');
/** PDF text, with runs of white space made one space and the typographic apostrophe plain. */
const text = async (bytes: Uint8Array) => flat((await pdfText(bytes)).text);

describe('content', () => {
  it('has at least three kits of four to six lessons, and three campaigns in Spanish and Quechua', () => {
    expect(kits.length).toBeGreaterThanOrEqual(3);
    for (const kit of kits) expect(lessonsOf(kit.id).length, kit.file).toBeGreaterThanOrEqual(4);
    for (const kit of kits) expect(lessonsOf(kit.id).length, kit.file).toBeLessThanOrEqual(6);
    expect(campaigns.length).toBeGreaterThanOrEqual(3);
    for (const c of campaigns) expect(languagesOf(c.id).sort(), c.file).toEqual(['es', 'qu']);
  });
});

describe.each(kits.map((k) => [k.id, k] as const))('kit %s', (slug, kit) => {
  const lessons = lessonsOf(slug);

  it('has a PDF with a cover, every lesson and every activity sheet, and numbered pages', async () => {
    const pdf = file(`/kits/${slug}.pdf`);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text: all, pages, pageTexts } = await pdfText(pdf);
    const content = flat(all);
    expect(content).toContain(flat(String(kit.data.title)));
    for (const lesson of lessons) {
      expect(content).toContain(flat(String(lesson.data.title)));
      const sheet = lesson.data.sheet as { title: string } | undefined;
      if (sheet) expect(content).toContain(flat(sheet.title));
    }
    expect(pages).toBeGreaterThan(lessons.length + 1);
    expect(flat(pageTexts.at(-1) ?? '')).toContain(`${pages}`);
  });

  it('has a PDF per lesson holding its steps', async () => {
    for (const lesson of lessons) {
      const content = await text(file(`/kits/${slug}/${slugOf(lesson)}.pdf`));
      expect(content).toContain(flat(String(lesson.data.title)));
      for (const step of lesson.data.steps as { title: string }[]) expect(content).toContain(flat(step.title));
    }
  });

  it('has a ZIP with the kit PDF, the lesson PDFs, the posters of its campaigns and a LEEME.txt', () => {
    const zip = unzipSync(file(`/kits/${slug}.zip`));
    const names = Object.keys(zip).sort();
    const campaignsUsed = (kit.data.campaigns as { id: string }[]).map((c) => c.id);
    const expected = [
      `${slug}.pdf`,
      'LEEME.txt',
      ...lessons.map((l) => expect.stringMatching(new RegExp(`^sesiones/\\d{2}-${slugOf(l)}\\.pdf$`))),
      ...campaignsUsed.flatMap((c) => languagesOf(c).map((lang) => `afiches/${c}-${lang}.pdf`)),
    ];
    expect(names).toHaveLength(expected.length);
    expect(names).toEqual(expect.arrayContaining(expected));
    // The kit PDF inside is the one served on its own.
    expect(Buffer.from(zip[`${slug}.pdf`] ?? []).equals(file(`/kits/${slug}.pdf`))).toBe(true);
    const readme = new TextDecoder().decode(zip['LEEME.txt']);
    expect(readme).toContain(String(kit.data.title));
    for (const name of names.filter((n) => n !== 'LEEME.txt')) expect(readme).toContain(name);
  });

  it('has pages for the kit, each lesson and the printable kit, in both languages', () => {
    for (const prefix of ['', '/qu']) {
      const page = readPage(`${prefix}/kits/${slug}/`);
      for (const lesson of lessons) expect(page).toContain(`href="${prefix}/kits/${slug}/${slugOf(lesson)}/"`);
      const print = readPage(`${prefix}/kits/${slug}/imprimir/`);
      expect(print.match(/data-print-lesson/g)).toHaveLength(lessons.length);
    }
  });
});

describe('campaign posters', () => {
  for (const c of campaigns) {
    for (const lang of languagesOf(c.id)) {
      it(`${c.id} has an A4 poster in ${lang} as PDF and SVG, with its headline and hotlines`, async () => {
        const own = entries.find((e) => e.collection === 'campaigns' && e.id === c.id && e.lang === lang);
        const headline = String(own?.data.headline);
        const pdf = file(`/campanas/${c.id}/afiche-${lang}.pdf`);
        const { pages } = await pdfText(pdf);
        expect(pages).toBe(1);
        const pdfContent = await text(pdf);
        const svg = file(`/campanas/${c.id}/afiche-${lang}.svg`).toString('utf8');
        expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]*viewBox="0 0 210 297"/);
        const svgText = flat(svg.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'"));
        for (const word of headline.split(/\s+/)) {
          expect(pdfContent).toContain(word.normalize('NFC'));
          expect(svgText).toContain(word);
        }
        const hotlines = (c.data.hotlines as { id: string }[]).map((h) => h.id);
        expect(hotlines.length).toBeGreaterThan(0);
      });
    }
  }
});

describe('download links', () => {
  const links = htmlPages().flatMap((path) =>
    [...readPage(path).matchAll(/<a\b[^>]*\bdata-download\b[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({ path, tag: m[0], label: m[1] ?? '' })),
  );

  it('are found on the kit, lesson and campaign pages', () => {
    const pages = new Set(links.map((l) => l.path));
    for (const kit of kits) {
      expect(pages.has(`/kits/${kit.id}/`)).toBe(true);
      expect(pages.has(`/kits/${kit.id}/${slugOf(lessonsOf(kit.id)[0]!)}/`)).toBe(true);
    }
    for (const c of campaigns) expect(pages.has(`/campanas/${c.id}/`)).toBe(true);
  });

  it('show the format and the size of the file they link to, rounded as displayed', () => {
    const problems: string[] = [];
    for (const { path, tag, label } of links) {
      const href = /href="([^"]+)"/.exec(tag)?.[1] ?? '';
      const shown = Number(/data-size-bytes="(\d+)"/.exec(tag)?.[1]);
      const size = statSync(join(distDir(), href)).size;
      const locale = path.startsWith('/qu/') ? 'qu' : 'es';
      if (shown !== size) problems.push(`${path}: ${href} says ${shown} bytes, the file has ${size}`);
      // A Quechua page showing Spanish text formats the size in Spanish.
      const expected = [formatBytes(size, locale), formatBytes(size, 'es')];
      if (!expected.some((e) => label.includes(e))) problems.push(`${path}: "${label.trim()}" should show ${expected[0]}`);
      if (!/\b(PDF|ZIP|SVG|CSV|VCF|JSON|BibTeX|RIS|CSL-JSON|iCalendar|ZIM)\b/.test(label)) problems.push(`${path}: "${label.trim()}" names no format`);
    }
    expect(problems).toEqual([]);
  });

  it('are on every link to a PDF or ZIP', () => {
    const bare = htmlPages().flatMap((path) =>
      [...readPage(path).matchAll(/<a\b[^>]*href="([^"]+\.(?:pdf|zip))"[^>]*>/g)]
        .filter((m) => !/data-size-bytes="\d+"/.test(m[0]))
        .map((m) => `${path}: ${m[1]}`),
    );
    expect(bare).toEqual([]);
  });
});

describe('the kits list narrows without JavaScript', () => {
  it('by level: a page per level lists only the kits of that level', () => {
    for (const level of new Set(kits.map((k) => String(k.data.level)))) {
      const page = readPage(`/kits/nivel/${level}/`);
      const listed = [...page.matchAll(/data-kit="([^"]+)"/g)].map((m) => m[1]).sort();
      expect(listed).toEqual(kits.filter((k) => k.data.level === level).map((k) => k.id).sort());
      expect(readPage('/kits/')).toContain(`href="/kits/nivel/${level}/"`);
    }
  });

  it('by duration: a page per band lists only the lessons that fit in it', () => {
    const bands = [
      ['hasta-30-minutos', 0, 30],
      ['31-a-45-minutos', 31, 45],
      ['46-a-60-minutos', 46, 60],
      ['mas-de-60-minutos', 61, Infinity],
    ] as const;
    let checked = 0;
    for (const [band, min, max] of bands) {
      const fits = spanish('lessons').filter((l) => Number(l.data.duration) >= min && Number(l.data.duration) <= max);
      if (fits.length === 0) continue;
      const page = readPage(`/kits/duracion/${band}/`);
      const durations = [...page.matchAll(/data-lesson-duration="(\d+)"/g)].map((m) => Number(m[1]));
      expect(durations).toHaveLength(fits.length);
      for (const d of durations) expect(d >= min && d <= max, `${band}: ${d} min`).toBe(true);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });
});
