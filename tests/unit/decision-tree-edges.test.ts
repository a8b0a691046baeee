/**
 * The decision-tree engine's messages in the cases the mutation run (docs/mutation.md) found no test
 * for: what an editor reads when a tree has no steps yet, an ending without its headline, a text
 * left empty in YAML (null), and a cycle that two paths lead into (reported once).
 */
import { describe, expect, it } from 'vitest';
import { validateTree, type ToolData } from '../../src/lib/tools/decision-tree';

const CONTACTS: ReadonlySet<string> = new Set(['105']);
const FALLBACK = '(Quechua may be left out: the Spanish text is shown instead)';
const tree = (steps: Record<string, unknown>, start = 'inicio') =>
  ({ title: { es: 'Prueba' }, description: { es: 'Un árbol de prueba.' }, start, steps }) as unknown as ToolData;
const question = (text: string, ...next: string[]) => ({ text: { es: text }, answers: next.map((n, i) => ({ label: { es: `Respuesta ${i + 1}` }, next: n })) });
const ending = { ending: true, text: { es: 'Llama al 105' }, actions: [{ es: 'Llama.' }], contacts: ['105'] };

describe('the decision-tree engine tells an editor', () => {
  it('that a tree has no steps yet', () => {
    expect(validateTree(tree({}), CONTACTS).problems).toEqual([
      { field: 'start', message: 'names the step "inicio", which does not exist: use one of the step ids (none yet), or add a step "inicio" under steps' },
    ]);
  });

  it('that an ending lacks its headline, and a question its text, even when YAML left it empty (null)', () => {
    const { problems } = validateTree(tree({ inicio: { ...question('', 'fin'), text: null }, fin: { ...ending, text: { qu: 'Waqyay' } } }), CONTACTS);
    expect(problems).toEqual([
      { field: 'steps.inicio.text.es', message: `is missing in the step "inicio": write the question in Spanish ${FALLBACK}` },
      { field: 'steps.fin.text.es', message: `is missing in the step "fin": write the headline of the ending in Spanish ${FALLBACK}` },
    ]);
  });

  it('that a step has no text at all, without failing', () => {
    const { problems } = validateTree(tree({ inicio: { answers: [{ label: { es: 'Sí' }, next: 'fin' }] }, fin: ending }), CONTACTS);
    expect(problems.map((p) => p.field)).toEqual(['steps.inicio.text.es']);
  });

  it('about a cycle once, when two paths lead into it', () => {
    const steps = {
      inicio: question('¿A o B?', 'a', 'b'),
      a: question('¿A?', 'c'),
      b: question('¿B?', 'c'),
      c: question('¿C?', 'd', 'fin'),
      d: question('¿D?', 'c'),
      fin: ending,
    };
    expect(validateTree(tree(steps), CONTACTS).problems).toEqual([
      {
        field: 'steps.d.answers[0].next',
        message: 'leads back to "c" and closes a cycle (c → d → c): readers would go round forever; point this answer of "d" to a later step or to an ending',
      },
    ]);
  });
});
