/** No empty answer for a sentence (src/lib/search/query.ts): the words that matter, and pages ranked by how many they hold. */
import { describe, expect, it } from 'vitest';
import { fallbackUnits, mergeResults, wordsThatMatter } from '../../src/lib/search/query';
import { es } from '../../src/i18n/es';

describe('wordsThatMatter', () => {
  it('keeps the words of a sentence that are not stop words, compared without accents or case', () => {
    expect(wordsThatMatter('Me ofrecieron trabajo en Lima', es['search.stopWords'])).toEqual(['ofrecieron', 'trabajo', 'Lima']);
    expect(wordsThatMatter('¿Qué es la trata?', 'que es la')).toEqual(['trata']);
    expect(wordsThatMatter('QUÉ hacer', 'que')).toEqual(['hacer']);
  });

  it('leaves a single word alone (nothing to drop), and a sentence of stop words gives nothing', () => {
    expect(wordsThatMatter('trata', '')).toEqual([]);
    expect(wordsThatMatter('de la', 'de la')).toEqual([]);
  });

  it('is what the fallback searches when there are no synonyms', () => {
    for (const q of ['Me ofrecieron trabajo en Lima', '¿Qué es la trata?', 'trata', 'de la', 'trabajo trabajo Lima']) {
      expect(fallbackUnits(q, es['search.stopWords'], []), q).toEqual(wordsThatMatter(q, es['search.stopWords']));
    }
  });
});

describe('pages ranked by the words they hold (mergeResults with sum)', () => {
  it('puts a page holding more of the words first, then the higher score', () => {
    const r = (id: string, score: number) => ({ id, score });
    const ranked = mergeResults(
      [
        [r('a', 1), r('b', 9)],
        [r('a', 1), r('c', 5)],
        [r('a', 1), r('c', 5), r('d', 20)],
      ],
      [],
      true,
    );
    expect(ranked.map((x) => [x.id, x.score])).toEqual([
      ['a', 3],
      ['c', 10],
      ['d', 20],
      ['b', 9],
    ]);
  });
});
