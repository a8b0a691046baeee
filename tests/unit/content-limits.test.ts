/**
 * The bounds checked before any parser reads a content file (src/lib/content/limits.ts): text
 * that could crash a parser is refused naming the line and the limit, and the site's own content,
 * with its longest lines and deepest lists, stays well inside them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS, limitProblems } from '../../src/lib/content/limits';
import { filesUnder } from '../support/content';

const root = join(import.meta.dirname, '..', '..');

describe('limitProblems', () => {
  it('counts quote and list markers however they are written, and the line in the whole file', () => {
    const deep = `Texto.\n\n${'> - '.repeat(5)}cita\n`;
    expect(limitProblems(deep, 'markdown', 10)).toEqual([{ line: 13, message: expect.stringMatching(/^nests more than 8 quotes and lists in one line/) }]);
    expect(limitProblems(`${'>'.repeat(9)} x`, 'markdown')).toHaveLength(1);
    expect(limitProblems(`${'>'.repeat(8)} x\n1. - a`, 'markdown')).toEqual([]);
  });

  it('refuses deep indentation, long lines and unclosed brackets, once each', () => {
    const text = [`${' '.repeat(41)}- a`, `${' '.repeat(44)}- b`, 'x'.repeat(LIMITS.lineChars + 1), `${'['.repeat(40)}`].join('\n');
    expect(limitProblems(text, 'markdown').map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [1, 'is indented more than 40 columns'],
      [3, 'has a line of 5,001 characters, more than the 5,000 allowed'],
      [4, 'opens more than 32 brackets, parentheses or braces at once'],
    ]);
  });

  it('applies the line limits, not the Markdown containers, to YAML', () => {
    expect(limitProblems('- - - - - - - - - - x', 'yaml')).toEqual([]);
    expect(limitProblems(`a: ${'['.repeat(33)}${']'.repeat(33)}`, 'yaml')).toHaveLength(1);
  });

  it('leaves every file of the site\'s content inside the limits', () => {
    const files = filesUnder(join(root, 'content')).filter((f) => /\.(mdx?|ya?ml)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(join(root, 'content', file), 'utf8');
      expect(limitProblems(text, file.endsWith('.yaml') ? 'yaml' : 'markdown'), file).toEqual([]);
    }
  });
});
