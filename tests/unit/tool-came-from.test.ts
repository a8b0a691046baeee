/**
 * "Anterior" without JavaScript (src/lib/tools/came-from/): the answers leading to a step of
 * several parents carry #desde-<parent>, the step offers one "Anterior" per parent, and a tool
 * with a step of more parents than the CSS tells apart is refused with its file, step and fix.
 */
import { describe, expect, it } from 'vitest';
import { toolSchema } from '../../src/schemas/data';
import { validateTree, type ToolData, type ValidTree } from '../../src/lib/tools/decision-tree';
import { cameFromProblems, fromFragment, MAX_PARENTS, waysIn } from '../../src/lib/tools/came-from/came-from';

const CONTACTS: ReadonlySet<string> = new Set(['105', 'linea-1818']);
const valid = (data: unknown): ValidTree => {
  const { tree, problems } = validateTree(toolSchema().parse(data) as ToolData, CONTACTS);
  if (!tree) throw new Error(JSON.stringify(problems));
  return tree;
};
const q = (text: string, ...next: string[]) => ({ text: { es: text }, answers: next.map((n, i) => ({ label: { es: `R${i}` }, next: n })) });
const end = { ending: true, text: { es: 'Fin' }, actions: [{ es: 'Llama al 105.' }], contacts: ['105'] };
const tree = (steps: Record<string, unknown>, start = 'a') =>
  valid({ title: { es: 'Prueba' }, description: { es: 'Una prueba.' }, audience: 'adultos', reviewed: '2026-11-28', sample: true, start, steps });

/** a → b → c → fin, and a → c: c has two parents, b one. */
const small = tree({ a: q('A', 'b', 'c'), b: q('B', 'c', 'fin'), c: q('C', 'fin'), fin: end });

describe('the way the reader came', () => {
  it('marks only the answers that lead to a step of several parents', () => {
    expect(fromFragment(small, 'a', 'c')).toBe('#desde-a');
    expect(fromFragment(small, 'b', 'c')).toBe('#desde-b');
    expect(fromFragment(small, 'a', 'b')).toBe('');
  });

  it('offers one "Anterior" per parent, in order, only where there are several', () => {
    expect(waysIn(small, 'c')).toEqual([
      { parent: 'a', id: 'desde-a', position: 1 },
      { parent: 'b', id: 'desde-b', position: 2 },
    ]);
    expect(waysIn(small, 'b')).toEqual([]);
    expect(waysIn(small, 'a')).toEqual([]);
  });

  it(`refuses a step with more than ${MAX_PARENTS} parents, naming the file, the step and the fix`, () => {
    const ids = Array.from({ length: MAX_PARENTS + 1 }, (_, i) => `p${i}`);
    const steps: Record<string, unknown> = { a: q('A', ...ids), fin: end };
    for (const id of ids) steps[id] = q(id, 'fin');
    const wide = tree(steps);
    expect(cameFromProblems(wide, 'content/tools/x.yaml')).toEqual([
      expect.stringMatching(/^content\/tools\/x\.yaml: steps\.fin: 7 steps lead to "fin" \(p0, .*p6\); "Anterior" can tell at most 6 apart\. Make fewer answers lead to it/),
    ]);
    expect(cameFromProblems(small, 'content/tools/x.yaml')).toEqual([]);
  });
});
