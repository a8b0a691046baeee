/** `npm run new:version -- <slug>` copies the newest version to the next number, as a draft. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { contentFor } from '../support/fixtures';

const script = join(import.meta.dirname, '..', '..', 'scripts', 'new-version.mjs');
const run = (content: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });

describe('new:version', () => {
  it('creates the next minor version as a draft that passes the content check', () => {
    const content = contentFor();
    const result = run(content, 'ruta-de-prueba');
    expect(result.status, result.stderr).toBe(0);
    const created = join(content, 'protocols', 'ruta-de-prueba', '1.1', 'es.mdx');
    const text = readFileSync(created, 'utf8');
    expect(text).toMatch(/^version: "1\.1"$/m);
    expect(text).toMatch(/^status: borrador$/m);
    expect(text).toMatch(/^changelog: "Escribe en una línea qué cambia en esta versión\."$/m);
    expect(text).toContain('## Alcance');
    expect(checkContent(content).problems).toEqual([]);
    expect(readFileSync(join(content, 'protocols', 'ruta-de-prueba', '1.0', 'es.mdx'), 'utf8')).toMatch(/^status: vigente$/m);
  });

  it('creates the next major version with --major', () => {
    const content = contentFor();
    expect(run(content, 'ruta-de-prueba', '--major').status).toBe(0);
    expect(existsSync(join(content, 'protocols', 'ruta-de-prueba', '2.0', 'es.mdx'))).toBe(true);
  });

  it('says which protocols exist when the slug is wrong', () => {
    const result = run(contentFor(), 'no-existe');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/there is no protocol "no-existe" in .*protocols\/ \(there are: ruta-de-prueba\)/);
  });
});
