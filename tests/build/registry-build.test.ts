/**
 * The registry check runs in the real build: a build that would drop a published URL, or change a
 * published version's text, fails naming the URL or the file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { contentFor } from '../support/fixtures';

const root = join(import.meta.dirname, '..', '..');
/** A real `astro build` of fixture content: about 30 s alone, several times that on a busy machine. */
const BUILD_TIMEOUT = 300_000;

it('fails naming a published URL that is gone and a published version that changed', () => {
  const content = contentFor();
  const work = mkdtempSync(join(tmpdir(), 'alianza-registry-'));
  const registryFile = join(work, 'published.json');
  const version = relative(root, join(content, 'protocols', 'ruta-de-prueba', '1.0', 'es.mdx'));
  writeFileSync(
    registryFile,
    JSON.stringify({ urls: ['/', '/protocolos/ruta-de-prueba/v0.9/'], versions: { [version]: 'a'.repeat(64) } }),
  );
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', join(work, 'dist')], {
    cwd: root,
    env: { ...process.env, ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'alianza-cache-')), CONTENT_DIR: content, REGISTRY_FILE: registryFile },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT - 10_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  expect(result.status).not.toBe(0);
  expect(output).toContain('/protocolos/ruta-de-prueba/v0.9/: was published and is no longer built');
  expect(output).toContain(`${version}: is a published version and its text has changed`);
}, BUILD_TIMEOUT);
