/**
 * Test configuration.
 *
 * Two projects share the options below:
 * - `unit`: tests/unit/ and tests/content/ — plain Node tests; no site build, no server.
 * - `site`: every other tests/**\/*.test.ts (e2e, build, content, …). Its global
 *   setup (tests/setup/global-setup.ts) builds the site once per run with
 *   `npm run build`, serves dist/ on 127.0.0.1 and provides `baseUrl` and
 *   `distDir` (read them with `inject('baseUrl')` from 'vitest').
 *   The build is skipped only when none of the selected files is a `site` test.
 *
 * Developers: `SKIP_BUILD=1 npx vitest run` reuses an existing dist/;
 * `TEST_DIST_DIR=/some/folder` serves that folder instead of dist/ (no build).
 */
import { configDefaults, defineConfig } from 'vitest/config';
import SummaryReporter from './tests/setup/summary-reporter.ts';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 10 * 60_000,
    teardownTimeout: 60_000,
    // The machines (developers' and CI's) have 2 cores; each e2e file runs its own Chromium.
    maxWorkers: 2,
    // Each test file's temporary folders in one folder of its own, removed after the file.
    setupFiles: ['tests/setup/temp-folders.ts'],
    // Printed last: `N passed, N failed[, N skipped]` (CI reads that line).
    reporters: ['default', new SummaryReporter()],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/unit/**', 'tests/content/**', 'tests/fixtures/**'],
          globalSetup: ['tests/setup/global-setup.ts'],
        },
      },
    ],
  },
});
