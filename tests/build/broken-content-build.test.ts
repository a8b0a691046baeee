/**
 * The content check runs inside `astro build`: a broken content tree stops the real build with the
 * editor-facing message, before anything is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { contentFor } from '../support/fixtures';

const root = join(import.meta.dirname, '..', '..');

it('astro build fails naming the file, the field and the fix', () => {
  const content = contentFor('unknown-region');
  const outDir = mkdtempSync(join(tmpdir(), 'alianza-broken-dist-'));
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  expect(result.status).not.toBe(0);
  expect(output).toContain('The content has 1 problem. Fix it and build again.');
  expect(output).toMatch(/content\/partners\/oit\/es\.mdx\n\s+- regions\[1\]: names the region "lima", which does not exist: use one of cusco/);
});

it('the valid fixture builds', () => {
  const content = contentFor();
  const outDir = mkdtempSync(join(tmpdir(), 'alianza-valid-dist-'));
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
    timeout: 240_000,
  });
  expect(result.status, `${result.stdout}${result.stderr}`.slice(-3000)).toBe(0);
  expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  expect(existsSync(join(outDir, 'protocolos', 'ruta-de-prueba', 'v1.0', 'index.html'))).toBe(true);
});
