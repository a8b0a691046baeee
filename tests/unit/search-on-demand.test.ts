/**
 * Pagefind on demand (src/lib/search/on-demand.ts): where Pagefind's own files would leave a first
 * query less than its share of the 90 KB budget, the language's search page waits for the reader's
 * ask, with the size on the button; elsewhere it preloads them as before.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { FIRST_QUERY_BYTES, QUERY_SHARE, fixedFiles, onDemandLanguages, prefetchList, servedBytes, withPagefindOnDemand } from '../../src/lib/search/on-demand';

const entry = { languages: { es: { hash: 'es_aaa', wasm: 'es' }, quz: { hash: 'quz_bbb', wasm: null } } };
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A Pagefind folder whose files hold `kb` KB of bytes brotli cannot shrink (gzipped with Pagefind's signature, as Pagefind writes them). */
function bundle(metaKb: { es: number; quz: number }): string {
  const dir = mkdtempSync(join(tmpdir(), 'alianza-on-demand-'));
  dirs.push(dir);
  const binary = (kb: number) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), randomBytes(kb * 1024)]));
  writeFileSync(join(dir, 'pagefind.js'), 'export const a = 1;\n'.repeat(200));
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify(entry));
  writeFileSync(join(dir, 'wasm.es.pagefind'), binary(50));
  writeFileSync(join(dir, 'wasm.unknown.pagefind'), binary(46));
  writeFileSync(join(dir, 'pagefind.es_aaa.pf_meta'), binary(metaKb.es));
  writeFileSync(join(dir, 'pagefind.quz_bbb.pf_meta'), binary(metaKb.quz));
  return dir;
}

const page = (more = '<button type="button" hidden class="mt-4 min-h-11" data-search-more>Ver más resultados</button>') =>
  `<html><body><div data-search-app hidden data-pagefind="/pagefind/pagefind.js"><ol data-search-results></ol>${more}</div></body></html>`;

describe('which languages wait for the reader', () => {
  it('counts the script, the entry, the WebAssembly and the metadata of the language', () => {
    expect(fixedFiles(entry, 'es')).toEqual(['pagefind.js', 'pagefind-entry.json', 'wasm.es.pagefind', 'pagefind.es_aaa.pf_meta']);
    expect(fixedFiles(entry, 'quz')).toContain('wasm.unknown.pagefind');
    expect(fixedFiles(entry, 'ay')).toEqual([]);
  });

  it('counts a file at the size a browser accepting brotli is sent: a script compressed, Pagefind\'s random bytes as they are', () => {
    const dir = bundle({ es: 1, quz: 1 });
    expect(servedBytes(join(dir, 'pagefind.js'))).toBeLessThan(200);
    const wasm = servedBytes(join(dir, 'wasm.es.pagefind'));
    expect(wasm).toBeGreaterThan(50 * 1024);
    expect(wasm).toBeLessThan(51 * 1024);
    expect(() => servedBytes(join(dir, 'pagefind.es_gone.pf_meta'))).toThrow(/pagefind\.es_gone\.pf_meta is missing/);
  });

  it('a small site: every language starts Pagefind by itself', () => {
    expect(onDemandLanguages(bundle({ es: 2, quz: 2 }), entry)).toEqual(new Map());
  });

  it('a large site: the language whose metadata pushes its fixed files past the budget less a query\'s share waits, with their bytes', () => {
    // es: 50 KB of WebAssembly and 25 KB of metadata, more than 90 − 20 KB; quz: 46 + 10 KB, less.
    const later = onDemandLanguages(bundle({ es: 25, quz: 10 }), entry);
    expect([...later.keys()]).toEqual(['es']);
    expect(later.get('es')).toBeGreaterThan(FIRST_QUERY_BYTES - QUERY_SHARE);
    expect(later.get('es')).toBeLessThan(76 * 1024);
  });

  it('at the edge: fixed files of exactly the budget less the share still start by themselves', () => {
    const dir = bundle({ es: 1, quz: 1 });
    const fixed = fixedFiles(entry, 'es').reduce((sum, file) => sum + servedBytes(join(dir, file)), 0);
    expect(onDemandLanguages(dir, entry, FIRST_QUERY_BYTES - fixed).has('es')).toBe(false);
    expect(onDemandLanguages(dir, entry, FIRST_QUERY_BYTES - fixed + 1).has('es')).toBe(true);
  });
});

describe('the search page of a language that waits', () => {
  it('gets a button after "Ver más resultados", hidden until a first answer is shown, with what Pagefind costs', () => {
    const html = withPagefindOnDemand(page(), 'es', 97_500);
    expect(html).toContain(
      '<button type="button" hidden class="mt-4 min-h-11" data-search-more>Ver más resultados</button><button type="button" hidden class="mt-4 min-h-11" data-search-full>Ver todos los resultados, con extractos (descarga de más de 95 KB)</button>',
    );
    expect(html).toContain('<div data-search-app data-first-only="Primeros resultados para «{q}», sin extractos." hidden');
  });

  it('in Quechua, with the Spanish beside it while the Quechua is a draft', () => {
    const html = withPagefindOnDemand(page(), 'qu', 80 * 1024);
    expect(html).toMatch(/data-search-full>Llapan tarisqakunata qhaway \(80 KB-manta aswan\) \(ver todos los resultados\)<\/button>/);
    expect(html).toContain('data-first-only="«{q}» nisqapaq ñawpaq tarisqakuna (primeros resultados, sin extractos)."');
  });

  it('refuses a page without the search app or its button, naming what is missing', () => {
    expect(() => withPagefindOnDemand('<html><body></body></html>', 'es', 1)).toThrow(/no \[data-search-app\] with its \[data-search-more\] button/);
    expect(() => withPagefindOnDemand(page(''), 'es', 1)).toThrow(/\[data-search-more\]/);
  });
});

describe('what the header\'s search box prefetches', () => {
  it('Pagefind\'s script, WebAssembly and metadata of each language, from the root; nothing for a language that waits', () => {
    expect(prefetchList(entry, '/pagefind/', new Map())).toEqual({
      es: ['/pagefind/pagefind.js', '/pagefind/wasm.es.pagefind', '/pagefind/pagefind.es_aaa.pf_meta'],
      quz: ['/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind', '/pagefind/pagefind.quz_bbb.pf_meta'],
    });
    expect(prefetchList(entry, '/pagefind/', new Map([['quz', 80_000]]))['quz']).toEqual([]);
  });
});
