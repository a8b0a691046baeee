/**
 * The poster's pictogram: the phone of src/lib/pictograms/, drawn once, in the left margin beside
 * the call to action ("Si sospechas, llama:") and above the hotlines, inside the page, from the
 * one drawing the site uses too.
 */
import { describe, expect, it } from 'vitest';
import { posterSvg } from '../../src/lib/campaigns/poster/svg';
import type { PosterInput } from '../../src/lib/campaigns/poster/input';
import { PICTOGRAMS } from '../../src/lib/pictograms/pictograms';

const poster = (call: string): PosterInput => ({
  lang: 'es',
  title: 'Afiche de prueba',
  headline: '¿Una oferta demasiado buena? Pregunta primero',
  text: 'Antes de aceptar un trabajo lejos de casa, habla con alguien de confianza.',
  hotlines: [{ name: 'Línea 1818', number: '1818', purpose: 'Para denunciar la trata de personas.' }],
  url: 'https://alianza-cpc.example/campanas/prueba/',
  strings: { call, scan: 'Más información:' },
  author: 'Alianza CPC',
  date: new Date('2026-11-28T00:00:00Z'),
});

/** The pictogram's place (mm) and the baselines (mm) of the call line and of the hotline number. */
function placed(svg: string) {
  const icon = /<path data-pictogram="phone" transform="translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)"[^>]* d="([^"]+)"/.exec(svg);
  const baseline = (text: string) => Number(new RegExp(`y="([\\d.]+)">(?:<a [^>]*>)?[^<]*${text}`).exec(svg)?.[1]);
  return { icon, callY: baseline('(?:llama|waqyay):'), numberY: baseline('1818<') };
}

describe('the poster pictogram', () => {
  it('is the phone, once, in the margin beside the call to action and above the hotlines', () => {
    const svg = posterSvg(poster('Si sospechas, llama:'));
    expect(svg.match(/data-pictogram=/g)).toHaveLength(1);
    const { icon, callY, numberY } = placed(svg);
    expect(icon?.[4]).toBe(PICTOGRAMS.phone);
    const [x, y, scale] = [Number(icon?.[1]), Number(icon?.[2]), Number(icon?.[3])];
    const size = 24 * scale;
    expect(x).toBeGreaterThanOrEqual(5); // on the paper a printer prints
    expect(x + size).toBeLessThanOrEqual(48 * (25.4 / 72)); // in the margin, before the words
    expect(y).toBeLessThan(callY);
    expect(y + size).toBeGreaterThan(callY - 3);
    expect(y + size).toBeLessThan(numberY);
  });

  it('stands beside the first line of a call to action that takes two', () => {
    const svg = posterSvg({ ...poster('Imapas mana allinchu kanman chayqa, huk runaman willakuy, waqyay:'), lang: 'quz' });
    const { icon, callY } = placed(svg);
    const firstLine = Number(/y="([\d.]+)">Imapas/.exec(svg)?.[1]);
    expect(firstLine).toBeLessThan(callY);
    expect(Number(icon?.[2])).toBeLessThan(firstLine);
    expect(Number(icon?.[2]) + 24 * Number(icon?.[3])).toBeGreaterThan(firstLine - 3);
  });
});
