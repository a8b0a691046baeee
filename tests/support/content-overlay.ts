import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { contentWith } from './fixtures';

/**
 * The problems of the valid content fixture with these files (paths under content/) added or
 * replaced, written at test time; `edit` may change the copied tree before it is checked (remove a
 * folder). The temporary folders are removed after the test file.
 */
export function overlayChecker() {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return (files: Record<string, string>, edit?: (contentDir: string) => void) => {
    const overlay = mkdtempSync(join(tmpdir(), 'alianza-overlay-'));
    made.push(overlay);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(overlay, file)), { recursive: true });
      writeFileSync(join(overlay, file), text);
    }
    const dir = contentWith(overlay);
    made.push(dirname(dir));
    edit?.(dir);
    return checkContent(dir).problems;
  };
}
