/**
 * The content check run on the valid fixture with some files added or replaced, written at test
 * time into temporary folders that `cleanup` removes (call it in `afterAll`).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkContent } from '../../src/lib/content/check';
import { contentWith, validContent } from './fixtures';

export function contentOverlays() {
  const folders: string[] = [];

  /**
   * The problems of the valid content with these files (paths under content/) added or replaced;
   * `edit` may change the copied tree before it is checked (remove a folder).
   */
  const problemsWithFiles = (files: Record<string, string>, edit?: (contentDir: string) => void) => {
    const overlay = mkdtempSync(join(tmpdir(), 'alianza-overlay-'));
    folders.push(overlay);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(overlay, file)), { recursive: true });
      writeFileSync(join(overlay, file), text);
    }
    const dir = contentWith(overlay);
    folders.push(dirname(dir));
    edit?.(dir);
    return checkContent(dir).problems;
  };

  /** The problems of the valid content with `file` (under content/) edited. */
  const problemsWith = (file: string, edit: (text: string) => string) =>
    problemsWithFiles({ [file]: edit(readFileSync(join(validContent, file), 'utf8')) });

  const cleanup = () => {
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  };

  return { problemsWithFiles, problemsWith, cleanup };
}
