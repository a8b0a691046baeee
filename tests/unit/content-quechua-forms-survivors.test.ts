/**
 * One variety of Quechua (src/lib/content/quechua-forms.ts), the cases the mutation review found
 * untested (docs/mutation.md): what an editor writes in a qu.mdx file, a YAML `qu:` string or an
 * interface string, and which forms the check then flags, on which line, with which message.
 * The forms list of each test is made inside it, so Stryker credits the test with what it covers.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLanguageForms, formListSchema, formProblems, mdxLines, stringsLines, yamlLines, type QuechuaLine } from '../../src/lib/content/quechua-forms';
import type { Problem } from '../../src/lib/content/problems';
import { contentOverlays } from '../support/content-overlay';

const LIST = 'content/data/quechua-forms.yaml';

/** A list of two forms, as an editor writes it: a Chanka prefix and a Spanish word. */
const testRules = (extra: object[] = []) =>
  formListSchema.parse([
    { form: 'achka', match: 'prefix', use: 'achkha', kind: 'variety', note: 'forma chanka', source: 'Fuente de prueba' },
    { form: 'contra', match: 'word', use: 'hark’anapaq', kind: 'spanish', note: 'preposición del castellano', source: 'Fuente de prueba' },
    ...extra,
  ]);

/** What the editor reads first in each problem: the line and the form found there. */
const flagged = (lines: QuechuaLine[], rules = testRules()) =>
  formProblems(lines, rules, 'content/partners/oit/qu.mdx', LIST).map((p: Problem) => `${p.field}: ${/^has "([^"]*)"/.exec(p.message)?.[1]}`);

const mdx = (...lines: string[]) => lines.join('\n');

describe('the body of a qu.mdx file', () => {
  it('is read outside code blocks, fenced with ``` or ~~~, at the margin or indented, and after them again', () => {
    const text = mdx(
      '---', 'title: Willakuy', '---', '',
      'Kay achka.', // 5
      '```', 'achka --help', '```',
      '   ~~~', '   achka', '   ~~~',
      'Kay ```kamachiy``` nisqata qhaway.', // 12: inline code, not a fence
      'Qhipaman achka willakuy.', // 13
    );
    expect(flagged(mdxLines(text))).toEqual(['line 5: achka', 'line 13: achka']);
  });

  it('leaves out web addresses, http as well as https, whole', () => {
    const text = mdx(
      '---', 'title: Willakuy', '---',
      'Qhaway http://example.org/achka kaypi.',
      'Qhaway https://example.org/achka-contra kaypi.',
      'Achka willakuy.', // 6
    );
    expect(flagged(mdxLines(text))).toEqual(['line 6: achka']);
  });

  it('is read from the first line when the file has no frontmatter (which the content check also reports)', () => {
    expect(flagged(mdxLines('Achka willakuy.\nKay p’anqa.\n'))).toEqual(['line 1: achka']);
  });
});

describe('the frontmatter of a qu.mdx file', () => {
  it('skips the sources that follow a prose field, and reads the next prose field', () => {
    const text = mdx('---', 'title: Willakuy', 'sources:', '  - title: Ley contra la trata', '    url: https://example.org', 'description: Achka willakuy.', '---');
    expect(flagged(mdxLines(text))).toEqual(['line 6: achka']);
  });

  it('skips the list under a field that is not prose, as under sources', () => {
    const text = mdx('---', 'title: Willakuy', 'hotlines:', '  - linea-contra-la-trata', 'description: Achka willakuy.', '---');
    expect(flagged(mdxLines(text))).toEqual(['line 5: achka']);
  });

  it('reads the prose of nested entries, not their dates and addresses', () => {
    const text = mdx('---', 'title: Willakuy', 'steps:', '  - text: Achka willakuy', '    date: 2026-11-01', '    url: https://example.org/contra', '---');
    expect(flagged(mdxLines(text))).toEqual(['line 4: achka']);
  });

  it('reads the lines of a folded text and list items written at the margin', () => {
    const text = mdx('---', 'description: >-', '  Kay p’anqa achka', '  willakuykunata qun.', 'keywords:', '- contra', '---');
    expect(flagged(mdxLines(text))).toEqual(['line 3: achka', 'line 6: contra']);
  });

  it('reads a field whose name is quoted, even as the first line', () => {
    expect(flagged(mdxLines(mdx('---', '"title": Achka willakuy', '---', '', 'Qillqa.')))).toEqual(['line 2: achka']);
  });

  it('of a file saved with Windows line endings: its sources are not read, its body is', () => {
    const text = mdx('---', 'title: Willakuy', 'sources:', '  - title: "Ley contra la trata"', '    url: https://example.org', '---', '', 'Kay p’anqa achka willakuykunata qun.', '').split('\n').join('\r\n');
    expect(flagged(mdxLines(text))).toEqual(['line 8: achka']);
    // One line ending in CR in a file that otherwise has none still starts the sources.
    const mixed = mdx('---', 'title: Willakuy', 'sources:\r', '  - title: Ley contra la trata', 'description: Achka willakuy.', '---');
    expect(flagged(mdxLines(mixed))).toEqual(['line 5: achka']);
  });
});

