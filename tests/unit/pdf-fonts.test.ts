/**
 * src/lib/pdf/fonts.ts: with the standard fonts' metrics shared between documents, pdfkit measures
 * and kerns every glyph as it does on its own, so the PDFs do not change.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shareFontMetrics, type AfmFont } from '../../src/lib/pdf/fonts';

const faces = ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'];
const afmDir = join(dirname(createRequire(import.meta.url).resolve('pdfkit')), 'data');

describe('shared font metrics', () => {
  const { prototype, original } = shareFontMetrics();

  /** A font parsed by pdfkit's own code, and one through the shared metrics. */
  function both(face: string): { own: AfmFont; shared: AfmFont } {
    const contents = readFileSync(join(afmDir, `${face}.afm`), 'utf8');
    const fresh = () => Object.assign(Object.create(prototype) as AfmFont, { attributes: {}, glyphWidths: {}, boundingBoxes: {}, kernPairs: {} });
    const own = fresh();
    original.parse.call(own, contents);
    const shared = fresh();
    shared.parse(contents);
    return { own, shared };
  }

  it.each(faces)('%s: the same widths and kerning as pdfkit parses them', (face) => {
    const { own, shared } = both(face);
    expect(shared.glyphWidths).toEqual(own.glyphWidths);
    expect(shared.attributes).toEqual(own.attributes);
    expect(Object.keys(own.kernPairs).length).toBeGreaterThan(100);
    const glyphs = Object.keys(own.glyphWidths);
    let kerned = 0;
    for (const left of glyphs) {
      for (const right of [...glyphs, undefined]) {
        const expected = original.getKernPair.call(own, left, right as string);
        if (expected !== 0) kerned += 1;
        if (shared.getKernPair(left, right) !== expected) expect.fail(`${face}: ${left} ${right}: ${shared.getKernPair(left, right)} ≠ ${expected}`);
      }
    }
    expect(kerned).toBe(Object.keys(own.kernPairs).length);
  });

  it('parses each font once: a second document shares the first one\'s metrics', () => {
    const contents = readFileSync(join(afmDir, 'Helvetica.afm'), 'utf8');
    const a = Object.create(prototype) as AfmFont;
    const b = Object.create(prototype) as AfmFont;
    a.parse(contents);
    b.parse(contents);
    expect(b.glyphWidths).toBe(a.glyphWidths);
    expect(a.glyphWidths['A']).toBe(667);
  });

  it('is done once per thread', () => {
    expect(shareFontMetrics().prototype).toBe(prototype);
  });
});
