/**
 * Where a reader is in a decision tree (src/lib/tools/progress.ts): "Pregunta N de M", the most
 * questions left, and the step "Anterior" returns to, computed from the tree. The published
 * "¿Oferta de trabajo o trampa?" is six questions on its longest path; a made-up tree has a step
 * reached by paths of different lengths, whose number cannot be known.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toolSchema } from '../../src/schemas/data';
import { validateTree, type ToolData, type ValidTree } from '../../src/lib/tools/decision-tree';
import { treeProgress } from '../../src/lib/tools/progress';

const CONTACTS: ReadonlySet<string> = new Set(['105', 'linea-1818', 'linea-100', 'linea-1810', 'defensoria']);
const valid = (data: unknown): ValidTree => {
  const { tree, problems } = validateTree(toolSchema().parse(data) as ToolData, CONTACTS);
  if (!tree) throw new Error(JSON.stringify(problems));
  return tree;
};
const published = (slug: string) => valid(parse(readFileSync(join(import.meta.dirname, '../../content/tools', `${slug}.yaml`), 'utf8')));

const q = (text: string, ...next: string[]) => ({ text: { es: text }, answers: next.map((n, i) => ({ label: { es: `R${i}` }, next: n })) });
const end = { ending: true, text: { es: 'Fin' }, actions: [{ es: 'Llama al 105.' }], contacts: ['105'] };
/** a → b → c → fin, and a → c: c is question 2 or 3, the fin reached after 2 or 3 questions. */
const uneven = valid({
  title: { es: 'Prueba' },
  description: { es: 'Una prueba.' },
  audience: 'adultos',
  reviewed: '2026-11-28',
  sample: true,
  start: 'a',
  steps: { a: q('A', 'b', 'c'), b: q('B', 'c', 'fin'), c: q('C', 'fin'), fin: end },
});

describe('progress through ¿Oferta de trabajo o trampa?', () => {
  const progress = treeProgress(published('oferta-o-trampa'));
  const at = (id: string) => progress.get(id);

  it('counts each question of the longest path: 1 of 6 to 6 of 6', () => {
    expect(at('documentos')).toEqual({ number: 1, total: 6, left: 6, back: undefined });
    expect(at('secreto')).toMatchObject({ number: 2, total: 6, left: 5, back: 'documentos' });
    expect(at('viaje')).toMatchObject({ number: 4, total: 6, left: 3, back: 'dinero' });
    expect(at('contrato')).toMatchObject({ number: 5, total: 6, left: 2, back: 'viaje' });
    expect(at('pago')).toMatchObject({ number: 6, total: 6, left: 1, back: 'contrato' });
  });

  it('a step two steps lead to, at the same depth, keeps its number; "Anterior" leads to the start', () => {
    expect(at('pago-con-una-senal')).toEqual({ number: 6, total: 6, left: 1, back: 'documentos' });
  });

  it('endings have no question left; an ending with one way in returns to it', () => {
    expect(at('lista-segura')).toMatchObject({ left: 0, back: 'pago' });
    expect(at('muy-probable-trampa')).toMatchObject({ left: 0, back: 'documentos' });
  });
});

describe('a step reached by paths of different lengths', () => {
  const progress = treeProgress(uneven);

  it('has no number, only the most questions left', () => {
    expect(progress.get('c')).toEqual({ number: undefined, total: undefined, left: 1, back: 'a' });
    expect(progress.get('b')).toEqual({ number: 2, total: 3, left: 2, back: 'a' });
  });

  it('the start counts the longest path of all', () => {
    expect(progress.get('a')).toEqual({ number: 1, total: 3, left: 3, back: undefined });
  });
});

describe('the published trees', () => {
  for (const slug of ['oferta-o-trampa', 'que-hago-si-sospecho']) {
    it(`${slug}: every question has a number or the questions left, and every step but the start a way back`, () => {
      const tree = published(slug);
      const progress = treeProgress(tree);
      for (const [id, node] of tree.nodes) {
        const p = progress.get(id);
        if (node.ending) expect(p?.left, id).toBe(0);
        else expect(p?.left, id).toBeGreaterThan(0);
        if (id !== tree.start) expect(tree.nodes.has(p?.back ?? ''), id).toBe(true);
      }
    });
  }
});
