/**
 * `npm run mutation` (docs/mutation.md): what Stryker mutates and runs, and the summary printed
 * at the end from its JSON report (scripts/mutation-summary.mjs).
 */
import { describe, expect, it } from 'vitest';
import { summary } from '../../scripts/mutation-summary.mjs';
import strykerConfig from '../../stryker.config.mjs';
import mutationVitest from '../../vitest.mutation.config.ts';

const mutants = (statuses: Record<string, number>) =>
  Object.entries(statuses).flatMap(([status, n]) => Array.from({ length: n }, () => ({ status })));

describe('the mutation summary', () => {
  it('prints the score of each folder of src/lib, of the areas found in the report, and of the whole run', () => {
    const report = {
      files: {
        'src/lib/content/check.ts': { mutants: mutants({ Killed: 6, Survived: 1, NoCoverage: 1 }) },
        'src/lib/content/rules.ts': { mutants: mutants({ Killed: 2, Timeout: 1, CompileError: 3, Ignored: 2 }) },
        'src/lib/routes/registry.ts': { mutants: mutants({ Killed: 3, Survived: 1 }) },
        'src/lib/routes/urls.ts': { mutants: mutants({ Survived: 2 }) },
        'src/lib/text/slug.ts': { mutants: mutants({ CompileError: 1 }) },
      },
    };
    expect(summary(report, '/repo')).toEqual([
      'Mutation score per folder:',
      '  src/lib/content 81.8 % (8 killed, 1 timed out, 1 survived, 1 no coverage)',
      '  src/lib/routes 50.0 % (3 killed, 3 survived, 0 no coverage)',
      '  src/lib/text n/a (0 killed, 0 survived, 0 no coverage)',
      'The areas (docs/mutation.md keeps each at 80 % or more):',
      '  the content check (src/lib/content/) 81.8 % (8 killed, 1 timed out, 1 survived, 1 no coverage)',
      '  the URL registry (src/lib/routes/registry.ts) 75.0 % (3 killed, 1 survived, 0 no coverage)',
      'All mutated files: 70.6 % (11 killed, 1 timed out, 4 survived, 1 no coverage)',
    ]);
  });

  it('reads file names given with the full path', () => {
    const report = { files: { '/repo/src/lib/protocols/diff.ts': { mutants: mutants({ Killed: 1 }) } } };
    expect(summary(report, '/repo')).toContain('  protocol diffs (src/lib/protocols/diff.ts) 100.0 % (1 killed, 0 survived, 0 no coverage)');
  });
});

describe('npm run mutation', () => {
  it('mutates the TypeScript of the areas by default', () => {
    expect(strykerConfig.mutate).toEqual([
      'src/lib/content/**/*.ts',
      'src/lib/routes/registry.ts',
      'src/lib/protocols/citations.ts',
      'src/lib/protocols/citation-templates.ts',
      'src/lib/protocols/diff.ts',
      'src/lib/tools/decision-tree.ts',
      'src/lib/markdown/rehype-guard.ts',
      'src/lib/facts/**/*.ts',
    ]);
    expect(strykerConfig.coverageAnalysis).toBe('perTest');
  });

  it('runs the unit tests only, never the site build', () => {
    expect(mutationVitest.test?.include).toEqual(['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts']);
    expect(mutationVitest.test?.projects).toBeUndefined();
    expect(mutationVitest.test?.globalSetup).toBeUndefined();
  });
});
