/**
 * The translation status that /estado-de-traducciones/ shows, computed on fixture content: a
 * Quechua text made before its Spanish source last changed is reported outdated.
 */
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
});
