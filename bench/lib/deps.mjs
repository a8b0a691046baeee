// The benchmark's own dependencies (bench/package.json: Astro Starlight and the Astro it builds
// with), installed in bench/node_modules apart from the site's, so that the site does not depend
// on Starlight. Only --starlight needs them: this tells whether they are installed at their pinned
// versions, and installs them from bench/package-lock.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This package's folder, bench/. */
export const BENCH = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The exact versions bench/package.json pins, by package name. @returns {Record<string, string>} */
export const pinned = () => JSON.parse(readFileSync(join(BENCH, 'package.json'), 'utf8')).dependencies;

/** The dependencies not installed in bench/node_modules at their pinned version, as name@version. */
export function missingDependencies() {
  return Object.entries(pinned())
    .filter(([name, version]) => {
      const manifest = join(BENCH, 'node_modules', name, 'package.json');
      return !existsSync(manifest) || JSON.parse(readFileSync(manifest, 'utf8')).version !== version;
    })
    .map(([name, version]) => `${name}@${version}`);
}

/** The command that installs them, as a reader would type it from the repository's root. */
export const INSTALL = 'npm ci --prefix bench --no-audit --no-fund';

/**
 * Installs them (`npm ci` in bench/, from its lock file). npm's output goes to stderr, so that
 * `--json` leaves stdout machine-readable.
 */
export function installDependencies() {
  const done = spawnSync('npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund'], { stdio: ['ignore', 2, 2] });
  if (done.error || done.status !== 0) {
    const why = done.error ? done.error.message : `exit code ${done.status}`;
    throw new Error(`installing the benchmark's dependencies failed (${why}); run \`${INSTALL}\` from the repository's root and read its output`);
  }
}
