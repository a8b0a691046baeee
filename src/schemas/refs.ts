import type { z } from 'astro/zod';

/** Collections that other entries may point to by slug. */
export type RefTarget = 'partners' | 'regions' | 'protocols' | 'toolkits' | 'campaigns' | 'tools' | 'hotlines' | 'facts';

/**
 * Builds the schema of a cross-reference. In the site it is Astro's `reference()`; in unit tests
 * and in the content check it is a plain slug, so schemas stay testable without `astro:content`.
 */
export type RefFactory = (collection: RefTarget) => z.ZodType<{ id: string; collection: string }, unknown>;
