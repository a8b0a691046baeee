/**
 * The translation status that /estado-de-traducciones/ shows, computed on fixture content: a
 * Quechua text made before its Spanish source last changed is reported outdated; a reviewed text
 * carries who reviewed it and when, and a review needs both.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { countsByCollection, translatableEntries, translationRows } from '../../src/lib/content/translation-status';
import { contentWith, fixturesDir } from '../support/fixtures';

function statusOf(overlay?: string) {
  const { entries, problems } = checkContent(contentWith(overlay));
  expect(problems).toEqual([]);
  return translationRows(translatableEntries(entries, 'es'), ['qu']);
}

const row = (rows: ReturnType<typeof statusOf>, collection: string, id: string) =>
  rows.find((r) => r.collection === collection && r.id === id);

describe('translation status', () => {
  it('reports a translation made from the current Spanish text as what its file says (draft)', () => {
    expect(row(statusOf(), 'partners', 'oit')).toMatchObject({ state: 'draft', file: 'content/partners/oit/qu.mdx' });
  });

  it('reports a translation whose Spanish source changed after it was made as outdated, with both dates', () => {
    const oit = row(statusOf(join(fixturesDir, 'translations', 'outdated')), 'partners', 'oit');
    expect(oit).toMatchObject({ state: 'outdated', file: 'content/partners/oit/qu.mdx' });
    expect(oit?.sourceUpdated?.toISOString().slice(0, 10)).toBe('2026-11-20');
    expect(oit?.translatedFrom?.toISOString().slice(0, 10)).toBe('2026-11-01');
  });

  it('reports entries without a translation as missing, naming the file to write', () => {
    expect(row(statusOf(), 'news', 'primera-noticia')).toMatchObject({
      state: 'missing',
      file: 'content/news/primera-noticia/qu.mdx',
    });
  });

  it('counts every entry once per collection and language', () => {
    const rows = statusOf(join(fixturesDir, 'translations', 'outdated'));
    const partners = countsByCollection(rows).get('partners')?.get('qu');
    expect(partners).toEqual({ reviewed: 0, draft: 0, outdated: 1, missing: 0, total: 1 });
    const all = [...countsByCollection(rows).values()].reduce((n, byLang) => n + (byLang.get('qu')?.total ?? 0), 0);
    expect(all).toBe(rows.length);
  });

  it('reports a reviewed translation with its reviewer and day, for pages and for data entries', () => {
    const rows = statusOf(join(fixturesDir, 'translations', 'reviewed'));
    const oit = row(rows, 'partners', 'oit');
    expect(oit).toMatchObject({ state: 'reviewed', review: { by: 'Persona Revisora de Prueba' } });
    expect(oit?.review?.on.toISOString().slice(0, 10)).toBe('2026-11-15');
    const line = row(rows, 'hotlines', 'linea-de-prueba');
    expect(line).toMatchObject({ state: 'reviewed', review: { by: 'Otra Persona de Prueba' }, file: 'content/data/hotlines.yaml' });
    expect(line?.review?.on.toISOString().slice(0, 10)).toBe('2026-11-20');
    expect(countsByCollection(rows).get('partners')?.get('qu')).toMatchObject({ reviewed: 1, draft: 0 });
  });

  it('keeps the review of a text whose Spanish changed after it, and reports it outdated', () => {
    const oit = row(statusOf(join(fixturesDir, 'translations', 'reviewed-then-outdated')), 'partners', 'oit');
    expect(oit).toMatchObject({ state: 'outdated', review: { by: 'Persona Revisora de Prueba' } });
    expect(oit?.sourceUpdated?.toISOString().slice(0, 10)).toBe('2026-11-20');
  });

  it('refuses a review dated before the Spanish text it reviews, and a reviewer on a draft', () => {
    const problemsOf = (qu: string) => {
      const dir = contentWith();
      writeFileSync(join(dir, 'partners', 'oit', 'qu.mdx'), qu);
      return checkContent(dir).problems;
    };
    const valid = readFileSync(join(fixturesDir, 'translations', 'reviewed', 'partners', 'oit', 'qu.mdx'), 'utf8');
    expect(problemsOf(valid)).toEqual([]);
    expect(problemsOf(valid.replace('reviewedOn: 2026-11-15', 'reviewedOn: 2026-10-15'))).toEqual([
      {
        file: 'content/partners/oit/qu.mdx',
        field: 'reviewedOn',
        message: '(2026-10-15) is before translatedFrom (2026-11-01): the review must be of this translation; correct the date, or set translation: draft until a speaker reviews it',
      },
    ]);
    expect(problemsOf(valid.replace('translation: reviewed', 'translation: draft'))).toEqual([
      {
        file: 'content/partners/oit/qu.mdx',
        field: 'reviewedBy',
        message: 'belongs only in a reviewed translation: set translation: reviewed if a speaker has reviewed this text, or remove it',
      },
    ]);
  });
});
