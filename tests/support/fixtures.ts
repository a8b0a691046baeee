import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');
export const validContent = join(fixturesDir, 'content-valid');
export const errorCases = join(fixturesDir, 'content-errors');

/** The names of the broken-content cases (folders of tests/fixtures/content-errors/). */
export function errorCaseNames(): string[] {
  return readdirSync(errorCases).sort();
}

/**
 * A content tree for one case: the valid fixture with the case's files laid over it, copied to a
 * temporary folder as `<tmp>/content`, so messages show "content/…" as in a real build.
 */
export function contentFor(caseName?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'alianza-content-'));
  const dir = join(root, 'content');
  cpSync(validContent, dir, { recursive: true });
  if (caseName) cpSync(join(errorCases, caseName), dir, { recursive: true });
  return dir;
}
