/**
 * One word for one thing on every page: the ninth month as Peru writes it ("setiembre", not
 * "septiembre", in dates Intl prints and in editors' text alike, frozen protocol versions
 * included), and "1 sesión", not "1 sesiones". What is read is the text a page shows; addresses
 * and file paths (a lesson published at /kits/primaria/mural-23-de-septiembre/) keep their letters.
 */
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../scripts/links-report.mjs';
import { htmlPages, readPage } from '../support/dist';

/** The text a page shows: no tags, attributes, scripts or styles. */
const shownText = (html: string) =>
  decodeEntities(
    html
      .slice(Math.max(0, html.indexOf('<body')))
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  ).replace(/\s+/g, ' ');

const pages = htmlPages();

describe('consistent words', () => {
  it('no page writes "septiembre": Peru’s "setiembre" everywhere', () => {
    const found = pages.flatMap((path) => {
      const text = shownText(readPage(path));
      // A word, not part of a file's path or address ("…/mural-23-de-septiembre/qu.mdx").
      return [...text.matchAll(/.{0,40}(?<![-\w/])septiembre(?![-\w/]).{0,20}/gi)].map((m) => `${path}: «${m[0]}»`);
    });
    expect(found).toEqual([]);
    // The day the campaign is about, and a date Intl printed, both as Peru writes them.
    expect(shownText(readPage('/campanas/dia-nacional-contra-la-trata/'))).toContain('23 de setiembre');
  });

  it('counts one session as "1 sesión", and more as "sesiones"', () => {
    const found = pages.filter((path) => /\b1 sesiones\b/.test(shownText(readPage(path))));
    expect(found).toEqual([]);
    const counts = pages.flatMap((path) => [...shownText(readPage(path)).matchAll(/\b(\d+) sesi(?:ón|ones)\b/g)].map((m) => m[0]));
    expect(counts).toContain('1 sesión');
    expect(counts.some((c) => /^([2-9]|\d\d+) sesiones$/.test(c))).toBe(true);
  });
});
