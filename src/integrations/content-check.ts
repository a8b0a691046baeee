import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/content-check';
import { contentDir } from '../site';

/**
 * Checks content/ before Astro loads it, so that `astro build` and `astro dev` stop with every
 * problem listed by file, field and fix, rather than Astro's first schema error.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'alianza:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { entries, problems } = checkContent(contentDir, process.cwd());
        if (problems.length > 0) {
          const error = new Error(formatProblems(problems));
          error.name = 'ContentError';
          throw error;
        }
        logger.info(`${entries.length} content entries checked`);
      },
    },
  };
}
