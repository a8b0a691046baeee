/**
 * The search page's first answer (src/lib/search/first-answer/): the build's small index of the
 * best pages for each word, the file a word is in, and the search of one string on it, with the
 * page's synonyms and fallback (src/lib/search/query.ts), as the search page runs it before
 * Pagefind has come.
 */
import { describe, expect, it } from 'vitest';
import type { IndexPage } from '../../src/lib/offline-copy/search-engine';
import { firstAnswerFiles, keysOf, PAGES_PER_WORD, typeLabel, WORDS_PER_FILE } from '../../src/lib/search/first-answer/build';
import { fileOf, termKeys, type FirstFile } from '../../src/lib/search/first-answer/keys';
import { firstSearch, MAX_FILES } from '../../src/lib/search/first-answer/lookup';
import { findPages, parseSynonyms } from '../../src/lib/search/query';

const page = (u: string, t: string, x: string, f: Record<string, string[]> = { tipo: ['Página'] }, m: Record<string, string> = {}): IndexPage => ({ u, t, h: [], x, f, m });

const pages = [
  page('/herramientas/oferta-o-trampa/', '¿Oferta de trabajo o trampa?', 'Una oferta de trabajo lejos de casa puede ser una trampa.', { tipo: ['Herramienta'] }),
  page('/senales-de-alerta/turismo/', 'Turismo y hospedajes', 'Señales en hospedajes y agencias de turismo.'),
  page('/regiones/lima/', 'Lima Metropolitana', 'En Lima la trata de personas para trabajo forzoso.', { tipo: ['Región'] }),
  page('/protocolos/ruta/', 'Ruta de derivación', 'trata trata trata trata: la ruta frente a la trata.', { tipo: ['Protocolo'] }, { version: '2.0' }),
];

/** The index as the search page reads it, from memory. */
function search(files: FirstFile[]) {
  return firstSearch(async (n) => files[n], files.length);
}

describe('the first answer\'s index', () => {
  const files = firstAnswerFiles(pages);
  const lookup = (key: string) => {
    const file = files[fileOf(key, files.length)]!;
    const pairs = file.w[key] ?? [];
    return pairs.filter((_, i) => i % 2 === 0).map((n) => file.p[n]![0]);
  };

  it('lists for each word the pages that hold it, best first: a title counts more than the text', () => {
    expect(lookup('trabajo')).toEqual(['/herramientas/oferta-o-trampa/', '/regiones/lima/']);
    expect(lookup('trata')[0]).toBe('/protocolos/ruta/');
    expect(lookup('lima')).toEqual(['/regiones/lima/']);
  });

  it('finds a word typed without the ending the page gives it, and with it', () => {
    expect(keysOf('hospedajes')).toEqual(['hospedajes', 'hospedaj', 'hospedaje', 'hospedaj']);
    expect(lookup('hospedaje')).toEqual(['/senales-de-alerta/turismo/']);
    expect(termKeys('Hospedajes')).toEqual(['hospedaj']);
    expect(lookup('hospedaj')).toEqual(['/senales-de-alerta/turismo/']);
  });

  it('gives each page its title and the type a result shows, with a protocol\'s version', () => {
    const file = files[fileOf('ruta', files.length)]!;
    expect(file.p).toContainEqual(['/protocolos/ruta/', 'Ruta de derivación', 'Protocolo · v2.0']);
    expect(typeLabel(page('/x/', 'X', '', {}))).toBe('');
  });

  it('puts a word in the file its key names, among about WORDS_PER_FILE words a file', () => {
    const words = files.flatMap((file, n) => Object.keys(file.w).map((key) => [key, n] as const));
    for (const [key, n] of words) expect(fileOf(key, files.length)).toBe(n);
    expect(files.length).toBe(Math.ceil(words.length / WORDS_PER_FILE));
    expect(fileOf('trata', 7)).toBe(fileOf('trata', 7));
    expect(fileOf('trata', 7)).toBeLessThan(7);
  });

  it('keeps its files small however many pages hold a word: at most PAGES_PER_WORD each', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => page(`/p/${i}/`, `Protocolo número ${i} de la trata`, `trata de personas en la región ${i % 25}, trabajo y escuela`));
    const largest = (n: number) => Math.max(...firstAnswerFiles(many(n)).map((file) => JSON.stringify(file).length));
    const trata = firstAnswerFiles(many(300));
    expect(trata[fileOf('trata', trata.length)]!.w['trata']).toHaveLength(PAGES_PER_WORD * 2);
    // Ten times the pages, files no larger than twice (the page numbers grow a digit).
    expect(largest(3000)).toBeLessThan(largest(300) * 2);
  });
});

describe('a search of the first answer', () => {
  const files = firstAnswerFiles(pages);
  const stop = 'a de del el en la me un una y';
  const synonyms = parseSynonyms('hospedaje|hotel;trabajo|empleo|~chamba');

  it('finds the pages holding every word, with their titles and types, scores summed', async () => {
    const found = await search(files)('oferta trabajo');
    expect(found.map((p) => [p.id, p.title, p.type])).toEqual([['/herramientas/oferta-o-trampa/', '¿Oferta de trabajo o trampa?', 'Herramienta']]);
    expect((await search(files)('trabajo lima')).map((p) => p.id)).toEqual(['/regiones/lima/']);
    expect((await search(files)('nada')).length).toBe(0);
  });

  it('with the page\'s synonyms and fallback: "hotel" finds the page saying "hospedajes"; a sentence its pages by the words they hold', async () => {
    expect((await findPages('hotel', search(files), { stopWords: stop, synonyms })).results.map((p) => p.id)).toEqual(['/senales-de-alerta/turismo/']);
    expect((await findPages('chamba', search(files), { stopWords: stop, synonyms })).results[0]?.id).toBe('/herramientas/oferta-o-trampa/');
    const sentence = await findPages('me ofrecieron trabajo en Lima', search(files), { stopWords: stop, synonyms });
    expect(sentence.partial).toBe(true);
    expect(sentence.results[0]?.id).toBe('/regiones/lima/');
  });

  it('answers nothing, without failing, when a file cannot be read', async () => {
    const broken = firstSearch(async () => {
      throw new Error('offline');
    }, 3);
    expect(await broken('trata')).toEqual([]);
  });
});

describe('a long sentence', () => {
  it('gets no first answer when it needs more than MAX_FILES files: it waits for Pagefind instead', async () => {
    const asked: number[] = [];
    const search = firstSearch(async (n) => {
      asked.push(n);
      return { p: [], w: {} };
    }, 1_000);
    const words = Array.from({ length: MAX_FILES + 3 }, (_, i) => `palabra${'x'.repeat(i)}`).join(' ');
    await expect(search(words)).rejects.toThrow(`more than ${MAX_FILES} files`);
    expect(asked.length).toBeLessThanOrEqual(MAX_FILES);
  });
});
