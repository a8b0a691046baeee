/**
 * The facts registry as the site reads it (src/lib/facts/registry.ts): a fact's value in each
 * language, the keys the content check compares an editor's text with, finding a fact by id, and
 * the field named when a service names a fact of another kind (src/lib/facts/check.ts).
 * Found untested by the mutation run of 6 December 2026 (docs/mutation.md). The numbers are those
 * of tests/unit/facts-scan.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { factProblems } from '../../src/lib/facts/check';
import type { CheckedEntry } from '../../src/lib/content/problems';
import { factIndex, heldKeys, valueIn, valueTexts, type FactLike } from '../../src/lib/facts/registry';

const verified = new Date('2026-11-01T00:00:00Z');
const fact = (id: string, kind: FactLike['kind'], value: FactLike['value']): FactLike => ({ id, kind, value, verified });

describe("a fact's value in a language", () => {
  it('is its own text there, else the Spanish one; a value without languages is the same in all', () => {
    const hours = fact('horario', 'hours', { es: 'texto en castellano', qu: 'texto en quechua' });
    expect(valueIn(hours, 'qu')).toBe('texto en quechua');
    expect(valueIn(hours, 'es')).toBe('texto en castellano');
    expect(valueIn(fact('horario', 'hours', { es: 'texto en castellano' }), 'qu')).toBe('texto en castellano');
    expect(valueIn(fact('linea', 'phone', '1818'), 'qu')).toBe('1818');
  });
});

describe('the keys the registry holds', () => {
  it('come from every language a value is written in, skipping a language left empty', () => {
    expect(valueTexts(fact('ley', 'law', { es: 'Ley 28950', qu: undefined }))).toEqual(['Ley 28950']);
    expect([...heldKeys([fact('ley', 'law', { es: 'Ley 28950', qu: undefined }), fact('linea', 'phone', { es: '1818' })])]).toEqual([
      ['law Ley 28950', 'ley'],
      ['phone 1818', 'linea'],
    ]);
  });

  it('name the first fact that holds a key, when two do', () => {
    expect(heldKeys([fact('linea-1818', 'phone', '1818'), fact('linea-1818-otra', 'phone', '1818')]).get('phone 1818')).toBe('linea-1818');
  });
});

describe('finding a fact by id', () => {
  const find = () => factIndex([fact('linea-1818', 'phone', '1818'), fact('emergencias', 'phone', '105')]);

  it('gives the fact with that id', () => {
    expect(find()('emergencias', 'content/regions/cusco/es.mdx')).toMatchObject({ id: 'emergencias', value: '105' });
  });

  it('refuses an id the registry does not hold, naming the file and the fix', () => {
    expect(() => find()('linea-100', 'content/regions/cusco/es.mdx')).toThrow(
      'content/regions/cusco/es.mdx names the fact "linea-100", which is not in content/facts/: add it there, or use an existing id',
    );
  });
});

describe('a field that names a fact of another kind', () => {
  it('is named without an index in a file that holds one entry', () => {
    const hours: CheckedEntry = { collection: 'facts', id: 'horario', file: 'content/facts/horarios.yaml', index: 0, data: { ...fact('horario', 'hours', { es: '24 horas' }) } };
    const service: CheckedEntry = { collection: 'services', id: 'servicio', file: 'content/services/servicio.yaml', data: { phone: { id: 'horario' } } };
    expect(factProblems([hours, service], [])).toEqual([
      {
        file: 'content/services/servicio.yaml',
        field: 'phone',
        message: 'names the fact "horario", which is the hours of a service, not a phone number: name a fact with "kind: phone" from content/facts/',
      },
    ]);
  });
});
