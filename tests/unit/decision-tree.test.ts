/**
 * The decision-tree engine. Each broken fixture in tests/fixtures/trees/ has one kind of mistake,
 * and its messages are pinned: editors read them in a failed build, so changing one changes what
 * they see. The published trees in content/tools/ must pass with the real hotline ids.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toolSchema } from '../../src/schemas/data';
import {
  parseContact,
  pathsTo,
  treeProblemsAsContentProblems,
  validateTree,
  type ToolData,
  type TreeProblem,
} from '../../src/lib/tools/decision-tree';

const FIXTURES = join(import.meta.dirname, '../fixtures/trees');
const ROOT = join(import.meta.dirname, '../..');
const CONTACTS: ReadonlySet<string> = new Set(['105', 'linea-1818', 'linea-100', 'linea-1810', 'defensoria']);

const raw = (file: string): unknown => parse(readFileSync(file, 'utf8'));
const load = (name: string): ToolData => toolSchema().parse(raw(join(FIXTURES, `${name}.yaml`)));
const check = (name: string) => validateTree(load(name), CONTACTS);

const CONTACT_HELP =
  'use a hotline id of content/data/hotlines.yaml (105, defensoria, linea-100, linea-1810, linea-1818) or a service: servicio:demuna, servicio:upe, servicio:cem, servicio:fiscalia, servicio:policia';
const SPANISH_FALLBACK = '(Quechua may be left out: the Spanish text is shown instead)';

const expected: Record<string, TreeProblem[]> = {
  unreachable: [
    {
      field: 'steps.huerfano',
      message: `is never reached: no path from the start step "inicio" leads to "huerfano"; point an answer's next to "huerfano", or delete the step`,
    },
  ],
  'dead-end': [
    {
      field: 'steps.sin-salida.answers',
      message:
        'is empty, so the question "sin-salida" is a dead end: add answers (each with label and next), or make "sin-salida" an ending with "ending: true", actions and contacts',
    },
  ],
  cycle: [
    {
      field: 'steps.segunda.answers[1].next',
      message:
        'leads back to "primera" and closes a cycle (primera → segunda → primera): readers would go round forever; point this answer of "segunda" to a later step or to an ending',
    },
  ],
  'missing-next': [
    {
      field: 'steps.inicio.answers[1].next',
      message:
        'names the step "peligro", which does not exist: point this answer of "inicio" to one of the step ids (inicio, fin), or add a step "peligro" under steps',
    },
  ],
  'missing-start': [
    {
      field: 'start',
      message: 'names the step "comienzo", which does not exist: use one of the step ids (inicio, fin), or add a step "comienzo" under steps',
    },
  ],
  'ending-without-actions': [
    { field: 'steps.fin.actions', message: 'is empty on the ending "fin": list what to do now, at least one action' },
  ],
  'ending-without-contacts': [
    {
      field: 'steps.fin.contacts',
      message: 'is empty on the ending "fin": name whom to call, e.g. "105", "linea-1818" or "servicio:demuna"',
    },
  ],
  'ending-with-answers': [
    {
      field: 'steps.otro.answers',
      message:
        'are not allowed on the ending "otro": an ending closes the path; remove its answers, or remove "ending: true" to make "otro" a question',
    },
  ],
  'unknown-contact': [
    { field: 'steps.fin.contacts[1]', message: `names "linea-999" in the ending "fin", which is not a contact: ${CONTACT_HELP}` },
    { field: 'steps.fin.contacts[2]', message: `names "servicio:hospital" in the ending "fin", which is not a contact: ${CONTACT_HELP}` },
  ],
  'unknown-source': [
    {
      field: 'steps.fin.sources[1]',
      message: `names the source "Nota inventada", which is not among the tool's sources: copy the title of one of them ("Nota de prueba"), or add that source under sources`,
    },
  ],
  'question-with-ending-fields': [
    {
      field: 'steps.inicio.contacts',
      message: 'is only shown on endings, and "inicio" is a question: move it to an ending, or add "ending: true" and remove the answers',
    },
  ],
  'many-problems': [
    {
      field: 'steps.inicio.answers[2].next',
      message:
        'names the step "quiza", which does not exist: point this answer of "inicio" to one of the step ids (inicio, fin, suelto), or add a step "quiza" under steps',
    },
    { field: 'steps.fin.actions', message: 'is empty on the ending "fin": list what to do now, at least one action' },
    {
      field: 'steps.fin.contacts',
      message: 'is empty on the ending "fin": name whom to call, e.g. "105", "linea-1818" or "servicio:demuna"',
    },
    {
      field: 'steps.suelto.answers',
      message:
        'is empty, so the question "suelto" is a dead end: add answers (each with label and next), or make "suelto" an ending with "ending: true", actions and contacts',
    },
    {
      field: 'steps.suelto',
      message: `is never reached: no path from the start step "inicio" leads to "suelto"; point an answer's next to "suelto", or delete the step`,
    },
    {
      field: 'steps.inicio.answers[1].next',
      message:
        'leads back to "inicio" and closes a cycle (inicio → inicio): readers would go round forever; point this answer of "inicio" to a later step or to an ending',
    },
  ],
};

describe('a broken tree', () => {
  for (const [name, problems] of Object.entries(expected)) {
    it(`${name}: is refused with the step and the fix`, () => {
      const result = check(name);
      expect(result.problems).toEqual(problems);
      expect(result.tree).toBeUndefined();
    });
  }

  it('every broken fixture has its pinned messages', () => {
    const names = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''))
      .filter((n) => n !== 'valid' && n !== 'missing-spanish');
    expect(names.sort()).toEqual(Object.keys(expected).sort());
  });

  it('missing Spanish: refused by the schema, and found by the engine on its own', () => {
    const data = raw(join(FIXTURES, 'missing-spanish.yaml'));
    expect(toolSchema().safeParse(data).success).toBe(false);
    // Data that did not go through the schema (no defaults, no trimming) still gets checked.
    const result = validateTree(data as ToolData, CONTACTS);
    expect(result.problems).toEqual([
      { field: 'steps.inicio.text.es', message: `is missing in the step "inicio": write the question in Spanish ${SPANISH_FALLBACK}` },
      { field: 'steps.fin.actions[0].es', message: `is missing in the step "fin": write the action in Spanish ${SPANISH_FALLBACK}` },
    ]);
  });

  it('missing Quechua is fine: the valid fixture has only some qu strings', () => {
    expect(check('valid').problems).toEqual([]);
  });

  it('maps to the content check shape', () => {
    expect(treeProblemsAsContentProblems('content/tools/prueba.yaml', check('ending-without-actions').problems)).toEqual([
      {
        file: 'content/tools/prueba.yaml',
        field: 'steps.fin.actions',
        message: 'is empty on the ending "fin": list what to do now, at least one action',
      },
    ]);
  });
});

describe('a valid tree', () => {
  // Checked inside each test, not once at load, so that StrykerJS (npm run mutation) counts the
  // engine as covered by these tests.
  it('has no problems', () => {
    const { tree, problems } = check('valid');
    expect(problems).toEqual([]);
    expect(tree).toBeDefined();
  });

  it('lists the steps breadth-first from the start, answers in order', () => {
    const { tree } = check('valid');
    expect(tree?.start).toBe('inicio');
    expect(tree?.order).toEqual(['inicio', 'urgente', 'pregunta-b', 'pregunta-c', 'final-b']);
    expect(tree?.endings).toEqual(['urgente', 'final-b']);
  });

  it('gives each step its depth, parents and data', () => {
    const { tree } = check('valid');
    const summary = Object.fromEntries(
      [...(tree?.nodes.values() ?? [])].map((n) => [n.id, { depth: n.depth, ending: n.ending, parents: n.parents }]),
    );
    expect(summary).toEqual({
      inicio: { depth: 0, ending: false, parents: [] },
      urgente: { depth: 1, ending: true, parents: ['inicio', 'pregunta-c'] },
      'pregunta-b': { depth: 1, ending: false, parents: ['inicio'] },
      'pregunta-c': { depth: 2, ending: false, parents: ['pregunta-b'] },
      'final-b': { depth: 2, ending: true, parents: ['pregunta-b', 'pregunta-c'] },
    });
    expect(tree?.nodes.get('urgente')?.data.contacts).toEqual(['105', 'linea-1818']);
  });

  it('finds every path to a step', () => {
    const { tree } = check('valid');
    if (!tree) throw new Error('tree expected');
    expect(pathsTo(tree, 'inicio')).toEqual([['inicio']]);
    expect(pathsTo(tree, 'urgente')).toEqual([
      ['inicio', 'urgente'],
      ['inicio', 'pregunta-b', 'pregunta-c', 'urgente'],
    ]);
    // Two answers of pregunta-c lead to final-b: one path, not two.
    expect(pathsTo(tree, 'final-b')).toEqual([
      ['inicio', 'pregunta-b', 'pregunta-c', 'final-b'],
      ['inicio', 'pregunta-b', 'final-b'],
    ]);
    expect(pathsTo(tree, 'no-existe')).toEqual([]);
  });
});

describe('contacts', () => {
  it('are hotline ids or servicio:<kind>', () => {
    expect(parseContact('linea-1818', CONTACTS)).toEqual({ kind: 'hotline', id: 'linea-1818' });
    expect(parseContact('servicio:fiscalia', CONTACTS)).toEqual({ kind: 'service', service: 'fiscalia' });
    expect(parseContact('servicio:', CONTACTS)).toBeUndefined();
    expect(parseContact('1818', CONTACTS)).toBeUndefined();
  });
});

describe('the published trees', () => {
  const hotlines = new Set((raw(join(ROOT, 'content/data/hotlines.yaml')) as { id: string }[]).map((h) => String(h.id)));
  const dir = join(ROOT, 'content/tools');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

  it('include the two tools', () => {
    expect(files).toEqual(expect.arrayContaining(['oferta-o-trampa.yaml', 'que-hago-si-sospecho.yaml']));
  });

  for (const file of files) {
    it(`${file}: passes the schema and the graph check`, () => {
      const data = toolSchema().parse(raw(join(dir, file)));
      const { tree, problems } = validateTree(data, hotlines);
      expect(problems).toEqual([]);
      expect(tree?.endings.length).toBeGreaterThan(0);
    });
  }
});

describe('Spanish in every string of a tree', () => {
  it('is required, each missing or blank one named with its path and the fix', () => {
    const data = raw(join(FIXTURES, 'valid.yaml')) as { title?: unknown; description: unknown; steps: Record<string, { help?: unknown; answers: { label: unknown }[]; avoid: unknown[] }> };
    delete data.title;
    data.description = { es: '  ' };
    data.steps.inicio!.help = { qu: 'Yuyariy.' };
    data.steps.inicio!.answers[1]!.label = { qu: 'Manam' };
    data.steps.urgente!.avoid[0] = { qu: 'Ama.' };
    expect(validateTree(data as unknown as ToolData, CONTACTS).problems).toEqual([
      { field: 'title.es', message: 'is missing: write the title of the tool in Spanish' },
      { field: 'description.es', message: 'is missing: write in Spanish, in one sentence, what the tool helps with' },
      { field: 'steps.inicio.help.es', message: `is missing in the step "inicio": write the explanation in Spanish ${SPANISH_FALLBACK}` },
      { field: 'steps.inicio.answers[1].label.es', message: `is missing in the step "inicio": write the answer in Spanish ${SPANISH_FALLBACK}` },
      { field: 'steps.urgente.avoid[0].es', message: `is missing in the step "urgente": write what not to do in Spanish ${SPANISH_FALLBACK}` },
    ]);
  });
});
