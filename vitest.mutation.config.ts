/**
 * The Vitest configuration StrykerJS runs (`npm run mutation`, stryker.config.mjs): the `unit`
 * project of vitest.config.ts alone, its include list read from there so the two never drift.
 * The `site` project (it builds the whole site) never runs under Stryker.
 *
 * Left out: tests/unit/architecture.test.ts. It checks the layout of the source files (line
 * counts, imports), and Stryker's instrumented copies of src/lib are far longer than 400 lines,
 * so it fails in the sandbox whatever the mutant; it kills no mutant of src/lib either.
 */
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

const unit = base.test?.projects?.find(
  (project): project is { test: { name: string; include: string[] } } =>
    typeof project === 'object' && 'test' in project && project.test?.name === 'unit',
);
if (!unit) throw new Error('vitest.config.ts has no project named "unit"');

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: base.test?.testTimeout ?? 60_000,
    hookTimeout: base.test?.hookTimeout ?? 60_000,
    setupFiles: base.test?.setupFiles ?? [],
    include: unit.test.include,
    exclude: [...configDefaults.exclude, 'tests/unit/architecture.test.ts'],
  },
});
