/**
 * src/lib/search/pagefind-chunks.mjs: Pagefind's word index re-split into small chunks, the same
 * words in the same order and bytes, with boundaries named as Pagefind names them.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, encode } from 'cborg';
import { afterEach, describe, expect, it } from 'vitest';
import { boundaryPrefixes, pack, rechunk, splitWords, SUPPORTED_VERSION, unpack } from '../../src/lib/search/pagefind-chunks.mjs';

type Word = [string, ...unknown[]];
/** A word as Pagefind 1.6 stores it: [word, [[page, positions, meta positions]], variants]. */
const word = (w: string, positions = 3): Word => [w, [[1, [-25, ...Array.from({ length: positions }, (_, i) => i + 10)], []]], []];

describe('splitWords', () => {
  const words = ['casa', 'caso', 'ley', 'libro', 'lima', 'linea', 'protección', 'protocolo', 'pueblo', 'trata', 'tratante', 'zona'].map((w) => word(w, 20));

  it('keeps every word in order, each run within the size', () => {
    const size = (run: Word[]) => run.reduce((n, w) => n + encode(w).length, 0);
    const max = size(words.slice(0, 3)) + 1;
    const runs = splitWords(words, max);
    expect(runs.flat()).toEqual(words);
    expect(runs.length).toBeGreaterThan(3);
    for (const run of runs) expect(size(run)).toBeLessThanOrEqual(max);
  });

  it('cuts where neighbouring words share the fewest first letters', () => {
    const size = (run: Word[]) => run.reduce((n, w) => n + encode(w).length, 0);
    const runs = splitWords(words, size(words.slice(0, 5)));
    // Never between protección and protocolo, nor trata and tratante.
    for (let i = 0; i + 1 < runs.length; i++) {
      const pair = `${runs[i]?.at(-1)?.[0]}|${runs[i + 1]?.[0]?.[0]}`;
      expect(['protección|protocolo', 'trata|tratante', 'casa|caso']).not.toContain(pair);
    }
  });

  it('gives a word larger than the size a run of its own', () => {
    const big = word('de', 2000);
    const runs = splitWords([word('a'), big, word('e')], 500);
    expect(runs).toEqual([[word('a')], [big], [word('e')]]);
  });
});

describe('boundaryPrefixes', () => {
  it('names boundaries as Pagefind does', () => {
    expect(boundaryPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(boundaryPrefixes('cataraman', 'yacht')).toEqual(['c', 'y']);
    expect(boundaryPrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
    expect(boundaryPrefixes('niña', 'niño')).toEqual(['niña', 'niño']);
  });
});

describe('rechunk', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A bundle as Pagefind 1.6 writes it: entry, metadata, two big chunks. */
  function bundle(version = SUPPORTED_VERSION) {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
    mkdirSync(join(dir, 'index'));
    const words = Array.from({ length: 200 }, (_, i) => word(`palabra${String(i).padStart(3, '0')}`, 30));
    const chunks: [string, string, string][] = [];
    for (const [i, run] of [words.slice(0, 120), words.slice(120)].entries()) {
      writeFileSync(join(dir, 'index', `es_old${i}.pf_index`), pack(encode([run])));
      chunks.push([run[0]?.[0] ?? '', run.at(-1)?.[0] ?? '', `es_old${i}`]);
    }
    const meta = [version, [['es_page', 100, '']], chunks, [['tipo', 'es_filter']], [], ['title']];
    writeFileSync(join(dir, 'pagefind.es_oldmeta.pf_meta'), pack(encode(meta)));
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version, languages: { es: { hash: 'es_oldmeta', wasm: 'es', page_count: 1 } } }));
    return words;
  }

  const read = () => {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: { es: { hash: string } } };
    const meta = decode(unpack(readFileSync(join(dir, `pagefind.${entry.languages.es.hash}.pf_meta`)), 'meta')) as unknown[];
    const chunks = meta[2] as [string, string, string][];
    const words = chunks.flatMap(([, , hash]) => (decode(unpack(readFileSync(join(dir, 'index', `${hash}.pf_index`)), hash)) as Word[][])[0] ?? []);
    return { entry, meta, chunks, words };
  };

  it('writes the same words in smaller chunks, names them in new metadata, and removes the old files', () => {
    const words = bundle();
    const report = rechunk(dir, 2000);
    const { entry, meta, chunks, words: after } = read();
    expect(after).toEqual(words);
    expect(report['es']).toMatchObject({ before: 2, after: chunks.length });
    expect(chunks.length).toBeGreaterThan(5);
    for (const [, , hash] of chunks) expect(readFileSync(join(dir, 'index', `${hash}.pf_index`)).length).toBeGreaterThan(0);
    expect(chunks[0]?.[0]).toBe('palabra000');
    expect(chunks.at(-1)?.[1]).toBe('palabra199');
    // Everything else in the metadata is Pagefind's.
    expect(meta.filter((_, i) => i !== 2)).toEqual([SUPPORTED_VERSION, [['es_page', 100, '']], [['tipo', 'es_filter']], [], ['title']]);
    expect(entry.languages.es.hash).not.toBe('es_oldmeta');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => f.includes('old'))).toEqual([]);
  });

  it('changes nothing when run again', () => {
    bundle();
    rechunk(dir, 2000);
    const first = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    const entry = readFileSync(join(dir, 'pagefind-entry.json'), 'utf8');
    rechunk(dir, 2000);
    expect(readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()).toEqual(first);
    expect(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')).toBe(entry);
  });

  it('refuses an index written by another Pagefind, saying what to check', () => {
    bundle('1.7.0');
    expect(() => rechunk(dir, 2000)).toThrow(/Pagefind 1\.7\.0 wrote this index; .* knows the format of 1\.6\.0/);
  });
});
