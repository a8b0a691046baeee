/**
 * What search results show: fields kept apart in the text Pagefind indexes and excerpts
 * (src/lib/search/separators.ts), and "¿Quisiste decir …?" from the site's own words
 * (src/lib/search/suggest.ts, src/lib/search/suggest-words.ts).
 */
import { describe, expect, it } from 'vitest';
import { withSeparators } from '../../src/lib/search/separators';
import { distance, suggest, suggestionWords, wordsFile } from '../../src/lib/search/suggest';
import { glossaryTerms, indexTitles } from '../../src/lib/search/suggest-words';

/** The text a reader would see in an excerpt: tags dropped, as Pagefind joins inline elements. */
const text = (html: string) => html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();

describe('withSeparators', () => {
  it('keeps a term, its description and the next term apart: "Fecha de la campaña: 23 de setiembre de 2026. Regiones: Cusco"', () => {
    const html = '<dl><dt class="font-semibold">Fecha de la campaña</dt><dd><time datetime="2026-09-23">23 de setiembre de 2026</time></dd><dt>Regiones</dt><dd>Cusco, Puno</dd></dl><section>';
    expect(text(withSeparators(html))).toBe('Fecha de la campaña: 23 de setiembre de 2026. Regiones: Cusco, Puno');
  });

  it('puts " · " between two links or a name and its badge, ". " after a date followed by text', () => {
    expect(text(withSeparators('<p><a href="/a/">Mapa de la herramienta</a><a href="/b/">Versión para imprimir</a></p>'))).toBe('Mapa de la herramienta · Versión para imprimir');
    expect(text(withSeparators('<p>DEMUNA: <span lang="es">de tu provincia</span><span data-sample-entry>Entrada de ejemplo</span></p>'))).toBe('DEMUNA: de tu provincia · Entrada de ejemplo');
    expect(text(withSeparators('<li><time class="block">27 de julio de 2021</time>El Peruano publica</li>'))).toBe('27 de julio de 2021. El Peruano publica');
  });

  it('adds only a space after text that already ends with punctuation, and nothing after an empty element or between words', () => {
    expect(text(withSeparators('<dt>Versión:</dt><dd>2.0.</dd><dt>Estado</dt>'))).toBe('Versión: 2.0. Estado');
    const empty = '<span hidden data-pagefind-filter="tipo:Campaña"></span><span hidden></span><h1>Título</h1>';
    expect(withSeparators(empty)).toBe(empty);
    const sentence = '<p>Llama a la <a href="tel:1818">Línea 1818</a> y <strong>denuncia</strong>.</p>';
    expect(withSeparators(sentence)).toBe(sentence);
  });
});

describe('suggest', () => {
  const words = suggestionWords(['Ruta de derivación de casos presuntos de trata', '¿Qué es la trata de personas?', 'Protección', 'Señales de alerta en la escuela']);

  it('lists each word of four letters or more once, the most used first, in lower case', () => {
    expect(words[0]).toBe('trata');
    expect(words).toContain('protección');
    expect(words).not.toContain('de');
    expect(new Set(words).size).toBe(words.length);
  });

  it('offers the closest word the site uses: "trta" → "trata", "proteccion" is known, "señalez alerta" → "señales alerta"', () => {
    expect(suggest('trta', words)).toBe('trata');
    expect(suggest('TRATTA', words)).toBe('trata');
    expect(suggest('proteccion', words)).toBeUndefined();
    expect(suggest('señalez alerta', words)).toBe('señales alerta');
  });

  it('offers nothing beyond two edits (one for a word of four letters), nor for short words', () => {
    expect(suggest('xyzw', words)).toBeUndefined();
    expect(suggest('trxx', words)).toBeUndefined();
    expect(suggest('tr', words)).toBeUndefined();
    expect(distance('trata', 'tarta', 2)).toBe(1);
    expect(distance('escuela', 'escula', 2)).toBe(1);
    expect(distance('personas', 'xersonxx', 2)).toBe(3);
  });

  it('takes its words from the A–Z index (titles in the page\'s own language) and the glossary (every language, without the draft badge)', () => {
    const index = '<header><a href="/">Alianza CPC</a></header><main><section data-index-type="kit"><ul><li><a href="/kits/a/">Viajar con seguridad</a></li><li><a href="/kits/b/" lang="es">Texto castellano</a></li></ul></section></main><footer><a href="/privacidad/">Privacidad</a></footer>';
    expect(indexTitles(index)).toEqual(['Viajar con seguridad']);
    const glossary = '<dl><div><dt class="font-bold"><span lang="es">buscar</span> · <span lang="quz">maskay</span><span class="ml-1" data-draft-term>borrador</span></dt><dd>…</dd></div></dl>';
    expect(glossaryTerms(glossary).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['buscar · maskay']);
    expect(wordsFile('quz')).toBe('words.quz.json');
  });
});
