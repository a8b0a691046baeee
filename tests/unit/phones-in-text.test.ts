/**
 * Phone numbers in a flowchart box's line (src/lib/phones/in-text.ts): every number of the list
 * written whole, after a wrap or with a Quechua suffix too, never inside another number or a
 * percentage, each with its tel: address and label.
 */
import { describe, expect, it } from 'vitest';
import { phoneSpans } from '../../src/lib/phones/in-text';

const NUMBERS = [
  { number: '105', label: 'Llamar a 105 · emergencias' },
  { number: '1818', label: 'Llamar a 1818 · denunciar trata' },
  { number: '0-800-15170', label: 'Llamar a 0-800-15170' },
];
const at = (text: string) => phoneSpans(text, NUMBERS).map((s) => [text.slice(s.start, s.end), s.href, s.label]);

describe('phone numbers in a line of a box', () => {
  it('finds each number, labelled, as a tel: address', () => {
    expect(at('Llama al 105 ahora')).toEqual([['105', 'tel:105', 'Llamar a 105 · emergencias']]);
    expect(at('1818 y pide protección')).toEqual([['1818', 'tel:1818', 'Llamar a 1818 · denunciar trata']]);
    expect(at('Línea 1818-pi willakuy, 105')).toEqual([['1818', 'tel:1818', expect.any(String)], ['105', 'tel:105', expect.any(String)]]);
    expect(at('Defensoría: 0-800-15170')).toEqual([['0-800-15170', 'tel:080015170', 'Llamar a 0-800-15170']]);
  });

  it('leaves a number inside another, a percentage and other numbers alone', () => {
    expect(at('En 2105, el 1.105 y 105-A')).toEqual([]);
    expect(at('el 105 % de')).toEqual([]);
    expect(at('Llama al 911')).toEqual([]);
  });
});
