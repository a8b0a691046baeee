/**
 * The translation status (src/lib/content/translation-status.ts) from records alone, without the
 * fixture content of tests/content/translation-status.test.ts: which record is a translation of
 * which entry, what each is called, and when a translation counts as outdated. Found by mutation
 * testing (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest';
import { countsByCollection, isOutdated, translatableEntries, translationRows, type EntryRecord } from '../../src/lib/content/translation-status';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const records: EntryRecord[] = [
  // A page in Spanish, a draft in Quechua made from its current text, and a file in another language whose status is not one.
  { collection: 'partners', id: 'oit', lang: 'es', file: 'content/partners/oit/es.mdx', data: { title: 'OIT', updated: day('2025-01-10'), translation: { qu: 'draft' } } },
  { collection: 'partners', id: 'oit', lang: 'qu', file: 'content/partners/oit/qu.mdx', data: { translation: 'draft', translatedFrom: day('2025-01-10') } },
  { collection: 'partners', id: 'oit', lang: 'en', file: 'content/partners/oit/en.mdx', data: { translation: 'pendiente' } },
  // A translation whose Spanish page does not exist.
  { collection: 'partners', id: 'huerfano', lang: 'qu', file: 'content/partners/huerfano/qu.mdx', data: { translation: 'draft' } },
  // A page reviewed in Quechua, then changed in Spanish.
  { collection: 'regions', id: 'cusco', lang: 'es', file: 'content/regions/cusco/es.mdx', data: { title: 'Cusco', updated: day('2025-06-01') } },
  {
    collection: 'regions',
    id: 'cusco',
    lang: 'qu',
    file: 'content/regions/cusco/qu.mdx',
    data: { translation: 'reviewed', translatedFrom: day('2025-02-01'), reviewedBy: 'Revisora', reviewedOn: day('2025-02-03') },
  },
  // Data entries: every language in one record, named by title, name or term, plain or per language.
  { collection: 'hotlines', id: 'linea', file: 'content/hotlines.yaml', data: { name: { es: 'Línea', qu: 'Rimanakuy' }, translation: { qu: 'draft', en: 'pendiente' } } },
  { collection: 'glossary', id: 'trata', file: 'content/glossary.yaml', data: { term: 'Trata', translation: { qu: { status: 'reviewed', reviewedBy: 'Revisor', reviewedOn: day('2025-03-01') } } } },
  { collection: 'glossary', id: 'sin-nombre', file: 'content/glossary.yaml', data: { title: 7, translation: 'draft' } },
];

// Each test computes its entries and rows inside its `it`: StrykerJS (`--ignoreStatic`) credits a test
// only with the code run inside it, so a call at the top of a `describe` killed no mutant.
describe('translatable entries', () => {
  const entries = () => translatableEntries(records, 'es');

  it('are the Spanish pages and the data entries, each once, named as readers know them', () => {
    expect(entries().map((e) => [e.collection, e.id, e.title])).toEqual([
      ['partners', 'oit', 'OIT'],
      ['regions', 'cusco', 'Cusco'],
      ['hotlines', 'linea', 'Línea'],
      ['glossary', 'trata', 'Trata'],
      ['glossary', 'sin-nombre', 'sin-nombre'],
    ]);
  });

  it('take a page\'s translations from its other files, and a data entry\'s from its translation field', () => {
    expect(Object.fromEntries(entries().map((e) => [e.id, e.translations]))).toEqual({
      oit: { qu: { status: 'draft', translatedFrom: day('2025-01-10'), file: 'content/partners/oit/qu.mdx', review: undefined } },
      cusco: { qu: { status: 'reviewed', translatedFrom: day('2025-02-01'), file: 'content/regions/cusco/qu.mdx', review: { by: 'Revisora', on: day('2025-02-03') } } },
      linea: { qu: { status: 'draft', file: 'content/hotlines.yaml' } },
      trata: { qu: { status: 'reviewed', file: 'content/glossary.yaml', review: { by: 'Revisor', on: day('2025-03-01') } } },
      'sin-nombre': {},
    });
  });
});

describe('translation rows', () => {
  const rows = () => translationRows(translatableEntries(records, 'es'), ['qu', 'en']);

  it('give each entry a state per language, the file to write for a missing page, and the dates of an outdated one', () => {
    expect(rows().map((r) => `${r.id} ${r.lang} ${r.state} ${r.file}`)).toEqual([
      'oit qu draft content/partners/oit/qu.mdx',
      'oit en missing content/partners/oit/en.mdx',
      'cusco qu outdated content/regions/cusco/qu.mdx',
      'cusco en missing content/regions/cusco/en.mdx',
      'linea qu draft content/hotlines.yaml',
      'linea en missing content/hotlines.yaml',
      'trata qu reviewed content/glossary.yaml',
      'trata en missing content/glossary.yaml',
      'sin-nombre qu missing content/glossary.yaml',
      'sin-nombre en missing content/glossary.yaml',
    ]);
    expect(rows()[2]).toMatchObject({ sourceUpdated: day('2025-06-01'), translatedFrom: day('2025-02-01'), review: { by: 'Revisora' } });
    expect(rows()[0]).not.toHaveProperty('sourceUpdated');
  });

  it('are counted per collection and language', () => {
    expect(countsByCollection(rows()).get('glossary')?.get('qu')).toEqual({ reviewed: 1, draft: 0, outdated: 0, missing: 1, total: 2 });
  });
});

describe('an outdated translation', () => {
  it('was made from a Spanish text older than the current one; without either date it is not', () => {
    expect(isOutdated(day('2025-06-01'), day('2025-05-31'))).toBe(true);
    expect(isOutdated(day('2025-06-01'), day('2025-06-01'))).toBe(false);
    expect(isOutdated(undefined, day('2025-05-31'))).toBe(false);
    expect(isOutdated(day('2025-06-01'), undefined)).toBe(false);
  });
});

describe('records an editor may get wrong', () => {
  const one = (extra: EntryRecord[]) => translatableEntries(extra, 'es').map((e) => [e.id, e.title, e.translations]);

  it('a Spanish page that lists its translations itself has none until their files exist, and a Spanish file marked as a translation is not one', () => {
    expect(
      one([
        { collection: 'partners', id: 'oit', lang: 'es', file: 'content/partners/oit/es.mdx', data: { title: 'OIT', translation: { qu: 'draft' } } },
        { collection: 'partners', id: 'unicef', lang: 'es', file: 'content/partners/unicef/es.mdx', data: { title: 'UNICEF', translation: 'draft' } },
      ]),
    ).toEqual([
      ['oit', 'OIT', {}],
      ['unicef', 'UNICEF', {}],
    ]);
  });

  it('a data entry with an empty translation field, or an empty language in it, has no translation and is named by its statement', () => {
    expect(
      one([
        { collection: 'facts', id: 'vacio', file: 'content/facts.yaml', data: { title: null, statement: { es: 'Dato en castellano' }, translation: null } },
        { collection: 'facts', id: 'sin-qu', file: 'content/facts.yaml', data: { statement: 'Otro dato', translation: { qu: null } } },
      ]),
    ).toEqual([
      ['vacio', 'Dato en castellano', {}],
      ['sin-qu', 'Otro dato', {}],
    ]);
  });

  it('a review needs both who and when; a draft keeps no review left in its file', () => {
    const on = day('2025-03-01');
    expect(
      one([
        { collection: 'glossary', id: 'sin-fecha', file: 'content/glossary.yaml', data: { term: 'A', translation: { qu: { status: 'reviewed', reviewedBy: 'Revisor' } } } },
        { collection: 'glossary', id: 'sin-quien', file: 'content/glossary.yaml', data: { term: 'B', translation: { qu: { status: 'reviewed', reviewedOn: on } } } },
        { collection: 'regions', id: 'puno', lang: 'es', file: 'content/regions/puno/es.mdx', data: { title: 'Puno' } },
        { collection: 'regions', id: 'puno', lang: 'qu', file: 'content/regions/puno/qu.mdx', data: { translation: 'draft', reviewedBy: 'Revisora', reviewedOn: on } },
      ]),
    ).toEqual([
      ['sin-fecha', 'A', {}],
      ['sin-quien', 'B', {}],
      ['puno', 'Puno', { qu: { status: 'draft', translatedFrom: undefined, file: 'content/regions/puno/qu.mdx', review: undefined } }],
    ]);
  });
});
