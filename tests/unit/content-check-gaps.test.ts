/**
 * Three gaps the mutation review of the content check found (docs/mutation.md, "Gaps the review
 * found"), each a file an editor may well save: a qu.mdx saved with Windows line endings, a YAML
 * block with an indentation digit, and a data file named .yml, which the site's loaders never read.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { formListSchema, formProblems, mdxLines, yamlLines } from '../../src/lib/content/quechua-forms';
import { parseYaml } from '../../src/lib/content/read';
import { contentOverlays } from '../support/content-overlay';

const { problemsWithFiles, cleanup } = contentOverlays();
afterAll(cleanup);

const rules = () => formListSchema.parse([{ form: 'achka', match: 'prefix', use: 'achkha', kind: 'variety', note: 'forma chanka', source: 'Fuente de prueba' }]);
const flagged = (lines: { line: number; text: string }[]) => formProblems(lines, rules(), 'content/partners/oit/qu.mdx', 'content/data/quechua-forms.yaml').map((p) => p.field);

describe('the Quechua forms check', () => {
  it('reads the frontmatter of a qu.mdx file saved with Windows line endings (CRLF) as it reads any other', () => {
    const crlf = ['---', 'title: Achka wawakuna', 'description: Allin', '---', '', 'Achka runakuna.'].join('\r\n');
    expect(flagged(mdxLines(crlf))).toEqual(['line 2', 'line 6']);
    expect(mdxLines(crlf).every((l) => !l.text.includes('\r'))).toBe(true);
  });

  it('reads the lines of a YAML block with an indentation digit or a chomping sign in either order', () => {
    for (const header of ['|', '>', '|-', '>+', '|2', '>1-', '|-2', '>+1']) {
      const yaml = ['title:', `  qu: ${header}`, '    Achka wawakuna', '    allin', 'other: x'].join('\n');
      expect(flagged(yamlLines(yaml, 'qu')), header).toEqual(['line 3']);
    }
    // Not a block: a value that only begins with a bar is the text itself.
    expect(yamlLines('title:\n  qu: |achka\n', 'qu')).toEqual([{ line: 2, text: '|achka' }]);
  });
});

describe('a data file named .yml', () => {
  it('is refused, with the fix, since the site reads only .yaml files: nothing is dropped without a word', () => {
    const problems = problemsWithFiles({ 'data/services/madre-de-dios.yml': '- id: x\n' });
    expect(problems.map((p) => `${p.file} | ${p.message}`)).toContain('content/data/services/madre-de-dios.yml | ends in .yml, which the site does not read: rename it to end in .yaml');
  });

  it('a file of another kind gets the general message', () => {
    const problems = problemsWithFiles({ 'data/services/notas.txt': 'x\n' });
    expect(problems.map((p) => `${p.file} | ${p.message}`)).toContain('content/data/services/notas.txt | is not a YAML file: data files end in .yaml');
  });
});

describe('a YAML alias with no anchor', () => {
  const problemsOf = (text: string, lineOffset = 0) => {
    const problems: string[] = [];
    const data = parseYaml(text, lineOffset, (message, field) => problems.push(`${field}: ${message}`));
    return { data, problems };
  };

  it('is named with its line, not taken for too many aliases', () => {
    expect(problemsOf('- id: uno\n  hotlines:\n    - *linea\n', 4)).toEqual({
      data: undefined,
      problems: ['line 7: uses the alias *linea, but no value is marked &linea before it: write the value out instead'],
    });
    // An anchor set after its alias does not count: YAML reads them in order.
    expect(problemsOf('a: *x\nb: &x 1\n').problems).toEqual(['line 1: uses the alias *x, but no value is marked &x before it: write the value out instead']);
  });

  it('is no problem when its anchor comes first', () => {
    expect(problemsOf('a: &x [1, 2]\nb: *x\n')).toEqual({ data: { a: [1, 2], b: [1, 2] }, problems: [] });
  });
});
