/**
 * Posters read on a wall: on every poster of dist/, what each hotline is for (its purpose, as the
 * SVG's description lists it: "Línea 1818: 1818. Para denunciar…") is printed at 14 pt or more
 * at the poster's print size, computed from the SVG's physical size and its viewBox.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../scripts/links-report.mjs';
import { distDir, posterSvgs } from '../support/dist';

const MIN_PT = 14;
const PT_PER_MM = 72 / 25.4;

/** Points per user unit: the physical width (in mm) over the viewBox's width. */
function ptPerUnit(svg: string): number {
  const width = /<svg\b[^>]*\swidth="([\d.]+)mm"/.exec(svg)?.[1];
  const viewBox = /<svg\b[^>]*\sviewBox="([\d.\s-]+)"/.exec(svg)?.[1]?.trim().split(/\s+/).map(Number);
  if (!width || !viewBox || viewBox.length !== 4) throw new Error('the poster has no width in mm or no viewBox');
  return (Number(width) / (viewBox[2] ?? NaN)) * PT_PER_MM;
}

/** Each <text>: its size in user units and its lines joined by spaces. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*font-size="([\d.]+)"[^>]*>([\s\S]*?)<\/text>/g)].map((m) => ({
    size: Number(m[1]),
    text: decodeEntities([...(m[2] ?? '').matchAll(/<tspan\b[^>]*>([\s\S]*?)<\/tspan>/g)].map((t) => (t[1] ?? '').replace(/<[^>]+>/g, '')).join(' ')),
  }));

/** The hotlines' purposes, from the SVG's <desc>. */
const purposes = (svg: string) =>
  decodeEntities(/<desc>([\s\S]*?)<\/desc>/.exec(svg)?.[1] ?? '')
    .split('\n')
    .flatMap((line: string) => /^[^:]+: [\d-]+\. (.+)$/.exec(line)?.[1] ?? []);

describe('posters on a wall', () => {
  const files = posterSvgs();

  it('there is a poster per campaign and language', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files.map((f) => [f.slice(distDir().length)]))('%s prints what each hotline is for at 14 pt or more', (path) => {
    const svg = readFileSync(join(distDir(), path), 'utf8');
    const scale = ptPerUnit(svg);
    expect(scale).toBeCloseTo(PT_PER_MM, 5); // A4 in mm: one unit is a millimetre
    const all = texts(svg);
    const wanted = purposes(svg);
    expect(wanted.length).toBeGreaterThan(0);
    for (const purpose of wanted) {
      const block = all.find((t) => t.text === purpose);
      expect(block, `the purpose «${purpose}» is printed as one block`).toBeDefined();
      expect((block?.size ?? 0) * scale, purpose).toBeGreaterThanOrEqual(MIN_PT);
    }
  });
});
