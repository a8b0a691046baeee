/**
 * The content check's reading of files, YAML and limits (src/lib/content/read.ts, limits.ts,
 * problems.ts) at their edges, found by mutation testing (docs/mutation.md): what an editor is told,
 * on which line, and where a limit starts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS, limitProblems } from '../../src/lib/content/limits';
import { formatProblems } from '../../src/lib/content/problems';
import { MAX_FILE_BYTES, parseYaml, readText } from '../../src/lib/content/read';

/** What a reader of a text or YAML reports, as "field: message" lines, and what it returns. */
function reported<T>(read: (report: (message: string, field?: string) => void) => T): { value: T; problems: string[] } {
  const problems: string[] = [];
  const value = read((message, field) => problems.push(field ? `${field}: ${message}` : message));
  return { value, problems };
}

describe('reading a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'alianza-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  it('takes a file of exactly the size allowed, and refuses one byte more', () => {
    expect(reported((r) => readText(file('max.md', 'a'.repeat(MAX_FILE_BYTES)), r)).problems).toEqual([]);
    expect(reported((r) => readText(file('big.md', 'a'.repeat(MAX_FILE_BYTES + 1)), r)).problems).toEqual([
      'is 512 KB, more than the 512 KB allowed: split it into smaller entries or move large material to a download',
    ]);
  });

  it('calls a file of spaces and line breaks empty', () => {
    expect(reported((r) => readText(file('blank.md', '  \n\n'), r))).toEqual({ value: undefined, problems: ['is empty: write its content, or delete the file'] });
  });

  it('drops the byte order mark at the start only', () => {
    expect(reported((r) => readText(file('bom.md', '\uFEFFTexto\uFEFF'), r)).value).toBe('Texto\uFEFF');
  });
});

describe('reading YAML', () => {
  it('stops at a limit, naming its line in the file, without parsing', () => {
    expect(reported((r) => parseYaml(`a: 1\nb: ${'['.repeat(40)}`, 3, r))).toEqual({
      value: undefined,
      problems: ['line 5: opens more than 32 brackets, parentheses or braces at once: close them, or write them as text ("\\[")'],
    });
  });

  it('names the line of a syntax error in the file, with the parser\'s words', () => {
    const text = `${Array.from({ length: 11 }, (_, i) => `k${i}: v`).join('\n')}\nlista: [a, b\n`;
    // The parser's own "at line 13, column 1:" is left out: the line given counts in the whole file.
    expect(reported((r) => parseYaml(text, 1, r)).problems).toEqual([
      'malformed YAML near line 14: Flow sequence in block collection must be sufficiently indented and end with a ]. Check the indentation, and put quotes around values that contain a colon',
    ]);
  });

  it(`refuses aliases copying values more than ${LIMITS.yamlAliases} times, naming the first alias's line`, () => {
    const aliases = Array.from({ length: LIMITS.yamlAliases + 1 }, () => '*x').join(', ');
    const message = `uses YAML aliases (*name) that would copy values more than ${LIMITS.yamlAliases} times: write the values out instead`;
    // A star in text or in a comment is no alias.
    expect(reported((r) => parseYaml(`nota: a*b\n# usa *x abajo\nbase: &x [1]\nlista: [${aliases}]\n`, 2, r)).problems).toEqual([`line 6: ${message}`]);
    expect(reported((r) => parseYaml(`{base: &x [1], lista: [${aliases}]}`, 0, r)).problems).toEqual([`line 1: ${message}`]);
    // Up to the limit, aliases are read.
    const fine = Array.from({ length: LIMITS.yamlAliases - 1 }, () => '*x').join(', ');
    expect(reported((r) => parseYaml(`base: &x [1]\nlista: [${fine}]\n`, 0, r)).problems).toEqual([]);
  });
});

describe('limits', () => {
  it('count a tab as four columns of indentation', () => {
    expect(limitProblems(`${'\t'.repeat(10)}- a`, 'markdown')).toEqual([]);
    expect(limitProblems(`${'\t'.repeat(11)}- a`, 'markdown').map((p) => p.message)).toEqual([expect.stringMatching(/^is indented more than 40 columns/)]);
  });

  it('allow a line of exactly the length and brackets open exactly to the limit', () => {
    expect(limitProblems('x'.repeat(LIMITS.lineChars), 'markdown')).toEqual([]);
    expect(limitProblems(`${'('.repeat(LIMITS.brackets)}${')'.repeat(LIMITS.brackets)}`, 'markdown')).toEqual([]);
  });

  it('count every kind of bracket open, and closed only once open', () => {
    for (const [open, close] of [['(', ')'], ['[', ']'], ['{', '}']] as const) {
      expect(limitProblems(`${open}a${close}`.repeat(100), 'yaml'), open).toEqual([]);
      expect(limitProblems(open.repeat(LIMITS.brackets + 1), 'yaml'), open).toHaveLength(1);
    }
    // Closing brackets first do not make room for more open ones.
    expect(limitProblems(`${')'.repeat(10)}${'('.repeat(LIMITS.brackets + 1)}`, 'yaml')).toHaveLength(1);
  });
});

describe('the problems as the build prints them', () => {
  it('says "1 problem … Fix it" or "N problems … Fix them", grouped by file', () => {
    expect(formatProblems([{ file: 'content/a.mdx', field: 'title', message: 'is missing' }])).toBe(
      'The content has 1 problem. Fix it and build again.\n\ncontent/a.mdx\n  - title: is missing',
    );
    expect(
      formatProblems([
        { file: 'content/a.mdx', field: 'title', message: 'is missing' },
        { file: 'content/b.yaml', message: 'is empty' },
        { file: 'content/a.mdx', field: 'summary', message: 'is too long' },
      ]),
    ).toBe('The content has 3 problems. Fix them and build again.\n\ncontent/a.mdx\n  - title: is missing\n  - summary: is too long\n\ncontent/b.yaml\n  - is empty');
  });
});
