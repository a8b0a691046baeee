import base from './stryker.config.mjs';
export default { ...base, mutate: ['src/lib/markdown/rehype-guard.ts'], vitest: { configFile: 'vitest.guard.tmp.config.ts' } };
