// The Starlight part of --starlight: builds the same protocols, kits and lessons as an Astro
// Starlight site (written by starlight-site.mjs) right after our build, on the same machine in
// the same minute, and returns its figures and ours divided by them. Its project is written in
// bench/.work/, inside this package, so that Node finds astro and @astrojs/starlight in
// bench/node_modules by walking up (Astro does not build a project whose node_modules is a link).
import { mkdirSync, mkdtempSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { firstView, walk } from './built-folder.mjs';
import { say } from './cli.mjs';
import { BENCH, INSTALL, missingDependencies } from './deps.mjs';
import { round } from './numbers.mjs';
import { writeStarlightSite } from './starlight-site.mjs';
import { run } from './timed-run.mjs';

/** Where Starlight projects are written (git-ignored; each run's folder is removed afterwards). */
export const WORK = join(BENCH, '.work');

/** Fails, before anything is built, if Starlight is not installed in bench/node_modules. */
export function checkStarlightInstalled() {
  const missing = missingDependencies();
  if (missing.length > 0) {
    throw new Error(`--starlight needs ${missing.join(', ')} in bench/node_modules; \`npm run bench\` installs them, or run \`${INSTALL}\``);
  }
}

/** A new, empty folder for a Starlight project, in bench/.work/. */
export function makeStarlightDir() {
  mkdirSync(WORK, { recursive: true });
  return mkdtempSync(join(WORK, 'starlight-'));
}

/** Removes a Starlight project's folder, and bench/.work/ once it is empty. @param {string} dir */
export function removeStarlightDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  try {
    rmdirSync(WORK);
  } catch {
    // not empty: another run's folder is there
  }
}

/**
 * Builds the same protocols, kits and lessons as a Starlight site in `dir` (its `astro build`
 * includes its Pagefind index) and returns its figures, and ours divided by them.
 * @param {{ dir: string, contentDir: string, ours: { htmlPages: number }, oursMs: number, tmp: string, keep: boolean }} options
 *   `ours`: our built folder's figures; `oursMs`: our astro build and Pagefind, as Starlight's build has both
 */
export async function buildStarlight({ dir, contentDir, ours, oursMs, tmp, keep }) {
  const written = writeStarlightSite(dir, contentDir);
  say(`Starlight: ${written.pages} pages written into ${dir}; astro build…`);
  const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of ['CONTENT_DIR', 'ASTRO_CACHE_DIR', 'REGISTRY_FILE', 'REGISTRY_UPDATE', 'STRICT']) delete env[name];
  const built = await run('Starlight build', process.execPath, [join(BENCH, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    env,
    logFile: join(tmp, 'starlight.log'),
    cwd: dir,
    keep,
  });
  say(`Starlight build: ${(built.ms / 1000).toFixed(1)} s`);
  const htmlPages = walk(join(dir, 'dist')).filter((f) => f.endsWith('.html')).length;
  const msPerPage = built.ms / htmlPages;
  return {
    sourcePages: written.pages,
    htmlPages,
    seconds: round(built.ms / 1000),
    cpuSeconds: round(built.cpuMs / 1000),
    msPerPage: round(msPerPage),
    peakRssMiB: built.peakRssMiB,
    firstView: firstView(join(dir, 'dist')),
    dist: join(dir, 'dist'),
    // Ours (astro + Pagefind, as Starlight's build has both) divided by Starlight's.
    ratio: {
      msPerPage: Math.round((oursMs / ours.htmlPages / msPerPage) * 100) / 100,
      seconds: Math.round((oursMs / built.ms) * 100) / 100,
    },
  };
}
