/**
 * The build's PDFs, made on the other cores and kept between builds:
 *
 * 1. When a build is set up, bundles the PDF worker (src/lib/pdf/worker.ts) with esbuild into
 *    node_modules/.cache/alianza/ (inside the project, so its imports of pdfkit and the rest
 *    resolve to its node_modules) and starts the workers, one per core, which load pdfkit and
 *    the layouts while Astro syncs the content.
 * 2. When the build starts, tells src/lib/pdf/pool.ts where the worker is: each PDF a page asks
 *    for comes from the cache of earlier builds (src/lib/pdf/cache.ts) when nothing that changes
 *    its bytes changed, else it is made by a worker and kept.
 * 3. When the build is done, says how many PDFs were made and how many came from the cache, and
 *    writes their names to last-build.json in the cache folder (the build tests read it).
 *
 * The PDFs are not planned ahead from Astro's data store any more (a private file): a page asks
 * for its PDF when Astro renders it; a warm build takes them from the cache.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { cacheDir } from '../lib/pdf/cache';
import { PDF_WORKER_ENV, pdfReport, startPdfWorkers } from '../lib/pdf/pool';

const WORKER_SOURCE = 'src/lib/pdf/worker.ts';

/** Bundles the PDF worker into node_modules/.cache/alianza/ and returns its path. */
export async function bundlePdfWorker(root: string): Promise<string> {
  const dir = join(root, 'node_modules/.cache/alianza');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'pdf-worker.mjs');
  await build({
    entryPoints: [join(root, WORKER_SOURCE)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return file;
}

/** The file a build writes what it made and what it took from the cache to. */
export const LAST_BUILD = 'last-build.json';

export function pdfWorkers(): AstroIntegration {
  let early: Promise<string> | undefined;
  let root = process.cwd();
  return {
    name: 'alianza:pdf-workers',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        root = fileURLToPath(config.root);
        early = bundlePdfWorker(root).then((file) => {
          startPdfWorkers(file);
          return file;
        });
        early.catch(() => undefined);
      },
      'astro:build:start': async ({ logger }) => {
        if (!early) return;
        process.env[PDF_WORKER_ENV] = await early;
        logger.info(`PDFs are made on worker threads (${WORKER_SOURCE}) and kept in ${cacheDir(root)}`);
      },
      'astro:build:done': ({ logger }) => {
        if (!early) return;
        const { fresh, cached } = pdfReport();
        logger.info(`PDFs: ${fresh.length} made, ${cached.length} from the cache of earlier builds`);
        try {
          mkdirSync(cacheDir(root), { recursive: true });
          writeFileSync(join(cacheDir(root), LAST_BUILD), `${JSON.stringify({ made: fresh, cached }, null, 2)}\n`);
        } catch {
          // Only the tests read it.
        }
      },
    },
  };
}
