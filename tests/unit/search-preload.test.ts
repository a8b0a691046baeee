/** The preload hints of the search page (src/lib/search/preload.ts): what a first search needs, named in the page. */
import { describe, expect, it } from 'vitest';
import { entryTag, searchPreloads, withPreloads } from '../../src/lib/search/preload';

const entry = { languages: { es: { hash: 'es_7622fc81db', wasm: 'es' }, quz: { hash: 'quz_f39', wasm: null } } };

describe('searchPreloads', () => {
  it('names the script, the entry, the WebAssembly and the metadata of the language, fetched as Pagefind fetches them', () => {
    expect(searchPreloads(entry, 'es', '/pagefind/', 'abc123')).toBe(
      '<link rel="modulepreload" href="/pagefind/pagefind.js">' +
        '<link rel="preload" href="/pagefind/pagefind-entry.json?ts=abc123" as="fetch" crossorigin data-pagefind-tag="abc123">' +
        '<link rel="preload" href="/pagefind/pagefind.es_7622fc81db.pf_meta" as="fetch" crossorigin>' +
        '<link rel="preload" href="/pagefind/wasm.es.pagefind" as="fetch" crossorigin fetchpriority="low">',
    );
  });

  it('tags the entry by its content: a new index, a new address', () => {
    expect(entryTag('{"languages":{}}')).toMatch(/^[0-9a-f]{12}$/);
    expect(entryTag('{"languages":{}}')).toBe(entryTag('{"languages":{}}'));
    expect(entryTag('{"languages":{"es":{}}}')).not.toBe(entryTag('{"languages":{}}'));
  });

  it('names the WebAssembly Pagefind uses for a language it has no stemmer for, and nothing for a language it did not index', () => {
    expect(searchPreloads(entry, 'quz', '/pagefind/', 't')).toContain('href="/pagefind/wasm.unknown.pagefind"');
    expect(searchPreloads(entry, 'ay', '/pagefind/', 't')).toBe('');
  });

  it('adds the hints at the end of the body, and leaves a page without hints as it was', () => {
    expect(withPreloads('<html><head><title>x</title></head><body><p>x</p></body></html>', '<link rel="preload">')).toBe('<html><head><title>x</title></head><body><p>x</p><link rel="preload"></body></html>');
    expect(withPreloads('<p>x</p>', '')).toBe('<p>x</p>');
    expect(() => withPreloads('<p>x</p>', '<link>')).toThrow(/no <\/body>/);
  });
});
