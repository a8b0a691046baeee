/**
 * The strict build's judgement of data entries and its message (src/lib/content/strict.ts) at the
 * edges, found by mutation testing (docs/mutation.md): which draft translations hold text a reader
 * sees, and how one refused problem is announced.
 */
import { describe, expect, it } from 'vitest';
import type { CheckedEntry } from '../../src/lib/content/problems';
import { formatStrict, strictProblems } from '../../src/lib/content/strict';

const hotline = (data: Record<string, unknown>): CheckedEntry => ({ collection: 'hotlines', id: 'linea', file: 'content/data/hotlines.yaml', index: 0, data });
const fields = (entries: CheckedEntry[]) => strictProblems(entries).map((p) => `${p.field} ${p.refused ? 'refused' : 'listed'}`);

describe('a draft translation of a data entry', () => {
  it('counts only when the entry holds text in that language beside the Spanish, in any field or list', () => {
    const draft = { translation: { qu: 'draft' } };
    expect(fields([hotline({ ...draft, name: { es: 'Línea', qu: 'Rimanakuy' } })])).toEqual(['[0].translation.qu refused']);
    expect(fields([hotline({ ...draft, notes: [{ es: 'Nota', qu: 'Willay' }] })])).toEqual(['[0].translation.qu refused']);
    expect(fields([hotline({ ...draft, name: { es: 'Línea', qu: '' } })])).toEqual([]);
    expect(fields([hotline({ ...draft, name: { qu: 'Rimanakuy' } })])).toEqual([]);
    expect(fields([hotline({ ...draft, name: { es: 'Línea' } })])).toEqual([]);
  });

  it('is never the Spanish text', () => {
    expect(fields([hotline({ translation: { es: 'draft' }, name: { es: 'Línea', qu: 'Rimanakuy' } })])).toEqual([]);
  });
});

describe('a page', () => {
  it('is listed as a draft only when it is a translation marked draft', () => {
    const page = (lang: string, translation: string): CheckedEntry => ({ collection: 'partners', id: 'oit', lang: lang as CheckedEntry['lang'], file: `content/partners/oit/${lang}.mdx`, data: { translation } });
    expect(fields([page('es', 'draft'), page('qu', 'reviewed')])).toEqual([]);
    expect(fields([page('qu', 'draft')])).toEqual(['translation listed']);
  });
});

describe('the strict build\'s message', () => {
  it('announces one refused problem as such', () => {
    const text = formatStrict(strictProblems([hotline({ sample: true })]));
    expect(text).toBe(
      'npm run build:strict refuses to publish: 1 problem (sample content, a draft translation shown without a notice, or a fact not verified in the last 12 months). Fix it, or build with npm run build, which labels them.\n\n' +
        'content/data/hotlines.yaml\n' +
        '  - [0].sample: is true (linea): this is sample content, not real; replace it with real, sourced text and remove "sample: true", or delete the entry',
    );
  });
});
