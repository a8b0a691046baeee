/**
 * Synonyms at query time (src/lib/search/query.ts): the synonyms the search page carries, the
 * strings searched for a query, the fallback's words, and findPages on a stand-in for Pagefind's
 * search (which finds the pages holding every word of a string).
 */
import { describe, expect, it } from 'vitest';
import { MAX_SEARCHES, SYNONYM_FACTOR, fallbackUnits, findPages, mergeResults, parseSynonyms, plain, queryVariants, splitWords, withoutStopWords } from '../../src/lib/search/query';

// As the build writes them: the editor's order, "~" before a word no page holds.
const synonyms = parseSynonyms("hospedaje|hotel|~hostal;doméstico|del hogar;trabajo|empleo|~chamba;escuela|colegio|institución educativa;llamk'ay|trabajo incaico");
const stop = 'a de del el en la me un una y';

describe('parseSynonyms', () => {
  it('reads each word of a group with the first other word of its group that pages hold', () => {
    expect(synonyms.find((s) => s.words.join(' ') === 'hotel')).toEqual({ words: ['hotel'], found: true, others: ['hospedaje'] });
    expect(synonyms.find((s) => s.words.join(' ') === 'hospedaje')?.others).toEqual(['hotel']);
    // A word no page holds is never searched, as typed or for another.
    expect(synonyms.find((s) => s.words.join(' ') === 'hostal')).toEqual({ words: ['hostal'], found: false, others: ['hospedaje'] });
    expect(synonyms.find((s) => s.words.join(' ') === 'del hogar')).toEqual({ words: ['del', 'hogar'], found: true, others: ['doméstico'] });
  });

  it('gives nothing for a page without synonyms', () => {
    expect(parseSynonyms('').every((s) => s.others.length === 0)).toBe(true);
    expect(parseSynonyms(undefined).every((s) => s.others.length === 0)).toBe(true);
  });
});

describe('plain and splitWords', () => {
  it('compares words without accents, capitals or the kind of apostrophe', () => {
    expect(plain('Doméstico')).toBe('domestico');
    expect(plain('llamk’ay')).toBe(plain("LLAMK'AY"));
  });

  it('splits a query on spaces and punctuation, keeping apostrophes and hyphens inside words', () => {
    expect(splitWords('¿Qué es la «trata», 129-A? llamk’ay')).toEqual(['Qué', 'es', 'la', 'trata', '129-A', 'llamk’ay']);
  });
});

describe('queryVariants', () => {
  it('searches the query as typed, then with a word that has synonyms replaced by its group\'s first other word', () => {
    expect(queryVariants('turismo hoteles', synonyms)).toEqual(['turismo hoteles', 'turismo hospedaje']);
    expect(queryVariants('Turismo y HOSPEDAJES', synonyms)).toEqual(['Turismo y HOSPEDAJES', 'Turismo y hotel']);
  });

  it('leaves a query without synonyms as it is', () => {
    expect(queryVariants('  ruta de derivación ', synonyms)).toEqual(['ruta de derivación']);
  });

  it('replaces a phrase in a group whole, the longest first ("del hogar", not "del")', () => {
    const variants = queryVariants('trabajo del hogar', synonyms);
    expect(variants[0]).toBe('trabajo del hogar');
    expect(variants.slice(1, 3).sort()).toEqual(['empleo del hogar', 'trabajo doméstico']);
    expect(variants[3]).toBe('empleo doméstico');
    expect(variants).toHaveLength(4);
  });

  it('does not search a word no page holds: only its synonym', () => {
    expect(queryVariants('chamba en un hostal', synonyms)).toEqual(['trabajo en un hospedaje']);
    expect(queryVariants('chamba', synonyms)).toEqual(['trabajo']);
  });

  it('one replacement before two, and at most MAX_SEARCHES strings however long the query', () => {
    const variants = queryVariants('trabajo hotel escuela trabajo hotel escuela trabajo hotel', synonyms);
    expect(variants).toHaveLength(MAX_SEARCHES);
    expect(variants[0]).toBe('trabajo hotel escuela trabajo hotel escuela trabajo hotel');
    const replaced = (v: string) => v.split(' ').filter((w) => ['empleo', 'hospedaje', 'colegio'].includes(w)).length;
    expect(variants.slice(1).every((v) => replaced(v) === 1)).toBe(true);
  });
});

