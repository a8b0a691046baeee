/**
 * Each test file works in a temporary folder of its own: TMPDIR points there while the file runs
 * (os.tmpdir() reads it, and so do the builds, servers and browsers a test starts), and the folder
 * is removed when the file's tests end. The copies of the content, the build folders and the
 * browser profiles the tests make then never pile up in /tmp, however a test ends.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const outer = process.env.TMPDIR;
// What the test files share across workers (the lock of tests/support/root-build.ts) stays in the
// temporary folder they all have in common.
process.env.ALIANZA_SHARED_TMPDIR ??= tmpdir();
const folder = mkdtempSync(join(tmpdir(), 'alianza-test-'));
// Others may pass through it, not list it: a test runs a program as "nobody" in a folder of its own inside.
chmodSync(folder, 0o711);
process.env.TMPDIR = folder;

// Registered first, so it runs after the file's own afterAll hooks (which stop its servers and browsers).
afterAll(() => {
  if (outer === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = outer;
  try {
    rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  } catch (error) {
    console.warn(`tests/setup/temp-folders.ts: could not remove ${folder}: ${error instanceof Error ? error.message : String(error)}`);
  }
});
