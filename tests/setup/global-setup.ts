/**
 * Vitest global setup for the "site" project (every test outside tests/unit/).
 *
 * 1. Builds the site ONCE per test run with `npm run build` (astro build, then
 *    Pagefind). The build's output is captured and shown only when it fails:
 *    the thrown Error carries its last lines, and the whole log is kept in a
 *    temporary file whose path the Error names.
 * 2. Serves dist/ with a tiny static server on 127.0.0.1 (a free port).
 * 3. Provides `baseUrl` and `distDir` to the tests (`inject('baseUrl')`).
 *
 * Environment variables for developers:
 * - SKIP_BUILD=1     reuse the existing dist/ instead of building (ignored,
 *                    with a build, when dist/ does not exist). Handy while
 *                    iterating on tests: `SKIP_BUILD=1 npx vitest run tests/e2e`.
 * - TEST_DIST_DIR=…  serve and test that folder instead of dist/, never build
 *                    (for trying the test infrastructure on a hand-made site).
 * - BUILD_TIMEOUT_MS  kill the build after this long (default 15 minutes).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the served site, without trailing slash, e.g. `http://127.0.0.1:43210`. */
    baseUrl: string;
    /** Absolute path of the built site folder that is served (normally <repo>/dist). */
    distDir: string;
  }
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TAIL_LINES = 60;

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** What the suite's build publishes as offline packages (docs/offline.md). */
export const OFFLINE_PACKAGES_FIXTURE = join(REPO_ROOT, 'tests', 'fixtures', 'offline-packages');

function log(message: string): void {
  process.stderr.write(`[global-setup] ${message}\n`);
}

/** Runs `npm run build` in the repo root; output captured, thrown with its tail on failure. */
export async function buildSite(cwd: string = REPO_ROOT): Promise<void> {
  const timeoutMs = Number(process.env['BUILD_TIMEOUT_MS'] ?? 15 * 60_000);
  const started = Date.now();
  log('building the site with `npm run build` (output shown only on failure)…');

  const chunks: Buffer[] = [];
  const result = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error; timedOut: boolean }>(
    (resolvePromise) => {
      const child = spawn('npm', ['run', 'build'], {
        cwd,
        // The offline packages "Descargar el sitio completo" publishes: the fixture's stand-ins, never
        // whatever `npm run offline` left in offline/ on this machine (tests/fixtures/offline-packages/).
        env: { ...process.env, OFFLINE_DIR: OFFLINE_PACKAGES_FIXTURE, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }, timeoutMs);
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.stderr.on('data', (c: Buffer) => chunks.push(c));
      child.on('error', (error) => {
        clearTimeout(timer);
        resolvePromise({ code: null, signal: null, error, timedOut });
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolvePromise({ code, signal, timedOut });
      });
    },
  );

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!result.error && result.code === 0) {
    log(`site built in ${seconds}s`);
    return;
  }

  const output = Buffer.concat(chunks).toString('utf8');
  const logDir = mkdtempSync(join(tmpdir(), 'site-build-'));
  const logFile = join(logDir, 'build.log');
  writeFileSync(logFile, output);
  const tail = output.trimEnd().split('\n').slice(-TAIL_LINES).join('\n');
  const why = result.error
    ? `could not start: ${result.error.message}`
    : result.timedOut
      ? `timed out after ${timeoutMs} ms`
      : `exited with ${result.code ?? result.signal}`;
  throw new Error(
    `\`npm run build\` ${why} after ${seconds}s.\n` +
      `Last ${TAIL_LINES} lines of its output (full log: ${logFile}):\n` +
      `----------------------------------------\n${tail}\n----------------------------------------`,
  );
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let distDir: string;
  const customDist = process.env['TEST_DIST_DIR'];
  if (customDist) {
    distDir = resolve(customDist);
    if (!isDir(distDir)) throw new Error(`TEST_DIST_DIR=${customDist} is not a folder`);
    log(`TEST_DIST_DIR set: serving ${distDir} without building`);
  } else {
    distDir = join(REPO_ROOT, 'dist');
    if (process.env['SKIP_BUILD'] === '1' && isDir(distDir)) {
      log(`SKIP_BUILD=1: reusing the existing ${distDir}`);
    } else {
      if (process.env['SKIP_BUILD'] === '1') log('SKIP_BUILD=1 but dist/ does not exist: building anyway');
      await buildSite(REPO_ROOT);
    }
    if (!existsSync(join(distDir, 'index.html'))) {
      log(`warning: ${join(distDir, 'index.html')} does not exist after the build`);
    }
  }

  const server = await startStaticServer({ root: distDir });
  log(`serving ${distDir} at ${server.url}`);
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);

  return async () => {
    await server.close();
  };
}
