/**
 * The list of offline packages `npm run offline` leaves for the build to publish
 * (src/lib/offline-copy/published.ts), and how `npm run offline` decides to build dist/ first
 * (scripts/lib/fresh-dist.mjs). The page that shows them: tests/build/offline-packages.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MANIFEST_FILE, readPublished, writeManifest } from '../../src/lib/offline-copy/published';
import { freshDist } from '../../scripts/lib/fresh-dist.mjs';

function packagesDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'alianza-packages-'));
  writeFileSync(join(dir, 'alianza-cpc-2026-12-06.zip'), 'zip bytes');
  writeFileSync(join(dir, 'alianza-cpc_es-qu_2026-12.zim'), 'zim bytes, longer');
  writeManifest(dir, '2026-12-06', [
    { kind: 'zip', file: 'alianza-cpc-2026-12-06.zip' },
    { kind: 'zim', file: 'alianza-cpc_es-qu_2026-12.zim' },
  ]);
  return dir;
}

const editManifest = (dir: string, edit: (m: { made: unknown; packages: Record<string, unknown>[] }) => void) => {
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
  edit(manifest);
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(manifest));
};

describe('published offline packages', () => {
  test('no list: nothing is published', () => {
    expect(readPublished(mkdtempSync(join(tmpdir(), 'alianza-packages-')))).toBeUndefined();
  });

  test('the list gives each package with its size, checksum and file', () => {
    const dir = packagesDir();
    const published = readPublished(dir);
    expect(published?.made).toBe('2026-12-06');
    expect(published?.packages.map((p) => [p.kind, p.file, p.bytes, p.path])).toEqual([
      ['zip', 'alianza-cpc-2026-12-06.zip', 9, join(dir, 'alianza-cpc-2026-12-06.zip')],
      ['zim', 'alianza-cpc_es-qu_2026-12.zim', 17, join(dir, 'alianza-cpc_es-qu_2026-12.zim')],
    ]);
    expect(published?.packages[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test.each([
    ['a package changed after the list', (dir: string) => writeFileSync(join(dir, 'alianza-cpc-2026-12-06.zip'), 'other bytes'), /packages\[0\]\.bytes is 9, but .*alianza-cpc-2026-12-06\.zip has 11 bytes/],
    ['same size, other bytes', (dir: string) => writeFileSync(join(dir, 'alianza-cpc-2026-12-06.zip'), 'zip BYTES'), /packages\[0\]\.sha256 does not match/],
    ['a file that is gone', (dir: string) => editManifest(dir, (m) => (m.packages[1]!['file'] = 'gone.zim')), /packages\[1\]\.file: .*gone\.zim does not exist/],
    ['a kind the site does not publish', (dir: string) => editManifest(dir, (m) => (m.packages[0]!['kind'] = 'iso')), /packages\[0\]\.kind must be one of zip, zim/],
    ['a path instead of a name', (dir: string) => editManifest(dir, (m) => (m.packages[0]!['file'] = '../secret')), /packages\[0\]\.file must be a file name/],
    ['no day', (dir: string) => editManifest(dir, (m) => (m.made = 'ayer')), /"made" must be a day like 2026-12-06/],
    ['two zips', (dir: string) => editManifest(dir, (m) => (m.packages[1] = { ...m.packages[0] })), /two packages of kind "zip"/],
    ['not JSON', (dir: string) => writeFileSync(join(dir, MANIFEST_FILE), '{'), /not JSON/],
  ])('%s stops the build, naming the list, the field and the fix', (_, breakIt, message) => {
    const dir = packagesDir();
    breakIt(dir);
    expect(() => readPublished(dir)).toThrow(message);
    expect(() => readPublished(dir)).toThrow(new RegExp(`${join(dir, MANIFEST_FILE)}: .*run \`npm run offline\` again`));
  });
});

describe('npm run offline builds dist/ first when it is missing or stale', () => {
  const project = () => {
    const root = mkdtempSync(join(tmpdir(), 'alianza-root-'));
    for (const dir of ['src/lib', 'content', 'dist']) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, 'src/lib/a.ts'), '');
    writeFileSync(join(root, 'content/a.mdx'), '');
    return root;
  };
  const run = (root: string) => {
    const said: string[] = [];
    let builds = 0;
    freshDist(root, { log: (m: string) => said.push(m), build: () => (builds += 1) });
    return { said, builds };
  };
  const age = (path: string, secondsAgo: number) => utimesSync(path, new Date(Date.now() - secondsAgo * 1000), new Date(Date.now() - secondsAgo * 1000));

  test('no build yet: it builds', () => {
    expect(run(project())).toEqual({ said: ['there is no build yet: running `npm run build`'], builds: 1 });
  });

  test('a build newer than every source is used as it is', () => {
    const root = project();
    for (const path of ['src/lib/a.ts', 'src/lib', 'src', 'content/a.mdx', 'content']) age(join(root, path), 60);
    writeFileSync(join(root, 'dist/index.html'), '<html>');
    expect(run(root)).toEqual({ said: ['dist/ is newer than the sources: using it'], builds: 0 });
  });

  test('a source file changed after the build, however deep: it builds again, saying which', () => {
    const root = project();
    writeFileSync(join(root, 'dist/index.html'), '<html>');
    age(join(root, 'dist/index.html'), 60);
    for (const path of ['src', 'src/lib', 'content', 'content/a.mdx']) age(join(root, path), 120);
    // src/lib/a.ts keeps its new time: edited after the build.
    expect(run(root)).toEqual({ said: ['src changed after the last build: running `npm run build`'], builds: 1 });
  });
});
