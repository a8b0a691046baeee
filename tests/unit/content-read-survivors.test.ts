/**
 * YAML aliases and bracket limits (src/lib/content/read.ts, limits.ts) in cases found by mutation
 * testing (docs/mutation.md): the line of the first alias when it opens its line or cannot be
 * told, and brackets closed by any of their three kinds, with text between them.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS, limitProblems } from '../../src/lib/content/limits';
import { parseYaml } from '../../src/lib/content/read';

const ALIASES = `uses YAML aliases (*name) that would copy values more than ${LIMITS.yamlAliases} times: write the values out instead`;
const problemsOf = (text: string) => {
  const problems: string[] = [];
  parseYaml(text, 0, (message, field) => problems.push(`${field ?? '-'}: ${message}`));
  return problems;
};

describe('too many YAML aliases', () => {
  it('names the line of the first alias when it opens the line', () => {
    const aliases = Array.from({ length: LIMITS.yamlAliases + 1 }, () => '\n*x').join(',');
    expect(problemsOf(`[&x [a, b],${aliases}]`)).toEqual([`line 2: ${ALIASES}`]);
  });

  it('names no line when the aliases follow a "#" inside quotes on their line', () => {
    const aliases = Array.from({ length: LIMITS.yamlAliases + 1 }, () => '*x').join(', ');
    expect(problemsOf(`a: &x [a]\nb: ["#", ${aliases}]`)).toEqual([`-: ${ALIASES}`]);
  });
});

describe('brackets open at once', () => {
  const BRACKETS = `opens more than ${LIMITS.brackets} brackets, parentheses or braces at once: close them, or write them as text ("\\[")`;

  it('are counted with text between them: only a closing bracket closes one', () => {
    expect(limitProblems(`Texto ${'[a '.repeat(LIMITS.brackets + 1)}`, 'markdown')).toEqual([{ line: 1, message: BRACKETS }]);
  });

  it('are closed by ")", "]" and "}" alike', () => {
    for (const [open, close] of [['(', ')'], ['[', ']'], ['{', '}']] as const) {
      const text = `${`${open}a `.repeat(LIMITS.brackets)}${close}${`${open}b`}`;
      expect(limitProblems(text, 'yaml'), `${open}${close}`).toEqual([]);
    }
  });
});
