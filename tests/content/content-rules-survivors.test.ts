/**
 * Content rules across files (src/lib/content/rules.ts), the cases the mutation review found
 * untested (docs/mutation.md): a review on the day of its Spanish text, two list entries with one
 * id, the names the site keeps for its own pages (kits, lessons, tree steps, pages) and who else
 * may take them, a lesson without its kit or its steps, the protocols a lesson may name, and the
 * contacts of a tree's ending. Each case is the valid fixture with files added or changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLessons } from '../../src/lib/content/rules';
import type { CheckedEntry, Problem } from '../../src/lib/content/problems';
import { validContent } from '../support/fixtures';
import { contentOverlays } from '../support/content-overlay';

const { problemsWith, problemsWithFiles, cleanup } = contentOverlays();
afterAll(cleanup);

const frontmatter = (...fields: string[]) => ['---', ...fields, 'updated: 2026-11-01', 'reviewed: 2026-11-01', 'sample: true', '---', '', 'Texto de prueba.', ''].join('\n');
const quechua = (spanish: string) => spanish.replace('sample: true\n', 'sample: true\ntranslation: draft\ntranslatedFrom: 2026-11-01\n');
const kit = (title: string) => frontmatter(`title: ${title}`, 'description: Un kit de prueba.', 'level: primaria');
const lesson = (...extra: string[]) =>
  frontmatter('title: Sesión de prueba', 'description: Una sesión de prueba.', 'level: primaria', 'grades: "5.º de primaria"', 'duration: 45', 'objectives: ["Probar los mensajes."]', 'closing: Una pregunta final.', 'evaluation: Preguntas orales.', ...extra);
const region = (title: string) => frontmatter(`title: ${title}`, 'description: Región de prueba.', 'focus: false', 'order: 2');

describe('a reviewed translation', () => {
  it('may be reviewed on the day of the Spanish text it was made from, not before', () => {
    const reviewed = (day: string) => (t: string) => t.replace('translation: draft\n', `translation: reviewed\nreviewedBy: Persona Revisora de Prueba\nreviewedOn: ${day}\n`);
    expect(problemsWith('partners/oit/qu.mdx', reviewed('2026-11-01'))).toEqual([]);
    expect(problemsWith('partners/oit/qu.mdx', reviewed('2026-10-31'))).toEqual([
      {
        file: 'content/partners/oit/qu.mdx',
        field: 'reviewedOn',
        message: '(2026-10-31) is before translatedFrom (2026-11-01): the review must be of this translation; correct the date, or set translation: draft until a speaker reviews it',
      },
    ]);
  });
});

describe('two entries of a list with one id', () => {
  it('are named by the id, in the field id', () => {
    const hotlines = readFileSync(join(validContent, 'data/hotlines.yaml'), 'utf8');
    expect(problemsWithFiles({ 'data/hotlines.yaml': hotlines + hotlines.replace('order: 1', 'order: 2') })).toEqual([
      {
        file: 'content/data/hotlines.yaml',
        field: 'id',
        message: 'has the same id "linea-de-prueba" as content/data/hotlines.yaml: each hotline needs its own; rename one of them (or delete the copy)',
      },
    ]);
  });

  it('are told apart whatever their case, and only when they are the same letters', () => {
    const hotlines = readFileSync(join(validContent, 'data/hotlines.yaml'), 'utf8');
    const same = (problems: Problem[]) => problems.filter((p) => p.message.startsWith('has the same')).map((p) => p.message.split(':')[0]);
    expect(same(problemsWithFiles({ 'data/hotlines.yaml': hotlines + hotlines.replace('id: linea-de-prueba', 'id: Linea-de-Prueba') }))).toEqual([
      'has the same id "Linea-de-Prueba" as content/data/hotlines.yaml',
    ]);
    // "ß" is "SS" in upper case: an id with it is refused as an address, but it is not "ss".
    expect(same(problemsWithFiles({ 'data/hotlines.yaml': hotlines.replace('id: linea-de-prueba', 'id: calle-ß') + hotlines.replace('id: linea-de-prueba', 'id: calle-ss') }))).toEqual([]);
  });
});

describe('the names the site keeps for its own pages', () => {
  it('a page may not take one, reported once at its Spanish file; a region of that name is fine', () => {
    const page = frontmatter('title: Buscar', 'description: Una página con el nombre de la búsqueda.');
    expect(problemsWithFiles({ 'pages/buscar/es.mdx': page, 'pages/buscar/qu.mdx': quechua(page), 'regions/buscar/es.mdx': region('Buscar') })).toEqual([
      { file: 'content/pages/buscar/es.mdx', field: undefined, message: 'is a page named "buscar", an address the site uses for its own pages (/buscar/): rename the folder' },
    ]);
  });

  it('a kit may not take a name of the kits list, reported once at its Spanish file; a region of that name is fine', () => {
    expect(problemsWithFiles({ 'toolkits/nivel/es.mdx': kit('Nivel'), 'toolkits/nivel/qu.mdx': quechua(kit('Nivel')), 'regions/nivel/es.mdx': region('Nivel') })).toEqual([
      {
        file: 'content/toolkits/nivel/es.mdx',
        field: undefined,
        message: 'is a kit named "nivel", a name the kits list uses for its own pages (/kits/nivel/): rename the folder',
      },
    ]);
  });

  it('a lesson may not take the name of a page of every kit, reported once at its Spanish file', () => {
    expect(
      problemsWithFiles({
        'toolkits/kit-de-prueba/es.mdx': kit('Kit de prueba'),
        'toolkits/kit-de-prueba/lessons/imprimir/es.mdx': lesson(),
        'toolkits/kit-de-prueba/lessons/imprimir/qu.mdx': quechua(lesson()),
      }),
    ).toEqual([
      {
        file: 'content/toolkits/kit-de-prueba/lessons/imprimir/es.mdx',
        field: undefined,
        message: 'is a lesson named "imprimir", a name every kit uses for one of its pages: rename the folder',
      },
    ]);
  });

  it('a step of a decision tree may not take the name of a page of every tool', () => {
    const tree = [
      'title: { es: "Árbol de prueba" }',
      'description: { es: "Un árbol cuyo final se llama como una página de cada herramienta." }',
      'audience: adultos',
      'reviewed: 2026-11-01',
      'sample: true',
      'start: inicio',
      'steps:',
      '  inicio:',
      '    text: { es: "¿Hay peligro ahora?" }',
      '    answers:',
      '      - { label: { es: "Sí" }, next: mapa }',
      '      - { label: { es: "No" }, next: mapa }',
      '  mapa:',
      '    ending: true',
      '    text: { es: "Llama ahora" }',
      '    actions:',
      '      - { es: "Llama a la línea de prueba." }',
      '    contacts: ["linea-de-prueba"]',
      '',
    ].join('\n');
    expect(problemsWithFiles({ 'tools/arbol.yaml': tree })).toEqual([
      { file: 'content/tools/arbol.yaml', field: 'steps.mapa', message: '"mapa" is the name of a page of every tool: give this step another id' },
    ]);
    // The contacts of an ending are hotlines: a partner's id is not one.
    const problems = problemsWithFiles({ 'tools/arbol.yaml': tree.replace('next: mapa }\n      - { label: { es: "No" }, next: mapa }', 'next: fin }\n      - { label: { es: "No" }, next: fin }').replace('  mapa:', '  fin:').replace('"linea-de-prueba"', '"oit"') });
    expect(problems.map((p: Problem) => p.message)).toEqual([
      'names "oit" in the ending "fin", which is not a contact: use a hotline id of content/data/hotlines.yaml (linea-de-prueba) or a service: servicio:demuna, servicio:upe, servicio:cem, servicio:fiscalia, servicio:policia',
    ]);
  });
});

describe('lessons', () => {
  it('a lesson of a kit that has no Spanish text is reported once, at its Spanish file', () => {
    expect(problemsWithFiles({ 'toolkits/sin-kit/lessons/sesion/es.mdx': lesson(), 'toolkits/sin-kit/lessons/sesion/qu.mdx': quechua(lesson()) })).toEqual([
      {
        file: 'content/toolkits/sin-kit/lessons/sesion/es.mdx',
        field: undefined,
        message: 'is a lesson of the kit "sin-kit", which has no content/toolkits/sin-kit/es.mdx: add the kit\'s text, or move the lesson into an existing kit',
      },
    ]);
  });

  it('a lesson without steps may give any duration', () => {
    expect(problemsWithFiles({ 'toolkits/kit-de-prueba/es.mdx': kit('Kit de prueba'), 'toolkits/kit-de-prueba/lessons/sesion/es.mdx': lesson() })).toEqual([]);
  });

  it('a protocol a lesson names must exist: the message lists the protocols in order of their names, or says there are none yet', () => {
    const entry = (collection: CheckedEntry['collection'], id: string, data: Record<string, unknown> = {}): CheckedEntry => ({ collection, id, lang: 'es', file: `content/${id}/es.mdx`, data });
    const sesion = entry('lessons', 'kit/lessons/sesion', { protocols: [{ protocol: 'ruta-inexistente' }] });
    const run = (entries: CheckedEntry[]) => {
      const problems: Problem[] = [];
      checkLessons(entries, problems, new Set(['toolkits:kit']));
      return problems.map((p) => `${p.field}: ${p.message}`);
    };
    expect(run([entry('protocols', 'ruta-z/1.0'), entry('protocols', 'ruta-a/1.0'), entry('protocols', 'ruta-a/2.0'), sesion])).toEqual([
      'protocols[0].protocol: names the protocol "ruta-inexistente", which does not exist: use one of ruta-a, ruta-z (folders in content/protocols/)',
    ]);
    expect(run([sesion])).toEqual([
      'protocols[0].protocol: names the protocol "ruta-inexistente", which does not exist: use one of none yet (folders in content/protocols/)',
    ]);
  });
});

describe('a lesson naming a decision tree that does not exist', () => {
  it('is sent to the file names of content/tools/, where trees are files, not folders', () => {
    const problems = problemsWithFiles({
      'toolkits/kit-de-prueba/es.mdx': kit('Kit de prueba'),
      'toolkits/kit-de-prueba/lessons/uno/es.mdx': lesson('tools: [arbol-que-no-existe]'),
    });
    expect(problems.map((p) => `${p.field} | ${p.message}`)).toEqual(['tools[0] | names the decision tree "arbol-que-no-existe", which does not exist: use one of none yet (file names in content/tools/)']);
  });
});
