/**
 * Before the build renders any page: bundles the PDF worker (src/lib/pdf-worker.ts) with esbuild
 * into node_modules/.cache/alianza/ (inside the project, so its imports of pdfmake and the rest
 * resolve to the project's node_modules) and tells src/lib/pdf-pool.ts where it is. The build's
 * PDFs are then made on the other cores while pages are rendered.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { PDF_WORKER_ENV } from '../lib/pdf-pool';

const WORKER_SOURCE = 'src/lib/pdf-worker.ts';

/** Writes the bundled worker and returns its path. */
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

export function pdfWorkers(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'alianza:pdf-workers',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
        process.env[PDF_WORKER_ENV] = await bundlePdfWorker(root);
        logger.info(`PDFs are made on worker threads (${WORKER_SOURCE})`);
      },
    },
  };
}
