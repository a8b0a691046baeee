import { configDefaults, defineConfig } from 'vitest/config';
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ['tests/unit/rehype-guard.test.ts', 'tests/unit/rehype-guard-reach.test.ts', 'tests/unit/content-body-edges.test.ts', 'tests/unit/rehype-external-links.test.ts'],
    exclude: [...configDefaults.exclude],
  },
});
