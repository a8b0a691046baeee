/**
 * The facts registry's module-level tables and patterns, which a static mutation run found
 * unpinned (docs/mutation-survivors.md, "Static mutants"): every way the pages write a phone
 * number, an amount, and the words an editor reads in each message of the registry.
 */
import { describe, expect, it } from 'vitest';
import { factProblems } from '../../src/lib/facts/check';
import { scanLine } from '../../src/lib/facts/scan';
import type { CheckedEntry } from '../../src/lib/content/problems';

const keys = (text: string) => scanLine(text).map((c) => c.key);

describe('a short number after the words that announce it', () => {
  it('is a phone number after each of them, capitalised or not, with or without accents', () => {
    const phrases = [
      'Chat 1818', 'chat 1818', 'Llama a 1818', 'Llama al 1818', 'Marca 1818', 'Marca el 1818', 'Teléfono 1818', 'teléfono 1818',
      'Telefono 1818', 'Tel. 1818', 'tel. 1818', 'Número 1818', 'número 1818', 'numero 1818', 'Numero 1818', 'número de teléfono 1818',
      'Línea  1818', 'Línea N° 1818', 'Línea Nº 1818', 'Línea N °1818', 'Línea N°1818', 'Línea número 1818', '1818  yupayman waqyay',
    ];
    for (const phrase of phrases) expect(keys(phrase), phrase).toEqual(['phone 1818']);
  });

  it('is the whole claim, announcing words included, as the message quotes it', () => {
    expect(scanLine('Línea número 1818. Número de teléfono 1818').map((c) => c.text)).toEqual(['Línea número 1818', 'Número de teléfono 1818']);
  });

  it('is no phone number when more digits follow it, even after a space or a sign', () => {
    expect(keys('Línea 181812')).toEqual([]);
    expect(keys('Llama al 1818 2 veces')).toEqual(['phone 1818']);
  });
});

describe('a phone number written in full', () => {
  it('is read toll-free with or without separators, with an area code with or without its 0 and space, and in a tel: link', () => {
    expect(keys('0800 15170 y 080015170')).toEqual(['phone 080015170', 'phone 080015170']);
    expect(keys('(84) 231234 y (01)234-5678')).toEqual(['phone 84231234', 'phone 012345678']);
    expect(keys('<a href="tel:1818">')).toEqual(['phone 1818']);
    expect(keys('0 800 15170 y 0800 15 170')).toEqual(['phone 080015170', 'phone 080015170']);
    expect(keys('987654321, +51987654321 y (01) 234 5678')).toEqual(['phone 987654321', 'phone 51987654321', 'phone 012345678']);
  });
});

describe('an amount', () => {
  it('is read whole: thousands of any length and count of groups, decimals of any length, a spaced or English scale', () => {
    expect(keys('S/ 10 000 y S/ 1 000 000')).toEqual(['amount S/ 10000', 'amount S/ 1000000']);
    expect(keys('US$1,75 millones; US$1.7 millones')).toEqual(['amount US$ 1.75 millones', 'amount US$ 1.7 millones']);
    expect(keys('S/ 8  millones, US$ 1 million, US$ 2 millions')).toEqual(['amount S/ 8 millones', 'amount US$ 1 millones', 'amount US$ 2 millones']);
    // Only a number made wholly of groups of three is in thousands; any other is a decimal.
    expect(keys('S/ 1234,567 y S/ 1,5000')).toEqual(['amount S/ 1234.567', 'amount S/ 1.5000']);
  });
});

describe('the messages of the facts registry', () => {
  const fact = (id: string, kind: string, value: string): CheckedEntry => ({
    collection: 'facts',
    id,
    file: 'content/facts/prueba.yaml',
    index: 0,
    data: { id, kind, value, verified: new Date('2026-11-01') },
  });
  const hotline = (number: string): CheckedEntry => ({ collection: 'hotlines', id: 'linea', file: 'content/data/hotlines.yaml', index: 0, data: { number: { id: number } } });

  it('name the kind of a fact a field names instead of a phone number, in words', () => {
    const kinds: [string, string][] = [
      ['hours', 'the hours of a service'],
      ['cost', 'the cost of a call'],
      ['article', 'an article of a law'],
      ['amount', 'an amount'],
      ['date', 'a date'],
      ['name', 'the name of an institution'],
      ['other', 'a fact'],
    ];
    for (const [kind, words] of kinds) {
      const value = kind === 'amount' ? 'S/ 8 millones' : 'Un valor de prueba';
      expect(factProblems([fact('dato', kind, value), hotline('dato')], []).map((p) => p.message), kind).toEqual([
        `names the fact "dato", which is ${words}, not a phone number: name a fact with "kind: phone" from content/facts/`,
      ]);
    }
  });

  it('name the kind a service\'s hours must be', () => {
    const service: CheckedEntry = { collection: 'services', id: 'demuna', file: 'content/data/services/cusco.yaml', index: 0, data: { hours: { id: 'linea' } } };
    expect(factProblems([fact('linea', 'phone', '1818'), service], []).map((p) => `${p.field}: ${p.message}`)).toEqual([
      '[0].hours: names the fact "linea", which is a phone number, not the hours of a service: name a fact with "kind: hours" from content/facts/',
    ]);
  });

  it('say which amount the registry does not hold, and where to add it', () => {
    expect(factProblems([], [{ file: 'content/news/x/es.mdx', text: 'Se invirtieron S/ 9 millones.', format: 'mdx' }]).map((p) => p.message)).toEqual([
      'states the amount "S/ 9 millones", which the facts registry does not hold: add it with its sources to content/facts/montos.yaml (docs/facts.md says how), or remove it from the text',
    ]);
  });

  it('show how an amount is written when its value cannot be read', () => {
    expect(factProblems([fact('monto', 'amount', 'nueve millones')], []).map((p) => p.message)).toEqual([
      'is "nueve millones", which does not read as an amount: write it as the pages do, e.g. "US$5 millones" or "S/ 8 millones"',
    ]);
  });
});
