/** A poster PDF's structure tree (src/lib/campaigns/poster/pdf.ts), as a screen reader reads it. */
import { describe, expect, it } from 'vitest';
import { posterPdf } from '../../src/lib/campaigns/poster/pdf';
import type { PosterInput } from '../../src/lib/campaigns/poster/input';
import { SAMPLE_POSTER_JOB } from '../support/pdf';
import { pdfStructure } from '../support/pdf-structure';

const input = SAMPLE_POSTER_JOB.input as PosterInput;

describe('a poster PDF', async () => {
  const s = await pdfStructure(await posterPdf(input));

  it('is tagged, with its font embedded and the headline as its one heading', () => {
    expect(s.marked).toBe(true);
    expect(s.language).toBe('es');
    expect(s.unembeddedFonts).toEqual([]);
    expect(s.headings).toEqual([{ role: 'H1', text: input.headline }]);
    expect(s.xmp['dc:title']).toBe(input.headline);
  });

  it('reads in order: notice, headline, text, call, hotlines as a list, scan label, address, author, QR code', () => {
    expect(s.tree[0]?.children.map((n) => n.role)).toEqual(['P', 'H1', 'P', 'P', 'L', 'P', 'P', 'P', 'Figure']);
    expect(s.tree[0]?.children[0]?.text).toBe(input.notice);
    const items = s.all.filter((n) => n.role === 'LI');
    expect(items.map((li) => li.children.map((c) => `${c.role}: ${c.text}`))).toEqual(
      input.hotlines.map((h) => [`Lbl: ${h.number}`, `LBody: ${h.name} ${h.purpose}`]),
    );
    expect(s.all.find((n) => n.role === 'Link')?.text.replace(/ /g, '')).toBe(input.url);
    expect(s.all.find((n) => n.role === 'Figure')?.alt).toBe(`QR: ${input.strings.scan} ${input.url}`);
  });
});
