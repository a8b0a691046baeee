// @ts-check
import { AREAS } from './scripts/mutation-summary.mjs';

/**
 * Mutation testing with StrykerJS: `npm run mutation` (docs/mutation.md).
 *
 * Mutates the TypeScript of the areas whose score the team keeps (AREAS in
 * scripts/mutation-summary.mjs) and runs the `unit` tests only (vitest.mutation.config.ts:
 * tests/unit/ and tests/content/, no site build), each mutant against the tests that cover it.
 * The report: reports/mutation/ (HTML and JSON; git-ignored), then scripts/mutation-summary.mjs
 * prints the score per folder of src/lib and of the areas.
 *
 * Another selection replaces the list: all of src/lib (the .mjs build helpers are never mutated)
 * with `npm run mutation -- --mutate 'src/lib/**\/*.ts'`, which takes many hours on two cores
 * (docs/mutation.md); one file with `npm run mutation -- --mutate src/lib/routes/registry.ts`.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  mutate: AREAS.flatMap(([, paths]) => paths.map((path) => (path.endsWith('/') ? `${path}**/*.ts` : path))),
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  // The machines have 2 cores.
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Not needed by the unit tests: not copied to Stryker's sandboxes (.stryker-tmp/).
  ignorePatterns: ['/dist', '/.astro', '/.test-builds', '/bench/node_modules', '/bench/.work', '/tmp'],
  tempDirName: '.stryker-tmp',
  // Report only: no score fails the run (the scores the team keeps are in docs/mutation.md).
  thresholds: { high: 80, low: 60, break: null },
};

export default config;
