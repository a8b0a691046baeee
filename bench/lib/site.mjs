// Everything the benchmark takes from the site, in one place: the site's own measuring code it
// reuses (the brotli settings of the precompressed files, the page meter of `npm run budget`), and
// how the site is built the way `npm run build` does it (astro build, which also writes the search
// index and the precompressed copies at its end), from the root project and its node_modules. When
// the site's build or those files move, this is the module to adapt.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { say } from './cli.mjs';
import { run } from './timed-run.mjs';

export { brotli } from '../../src/lib/compression/compress.mjs';
export { createMeter } from '../../scripts/lib/page-weight.mjs';

/** The site's checkout: its content/, registry/, scripts/ and node_modules. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The environment of a build of `contentDir` whose cache and registry copy live in `tmp`.
 *
 * The registry check runs as in a real build, against a copy of registry/published.json whose
 * version files point into the copied content: it passes (the site's own pages and versions are
 * all there), warns about the synthetic URLs, and writes nothing (REGISTRY_UPDATE is unset).
 * @param {string} tmp
 * @param {string} contentDir
 */
export function siteEnv(tmp, contentDir) {
  const registryFile = join(tmp, 'published.json');
  const relContent = relative(ROOT, contentDir).split(sep).join('/');
  const registrySource = join(ROOT, 'registry', 'published.json');
  const registry = existsSync(registrySource) ? JSON.parse(readFileSync(registrySource, 'utf8')) : { urls: [], versions: {} };
  registry.versions = Object.fromEntries(Object.entries(registry.versions ?? {}).map(([file, hash]) => [file.replace(/^content\//, `${relContent}/`), hash]));
  writeFileSync(registryFile, JSON.stringify(registry));

  const env = { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(tmp, 'cache'), REGISTRY_FILE: registryFile, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.REGISTRY_UPDATE;
  delete env.STRICT;
  return env;
}

/** The seconds a build step of the site logged at its end ("… in 1.4s"), in ms; 0 when absent. */
function stepMs(log, integration) {
  const line = log.split('\n').find((l) => l.includes(`[${integration}]`) && / in [\d.]+s$/.test(l.trim()));
  return line ? Number(/ in ([\d.]+)s$/.exec(line.trim())?.[1] ?? 0) * 1000 : 0;
}

/**
 * Builds the site into `outDir` as `npm run build` does: one `astro build`, timed, its log in `tmp`
 * (astro.log, whose path it returns as `astroLog`). The search index and the precompressed copies
 * are made inside it (src/integrations/pagefind.ts and precompress.ts), which log their own
 * seconds: `pagefind` and `precompress` are those, and CPU and memory are the whole build's. With
 * `profileDir`, astro build runs under Node's CPU profiler and writes its profiles there.
 * @param {{ outDir: string, env: NodeJS.ProcessEnv, tmp: string, profileDir?: string, keep: boolean }} options
 */
export async function buildSite({ outDir, env, tmp, profileDir, keep }) {
  say('astro build…');
  const profiling = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const astroLog = join(tmp, 'astro.log');
  const build = await run('astro build', process.execPath, [...profiling, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { env, logFile: astroLog, cwd: ROOT, keep });
  const log = readFileSync(astroLog, 'utf8');
  const pagefind = { ms: stepMs(log, 'alianza:pagefind') };
  const precompress = { ms: stepMs(log, 'alianza:precompress') };
  say(`astro build: ${(build.ms / 1000).toFixed(1)} s (pagefind ${(pagefind.ms / 1000).toFixed(1)} s, precompress ${(precompress.ms / 1000).toFixed(1)} s)`);
  return { build, pagefind, precompress, astroLog };
}