describe('the qu: strings of a YAML file', () => {
  it('reads a block with or without a chomping sign, through lines of spaces, up to the next field', () => {
    const yaml = [
      '- id: uno',
      '  purpose:',
      '    qu: |',
      '      Kay willakuy.',
      '      ',
      '      Achka yanapan.', // 6
      '    es: Una frase contra la trata.',
      '  note:',
      '    qu: Aswan achka >', // 9: a text ending in ">" is not a block
      '    es: Más, contra',
    ].join('\n');
    expect(flagged(yamlLines(yaml, 'qu'))).toEqual(['line 6: achka', 'line 9: achka']);
  });

  it('skips a review record, whoever reviewed', () => {
    const yaml = '- id: uno\n  name: { es: Uno, qu: Huk }\n  translation: { qu: { reviewedBy: Persona Achka de Prueba, status: reviewed, reviewedOn: 2026-11-20 } }\n';
    expect(flagged(yamlLines(yaml, 'qu'))).toEqual([]);
  });

  it('finds a word quoted inside a single-quoted text (\'\'…\'\')', () => {
    const yaml = "- id: uno\n  name: { es: Uno, qu: 'Kay ''contra'' nisqa' }\n  note: { es: Nota, qu: 'Achka willakuy' }\n";
    expect(flagged(yamlLines(yaml, 'qu'))).toEqual(['line 2: contra', 'line 3: achka']);
  });
});

describe('the interface strings', () => {
  it('are read with or without a space after the colon, a final comma or spaces after it; a commented-out string is not', () => {
    const source = [
      'export const qu = {',
      "  'a':'Achka willakuy',", // 2
      "  'b': 'Achka willakuy',   ", // 3
      "  // 'c': 'Achka willakuy',",
      "  'd': 'Achka willakuy'", // 5
      '};',
    ].join('\n');
    expect(flagged(stringsLines(source))).toEqual(['line 2: achka', 'line 3: achka', 'line 5: achka']);
  });

  it('leave out a passage marked as Spanish, which also parts the words around it', () => {
    const source = ["  'a': 'Kay {es:Ley contra la trata} kamachiy',", "  'b': 'Kaypi{es:Ley}contra',"].join('\n');
    expect(flagged(stringsLines(source))).toEqual(['line 2: contra']);
  });
});

describe('the forms of the list', () => {
  it('a suffix: words ending in it, not the form alone nor words starting with it', () => {
    const suffix = { form: 'kuna', match: 'suffix', use: 'kunaqa', kind: 'variety', note: 'nota de prueba', source: 'Fuente de prueba' };
    const lines = ['kuna', 'kunan', 'wasi', 'Wasikuna'].map((text, i) => ({ line: i + 1, text }));
    expect(formProblems(lines, formListSchema.parse([suffix]), 'src/i18n/qu.ts', LIST)).toEqual([
      {
        file: 'src/i18n/qu.ts',
        field: 'line 4',
        message: `has "wasikuna", a form of another variety of Quechua (nota de prueba): write kunaqa; if it is right here (a name, a Spanish title), add it to the exceptions of "kuna" in ${LIST}`,
      },
    ]);
  });

  it('contains: words holding it anywhere', () => {
    const contains = { form: 'chka', match: 'contains', use: 'sha', kind: 'variety', note: 'nota de prueba', source: 'Fuente de prueba' };
    const lines = ['Kachkan', 'wasi', 'chka'].map((text, i) => ({ line: i + 1, text }));
    expect(flagged(lines, formListSchema.parse([contains]))).toEqual(['line 1: kachkan', 'line 3: chka']);
  });

  it('a word two forms of the list match is reported once, by the first (achka: prefix achka, contains chka)', () => {
    const rules = formListSchema.parse(parse(readFileSync(join(import.meta.dirname, '..', '..', LIST), 'utf8')));
    const problems = formProblems([{ line: 1, text: 'Achka willakuykuna.' }], rules, 'content/partners/oit/qu.mdx', LIST);
    expect(problems.map((p) => p.message.split(' (')[0])).toEqual(['has "achka", a form of another variety of Quechua']);
    expect(problems[0]?.message).toContain('add it to the exceptions of "achka"');
  });

  it('an exception is cut out as a space: the letters on either side of it are not joined into a word', () => {
    const exception = [{ form: 'pti', match: 'contains', use: 'qti', kind: 'variety', note: 'nota', source: 'Fuente', exceptions: ['septiembre'] }];
    expect(flagged([{ line: 1, text: 'Pseptiembreti' }], formListSchema.parse(exception))).toEqual([]);
    expect(flagged([{ line: 1, text: 'Kaqpti septiembre' }], formListSchema.parse(exception))).toEqual(['line 1: kaqpti']);
  });
});

describe('the list file and the order of the report', () => {
  const { problemsWithFiles, cleanup } = contentOverlays();
  const folders: string[] = [];
  afterAll(() => {
    cleanup();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('an empty list is reported once, as empty, and nothing else is checked against it', () => {
    expect(problemsWithFiles({ 'data/quechua-forms.yaml': '' })).toEqual([
      { file: LIST, field: undefined, message: 'is empty: write its content, or delete the file' },
    ]);
  });

  it('reports the files in the order of their names, whatever order they were read in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alianza-forms-'));
    folders.push(dir);
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'quechua-forms.yaml'), '- { form: achka, match: prefix, use: achkha, kind: variety, note: nota, source: Fuente }\n');
    const file = (name: string) => ({ file: `content/${name}/qu.mdx`, text: 'Achka.\n', format: 'mdx' as const });
    const problems: Problem[] = [];
    checkLanguageForms(dir, (f) => f, [file('b'), file('a'), file('c')], problems);
    expect(problems.map((p) => p.file)).toEqual(['content/a/qu.mdx', 'content/b/qu.mdx', 'content/c/qu.mdx']);
  });
});
