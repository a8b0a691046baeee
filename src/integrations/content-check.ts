import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content/check';
import { formatProblems, type CheckedEntry } from '../lib/content/problems';
import { rmSync } from 'node:fs';
import { factsAmong, formatStrict, strictProblems } from '../lib/content/strict';
import { formatStale, staleFacts } from '../lib/facts/freshness';
import { buildDate } from '../lib/protocols/versions';
import { takeGuardFailures } from '../lib/markdown/rehype-guard';
import { contentDir } from '../site';

/**
 * Checks content/ before Astro loads it, so that `astro build` and `astro dev` stop with every
 * problem listed by file, field and fix, rather than Astro's first schema error.
 *
 * With STRICT=1 (`npm run build:strict`), it also refuses to build while any entry is sample
 * content, a draft translation is shown without a notice, or a fact of the registry was not
 * verified in the last 12 months, listing them all (src/lib/content/strict.ts); draft translations
 * shown with a notice are listed as a warning. A normal build warns about facts past that date.
 */
let checked: CheckedEntry[] | undefined;

/**
 * The entries the check read when this build started (what Astro then built), for integrations
 * that need them when the build is done (src/integrations/url-registry.ts); undefined before.
 */
export const checkedEntries = (): CheckedEntry[] | undefined => checked;

export function contentCheck(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'alianza:content-check',
    hooks: {
      'astro:config:setup': ({ logger, config }) => {
        cacheDir = config.cacheDir;
        const { entries, problems } = checkContent(contentDir, process.cwd());
        if (problems.length > 0) {
          const error = new Error(formatProblems(problems));
          error.name = 'ContentError';
          throw error;
        }
        checked = entries;
        logger.info(`${entries.length} content entries checked`);
        const today = buildDate();
        if (process.env.STRICT && process.env.STRICT !== '0') {
          const strict = strictProblems(entries, today);
          if (strict.some((p) => p.refused)) {
            const error = new Error(formatStrict(strict));
            error.name = 'StrictContentError';
            throw error;
          }
          if (strict.length > 0) logger.warn(formatStrict(strict));
          else logger.info(formatStrict(strict));
        } else {
          // A normal build publishes facts past their verification date, and says so.
          const stale = staleFacts(factsAmong(entries), today);
          if (stale.length > 0) logger.warn(formatStale(stale));
        }
      },
      // Astro renders Markdown (.md) entries while syncing content and only logs what the rehype
      // guard throws there (src/lib/markdown/rehype-guard.ts): fail the build with it now. The content cache
      // is dropped too, or the next build would reuse the entry without rendering it again.
      'astro:build:start': () => {
        const failures = takeGuardFailures();
        if (failures.length === 0) return;
        if (cacheDir) rmSync(new URL('data-store.json', cacheDir), { force: true });
        const error = new Error(failures.join('\n\n'));
        error.name = 'UnsafeContentError';
        throw error;
      },
    },
  };
}