describe('fallbackUnits', () => {
  it('gives each word that matters, a phrase in a group as one, and a word no page holds as its synonym', () => {
    expect(fallbackUnits('me ofrecieron chamba en un hotel', stop, synonyms)).toEqual(['ofrecieron', 'trabajo', 'hotel']);
    expect(fallbackUnits('trabajo del hogar en Lima', stop, synonyms)).toEqual(['trabajo', 'del hogar', 'Lima']);
  });

  it('counts a word once, and gives nothing for one word or stop words only', () => {
    expect(fallbackUnits('Lima trabajo Lima', stop, synonyms)).toEqual(['Lima', 'trabajo']);
    expect(fallbackUnits('chamba', stop, synonyms)).toEqual([]);
    expect(fallbackUnits('de la', stop, synonyms)).toEqual([]);
  });
});

describe('mergeResults', () => {
  it('keeps each page once with its best score, each list weighted, best first', () => {
    const r = (id: string, score: number) => ({ id, score, data: () => id });
    const merged = mergeResults([[r('a', 2), r('b', 1)], [r('b', 5), r('c', 3)]], [1, 0.5]);
    expect(merged.map((x) => [x.id, x.score])).toEqual([
      ['b', 2.5],
      ['a', 2],
      ['c', 1.5],
    ]);
    // What Pagefind's result carries comes along (data() loads its fragment).
    expect(merged[0]?.data()).toBe('b');
  });
});

/** Pagefind's search of one string, on pages given as text: the pages holding every word (a word matches its plural), scored by a page's own score. */
function stand(pages: Record<string, { text: string; score: number }>) {
  const asked: string[] = [];
  const search = async (term: string) => {
    asked.push(term);
    const words = splitWords(term).map(plain);
    return Object.entries(pages)
      .filter(([, page]) => words.every((w) => splitWords(page.text).map(plain).some((p) => p === w || p === `${w}s` || p === `${w}es`)))
      .map(([id, page]) => ({ id, score: page.score }));
  };
  return { search, asked };
}

describe('findPages', () => {
  const pages = {
    turismo: { text: 'Señales de alerta en turismo y hospedajes', score: 10 },
    indice: { text: 'Señales de alerta por sector: turismo, hoteles y escuelas', score: 2 },
    oferta: { text: 'Oferta de trabajo o trampa en Lima', score: 5 },
    lima: { text: 'Lima Metropolitana', score: 1 },
  };

  it('finds a page through a synonym, after the pages that hold the words as typed when they score alike', async () => {
    const { search } = stand(pages);
    const found = await findPages('turismo hoteles', search, { stopWords: stop, synonyms });
    expect(found.partial).toBe(false);
    expect(found.results.map((r) => [r.id, r.score])).toEqual([
      ['turismo', 10 * SYNONYM_FACTOR],
      ['indice', 2],
    ]);
  });

  it('falls back to the words that matter when no string finds a page, pages holding more of them first, and says so', async () => {
    const { search, asked } = stand(pages);
    const found = await findPages('me ofrecieron chamba en Lima', search, { stopWords: stop, synonyms });
    expect(found.partial).toBe(true);
    expect(found.results.map((r) => r.id)).toEqual(['oferta', 'lima']);
    // How many of the words found pages ("ofrecieron" none; "chamba" as "trabajo", "Lima"): the
    // search page compares it with the other language's (src/components/search/other-sentence.ts).
    expect(found.held).toBe(2);
    // "chamba", which no page holds, was never searched for.
    expect(asked.some((term) => term.includes('chamba'))).toBe(false);
  });

  it('leaves the stop words out of what it searches (each would cost an index chunk), unless the query has no other word', async () => {
    const { search, asked } = stand(pages);
    const found = await findPages('señales de alerta en turismo', search, { stopWords: stop, synonyms });
    expect(found.results.map((r) => r.id)).toEqual(['turismo', 'indice']);
    expect(asked).toEqual(['señales alerta turismo']);
    expect(withoutStopWords('de la', stop)).toBe('de la');
    expect(withoutStopWords('trabajo del hogar', stop)).toBe('trabajo hogar');
  });

  it('finds nothing, and says nothing partial, when no word is on any page', async () => {
    const { search } = stand(pages);
    await expect(findPages('zzz', search, { stopWords: stop, synonyms })).resolves.toEqual({ results: [], partial: false, held: 0 });
    await expect(findPages('zzz yyy', search, { stopWords: stop, synonyms })).resolves.toEqual({ results: [], partial: false, held: 0 });
  });
});
