/**
 * The facts scanner (src/lib/facts/scan.ts) in cases found by mutation testing
 * (docs/mutation.md): amounts in thousands and thousands of millions, where a claim stands in its
 * line after an address or another claim (the phone links are placed there), web addresses left
 * out whole, and which lines of a file are YAML comments (notes to editors, not scanned).
 */
import { describe, expect, it } from 'vitest';
import { placedClaims, scanFile, scanLine } from '../../src/lib/facts/scan';

const keys = (text: string) => scanLine(text).map((c) => c.key);
const lines = (text: string, format: 'yaml' | 'mdx') => scanFile(text, format).map((c) => `${c.line}: ${c.key}`);

describe('amounts', () => {
  it('read "mil" and "mil millones" as their own scale, and digits grouped by spaces as one number', () => {
    expect(keys('S/ 500 mil, US$ 2 mil millones, US$ 3 millón')).toEqual(['amount S/ 500 mil', 'amount US$ 2 mil millones', 'amount US$ 3 millones']);
    expect(keys('una multa de S/ 1 000')).toEqual(['amount S/ 1000']);
  });
});

describe('web addresses', () => {
  it('are left out whole, http: or https:, whatever digits they hold', () => {
    expect(keys('Ver http://x.example/noticias/987654321 y https://x.example/p/987654321.')).toEqual([]);
  });
});

describe('where a claim stands in its line', () => {
  it('counts the characters of an address and of the claims before it', () => {
    const line = 'Ver https://x.example/a y la Ley N° 28950; llama a la Línea 1818';
    expect(placedClaims(line).map((c) => [c.key, line.slice(c.start, c.end)])).toEqual([
      ['law Ley 28950', 'Ley N° 28950'],
      ['phone 1818', '1818'],
    ]);
  });
});

describe('comments in a file', () => {
  it('are skipped in YAML when indented, and a "#" inside a value is text', () => {
    expect(lines('- id: x\n  # antes: Línea 1819\n  es: "Llama al 105 (#1 en emergencias)"\n', 'yaml')).toEqual(['3: phone 105']);
  });

  it('are skipped in the frontmatter of an MDX file, after a blank line too; without frontmatter a "#" line is a heading', () => {
    expect(lines('---\ntitle: x\n\n# nota: Línea 1818\n---\n\n# Llama al 105\n', 'mdx')).toEqual(['7: phone 105']);
    expect(lines('# Llama al 105\n', 'mdx')).toEqual(['1: phone 105']);
  });
});
