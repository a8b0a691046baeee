/**
 * What the content check (src/lib/content/check.ts) tells an editor in cases the broken-content
 * fixtures did not reach, found by mutation testing (docs/mutation.md): a file in an unknown
 * language, under a folder of the wrong shape, with a bad kit or topic folder, a data file that is
 * not .yaml, an empty data file, list items that are not entries, an unsafe address in a list
 * item, and the ids suggested for an unknown reference or fact. Each case is the valid fixture
 * with a few files changed, written at test time.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentOverlays } from '../support/content-overlay';
import { validContent } from '../support/fixtures';

const { problemsWithFiles, cleanup } = contentOverlays();
afterAll(cleanup);
const fixture = (file: string) => readFileSync(join(validContent, file), 'utf8');
const lines = (problems: { file: string; field?: string | undefined; message: string }[]) =>
  problems.map((p) => `${p.file} | ${p.field ?? '-'} | ${p.message}`);

describe('where a page file goes', () => {
  it('names the languages a file may be in', () => {
    expect(lines(problemsWithFiles({ 'partners/oit/en.mdx': fixture('partners/oit/es.mdx') }))).toEqual([
      'content/partners/oit/en.mdx | - | is in an unknown language "en": the site has es, qu; rename the file to one of es.mdx, qu.mdx',
    ]);
  });

  it('gives every place a file of the folder may go, when a fixed folder name is wrong', () => {
    const problems = problemsWithFiles({ 'toolkits/kit-x/lecciones/uno/es.mdx': fixture('partners/oit/es.mdx') });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('content/toolkits/kit-x/lecciones/uno/es.mdx');
    // "lessons" is the folder's real name, written as it is; the folders an editor names are in <>.
    expect(problems[0]?.message).toBe('is not where a kit or a lesson goes: use content/toolkits/<slug>/es.mdx or content/toolkits/<kit>/lessons/<slug>/es.mdx');
  });

  it('refuses a kit folder that cannot be a web address, in a lesson\'s path', () => {
    expect(lines(problemsWithFiles({ 'toolkits/Mi Kit/lessons/uno/es.mdx': fixture('partners/oit/es.mdx') }))).toEqual([
      'content/toolkits/Mi Kit/lessons/uno/es.mdx | - | is in the folder "Mi Kit": folder names become web addresses, so use lower-case letters, digits and hyphens only, e.g. "mi-kit"',
    ]);
  });

  it('says only that the folder is wrong, not what else is wrong with the file, and suggests a name when none can be made', () => {
    const untitled = fixture('partners/oit/es.mdx').replace(/^title: .*\n/m, '');
    expect(lines(problemsWithFiles({ 'partners/Mi Socio/es.mdx': untitled, 'partners/¡¡/es.mdx': untitled }))).toEqual([
      'content/partners/Mi Socio/es.mdx | - | is in the folder "Mi Socio": folder names become web addresses, so use lower-case letters, digits and hyphens only, e.g. "mi-socio"',
      'content/partners/¡¡/es.mdx | - | is in the folder "¡¡": folder names become web addresses, so use lower-case letters, digits and hyphens only, e.g. "nombre-del-tema"',
    ]);
  });

  it('names the line of the file when the MDX parser gives it only in its reason, counted from the body', () => {
    const text = `${fixture('partners/oit/es.mdx')}\n<a.b>\n`;
    const problems = problemsWithFiles({ 'partners/oit/es.mdx': text });
    const line = text.split('\n').indexOf('<a.b>') + 1;
    expect(problems.map((p) => `${p.file} | ${p.field}`)).toEqual([`content/partners/oit/es.mdx | body (line ${line}, column 1)`]);
    expect(problems[0]?.message).toMatch(/^cannot be read as MDX: Expected a closing tag for `<a\.b>`\. In MDX/);
  });

  it('does not read a body past the limits: the limit is reported, not the HTML in it', () => {
    const long = `${fixture('partners/oit/es.mdx')}\n<b>${'x'.repeat(5001)}</b>\n`;
    expect(lines(problemsWithFiles({ 'partners/oit/es.mdx': long }))).toEqual([
      'content/partners/oit/es.mdx | body (line 18) | has a line of 5,008 characters, more than the 5,000 allowed: break it into paragraphs',
    ]);
  });
});

describe('data files', () => {
  it('refuses a file whose name only contains ".yaml"', () => {
    expect(lines(problemsWithFiles({ 'data/services/cusco.yaml.bak': '- id: x\n' }))).toEqual([
      'content/data/services/cusco.yaml.bak | - | is not a YAML file: data files end in .yaml',
    ]);
  });

  it('suggests a name from everything before the last ".yaml"', () => {
    expect(lines(problemsWithFiles({ 'tools/guia.yml.yaml': 'title: { es: Guía }\n' }))).toEqual([
      'content/tools/guia.yml.yaml | - | has a name that cannot be a web address: rename it with lower-case letters, digits and hyphens, e.g. "guia-yml.yaml"',
    ]);
  });

  it('calls an empty data file empty, and nothing else', () => {
    expect(lines(problemsWithFiles({ 'data/services/vacio.yaml': '  \n' }))).toEqual(['content/data/services/vacio.yaml | - | is empty: write its content, or delete the file']);
  });

  it('reports list items that are text or empty by their place, without stopping', () => {
    const problems = problemsWithFiles({ 'data/calendar.yaml': '- texto\n-\n' });
    expect(lines(problems)).toEqual([
      'content/data/calendar.yaml | [0] | Invalid input: expected object, received string',
      'content/data/calendar.yaml | [1] | Invalid input: expected object, received null',
    ]);
  });

  it('names the field of an unsafe address in a list item with its place', () => {
    const hotlines = fixture('data/hotlines.yaml').replace('operator: Prueba', 'operator: "javascript:alert(1)"');
    expect(lines(problemsWithFiles({ 'data/hotlines.yaml': hotlines }))).toEqual([
      'content/data/hotlines.yaml | [0].operator | is a "javascript:" address (javascript:alert(1)), which would run code when followed: write a web address starting with https://',
    ]);
  });
});

describe('a reference to an entry that does not exist', () => {
  const campaign = (hotline: string) =>
    `---\ntitle: Campaña de prueba\ndescription: Campaña de prueba.\nupdated: 2026-11-01\nreviewed: 2026-11-01\nheadline: Pide ayuda\nposterText: Texto del afiche.\nhotlines: [${hotline}]\n---\n\nTexto de prueba.\n`;

  it('lists the ids that exist, each once and in order', () => {
    const second = fixture('data/hotlines.yaml').replace('id: linea-de-prueba', 'id: zeta-de-prueba').replace('order: 1', 'order: 2');
    const problems = problemsWithFiles({
      'data/hotlines.yaml': `${second}${fixture('data/hotlines.yaml')}`,
      'campaigns/prueba/es.mdx': campaign('nada'),
    });
    expect(problems.map((p) => `${p.file} | ${p.field}`)).toEqual(['content/campaigns/prueba/es.mdx | hotlines[0]']);
    // A list of entries is one file: the message sends the editor to its ids, not to folders.
    expect(problems[0]?.message).toBe('names the hotline "nada", which does not exist: use one of linea-de-prueba, zeta-de-prueba (the ids in content/data/hotlines.yaml)');
  });

  it('says "none yet" when the collection is empty', () => {
    const problems = problemsWithFiles({}, (dir) => rmSync(join(dir, 'regions'), { recursive: true }));
    expect(lines(problems)).toContain('content/news/primera-noticia/es.mdx | regions[0] | names the region "cusco", which does not exist: use one of none yet (folders in content/regions/)');
  });
});

describe('a reference to a fact that is not in the registry', () => {
  const factFile = (ids: string[]) =>
    ids
      .map((id) => `- id: ${id}\n  kind: phone\n  value: "1818"\n  statement: { es: Un número de prueba. }\n  confidence: CONFIRMED\n  verified: 2026-11-01\n  sources:\n    - { title: Fuente de prueba, publisher: Prueba, document: Archivo interno de pruebas }\n`)
      .join('');
  const naming = (fact: string, files: Record<string, string> = {}) =>
    problemsWithFiles({ ...files, 'data/hotlines.yaml': fixture('data/hotlines.yaml').replace('number: linea-de-prueba-numero', `number: ${fact}`) })
      .filter((p) => p.field === '[0].number')
      .map((p) => p.message);
  const tail = 'a fact with this id, its value and its sources to a file of content/facts/ (docs/facts.md)';

  it('suggests the facts whose id starts the same, in order', () => {
    expect(naming('linea-x', { 'facts/mas.yaml': factFile(['linea-zeta', 'linea-alfa']) })).toEqual([
      `names the fact "linea-x", which is not in the facts registry: use one of linea-alfa, linea-de-prueba-numero, linea-zeta, or add ${tail}`,
    ]);
  });

  it('suggests the fact whose id is the unknown one without its last part', () => {
    expect(naming('linea-de-prueba-numero-2')).toEqual([
      `names the fact "linea-de-prueba-numero-2", which is not in the facts registry: use one of linea-de-prueba-numero, or add ${tail}`,
    ]);
  });

  it('suggests nothing when no fact looks like it, not even an entry of another collection', () => {
    // "pages:inicio" is an entry, not a fact.
    expect(naming('inicio-x')).toEqual([`names the fact "inicio-x", which is not in the facts registry: add ${tail}`]);
  });
});
