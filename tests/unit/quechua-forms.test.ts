/**
 * One variety of Quechua: the interface strings (src/i18n/qu.ts) pass the list of forms in
 * content/data/quechua-forms.yaml (the content is checked by the content check itself, see
 * tests/content/), and the readers of Quechua lines find the text an editor wrote, on its line,
 * and not the Spanish titles of sources, the keys or the dates around it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formListSchema, formProblems, mdxLines, stringsLines, yamlLines } from '../../src/lib/content/quechua-forms';
import { locales } from '../../src/i18n/locales';

const root = join(import.meta.dirname, '..', '..');
const list = 'content/data/quechua-forms.yaml';
// Read and parsed inside each test (not when Vitest collects them), so that Stryker's per-test
// coverage credits the test with the code it runs (docs/mutation.md).
const readRules = () => formListSchema.parse(parse(readFileSync(join(root, list), 'utf8')));
const readStrings = () => readFileSync(join(root, 'src', 'i18n', 'qu.ts'), 'utf8');
// The strings of reading without a connection, kept in a file of their own (part of qu.ts).
const readOffline = () => readFileSync(join(root, 'src', 'i18n', 'qu-offline.ts'), 'utf8');

describe('the Quechua interface strings', () => {
  it('use only Cusco forms and no Spanish word standing alone', () => {
    const [rules, stringsFile, offlineFile] = [readRules(), readStrings(), readOffline()];
    expect(formProblems(stringsLines(stringsFile), rules, 'src/i18n/qu.ts', list)).toEqual([]);
    expect(formProblems(stringsLines(offlineFile), rules, 'src/i18n/qu-offline.ts', list)).toEqual([]);
  });

  it('are all read: a Chanka form put back into any string is flagged on its line', () => {
    const [rules, stringsFile, offlineFile] = [readRules(), readStrings(), readOffline()];
    const lines = stringsFile.split('\n');
    const at = lines.findIndex((l) => l.startsWith("  'quickexit.label':"));
    lines[at] = "  'quickexit.label': 'Utqaylla lluqsiy',";
    const problems = formProblems(stringsLines(lines.join('\n')), rules, 'src/i18n/qu.ts', list);
    expect(problems).toEqual([
      {
        file: 'src/i18n/qu.ts',
        field: `line ${at + 1}`,
        message: expect.stringMatching(/^has "utqaylla", a form of another variety of Quechua \(.+\): write usqhay/),
      },
    ]);
    expect(stringsLines(stringsFile).length + stringsLines(offlineFile).length).toBe(Object.keys(locales.qu.strings).length - 1);
  });

  it('write the glottal apostrophe one way, as the rendered content and the forms list do (p’anqa, not p\'anqa)', () => {
    const straight = Object.entries(locales.qu.strings).filter(([, text]) => /\p{L}'\p{L}/u.test(text));
    expect(straight.map(([key]) => key)).toEqual([]);
  });

  it('are tagged quz in Open Graph and in date formats, as in lang', () => {
    expect(locales.qu).toMatchObject({ htmlLang: 'quz', ogLocale: 'quz_PE', intl: 'quz-PE' });
  });
});

describe('reading the Quechua lines of a file', () => {
  it('reads the prose of a qu.mdx file, not its sources, keys, dates or Spanish passages', () => {
    const mdx = [
      '---',
      'title: Achka willakuy',
      'updated: 2026-11-01',
      'sources:',
      '  - title: "Ley contra la trata"',
      '    url: https://example.org/contra',
      'description: Kay p’anqa',
      '---',
      '',
      'Qillqa <span lang="es">contra la trata</span> [t’inki](https://example.org/panka).',
    ].join('\n');
    expect(mdxLines(mdx)).toEqual([
      { line: 2, text: 'Achka willakuy' },
      { line: 7, text: 'Kay p’anqa' },
      { line: 9, text: '' },
      { line: 10, text: 'Qillqa   [t’inki].' },
    ]);
  });

  it('reads the qu: strings of YAML, inline, quoted and as blocks, and nothing else', () => {
    const yaml = [
      '- id: uno',
      '  name: { es: "Uno, contra", qu: "Huk, achka" }',
      '  purpose:',
      '    es: Para probar.',
      "    qu: 'Pruebapaq'",
      '  note:',
      '    qu: >-',
      '      Iskay',
      '      kimsa',
      '  translation: { qu: draft }',
      '  reviewed: 2026-11-01',
    ].join('\n');
    expect(yamlLines(yaml, 'qu')).toEqual([
      { line: 2, text: '"Huk, achka"' },
      { line: 5, text: "'Pruebapaq'" },
      { line: 8, text: '      Iskay' },
      { line: 9, text: '      kimsa' },
    ]);
  });

  it('flags a form only where the list does not make an exception', () => {
    const contra = readRules().find((r) => r.form === 'contra');
    expect(contra).toBeDefined();
    const lines = [
      { line: 1, text: 'Día Nacional contra la Trata de Personas p’unchawmi.' },
      { line: 2, text: 'Trata de personas contra willakuy.' },
    ];
    expect(formProblems(lines, contra ? [contra] : [], 'x/qu.mdx', list).map((p) => p.field)).toEqual(['line 2']);
  });
});
