/**
 * One `astro build` from the repository's root at a time, across the test workers. Astro writes
 * its generated files under the root's .astro/ whatever content and cache folders a build is
 * given, so two such builds at once (the broken-content fixtures and the PDF cache, the strict
 * check, the editor's edited copy) could read each other's. The lock is a folder under the
 * system's temporary folder (the one all test files share), taken with mkdir (atomic), waited for in place: the builds run with
 * spawnSync, which blocks the worker anyway. A lock older than STALE_MS (a run killed mid-build)
 * is taken over.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
// Not tmpdir(): each test file has a temporary folder of its own (tests/setup/temp-folders.ts), and the lock must be one for all.
const LOCK = join(process.env.ALIANZA_SHARED_TMPDIR ?? tmpdir(), `alianza-root-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);
const STALE_MS = 20 * 60_000;
const WAIT_MS = 500;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `build` (an `astro build` from the root) when no other test's such build runs. */
export function withRootBuild<T>(build: () => T): T {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // Released meanwhile.
      }
      sleep(WAIT_MS);
    }
  }
  try {
    return build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
