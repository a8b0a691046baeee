/**
 * The build's PDFs, made on the other cores from the moment the build starts:
 *
 * 1. When the build starts (Astro has synced the content, and has not yet bundled the pages),
 *    bundles the PDF worker (src/lib/pdf-worker.ts) and the PDF planner
 *    (src/lib/pdf-plan-worker.ts) with esbuild into node_modules/.cache/alianza/ (inside the
 *    project, so their imports of pdfmake and the rest resolve to its node_modules), and tells
 *    src/lib/pdf-pool.ts where the worker is.
 * 2. Starts the planner on a thread of its own: it reads the synced content and answers with every
 *    PDF the site has, which the pool queues. The workers make them while Astro bundles and
 *    renders the pages; a page asking for one gets it from the pool.
 * 3. When the build is done, says how the plan matched what the pages asked for. A PDF asked for
 *    but not planned was made while its page waited; one planned but never asked for was made
 *    for nothing. Either is a warning naming the PDFs: the site is right, only slower to build.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { build, type Plugin } from 'esbuild';
import { describeJob, type PdfJob } from '../lib/pdf-jobs';
import { PDF_WORKER_ENV, planPdfs, planReport } from '../lib/pdf-pool';

const WORKER_SOURCE = 'src/lib/pdf-worker.ts';
const PLANNER_SOURCE = 'src/lib/pdf-plan-worker.ts';
/** What the planner's bundle reads instead of `astro:content`. */
const CONTENT_STAND_IN = 'src/lib/content-store.ts';

/** Bundles one of the thread files into node_modules/.cache/alianza/ and returns its path. */
async function bundle(root: string, source: string, name: string, plugins: Plugin[] = []): Promise<string> {
  const dir = join(root, 'node_modules/.cache/alianza');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  await build({
    entryPoints: [join(root, source)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    legalComments: 'none',
    logLevel: 'silent',
    plugins,
  });
  return file;
}

/** Writes the bundled PDF worker and returns its path. */
export const bundlePdfWorker = (root: string) => bundle(root, WORKER_SOURCE, 'pdf-worker.mjs');

/** Writes the bundled planner, which reads `astro:content` from Astro's data store, and returns its path. */
export const bundlePdfPlanner = (root: string) =>
  bundle(root, PLANNER_SOURCE, 'pdf-plan-worker.mjs', [
    {
      name: 'astro-content-stand-in',
      setup(build) {
        build.onResolve({ filter: /^astro:content$/ }, () => ({ path: join(root, CONTENT_STAND_IN) }));
      },
    },
  ]);

/** Runs the bundled planner on the data store Astro wrote, and returns its jobs. */
export function runPdfPlanner(file: string, dataStore: string): Promise<PdfJob[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { dataStore } });
    worker.once('message', (jobs: PdfJob[]) => resolve(jobs));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the planner stopped (exit code ${code}) without answering`)));
  });
}

/** "protocol PDF «Ruta…», kit PDF «…» and 3 more" */
function some(jobs: PdfJob[]): string {
  const named = jobs.slice(0, 5).map(describeJob).join(', ');
  return jobs.length > 5 ? `${named} and ${jobs.length - 5} more` : named;
}

function report(logger: AstroIntegrationLogger): void {
  const { planned, asked, late, unused } = planReport();
  const hint = `Check that ${PLANNER_SOURCE} reads the content as the pages do (src/data/pdf-plan.ts).`;
  if (late.length > 0) logger.warn(`${late.length} PDFs were not planned and were made while their pages waited: ${some(late)}. ${hint}`);
  if (unused.length > 0) logger.warn(`${unused.length} PDFs were planned but no page asked for them: ${some(unused)}. ${hint}`);
  logger.info(`PDF plan: ${planned} planned, ${asked} asked for by pages, ${late.length} not planned, ${unused.length} unused`);
}

export function pdfWorkers(): AstroIntegration {
  let root = process.cwd();
  let dataStore = '';
  let planning: Promise<void> | undefined;
  return {
    name: 'alianza:pdf-workers',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        // Where a build keeps its content data store (Astro's getDataStoreFile, outside dev).
        dataStore = fileURLToPath(new URL('data-store.json', config.cacheDir));
      },
      'astro:build:start': async ({ logger }) => {
        const [worker, planner] = await Promise.all([bundlePdfWorker(root), bundlePdfPlanner(root)]);
        process.env[PDF_WORKER_ENV] = worker;
        logger.info(`PDFs are made on worker threads (${WORKER_SOURCE})`);
        if (!existsSync(dataStore)) {
          logger.warn(`No content data store at ${dataStore}: each PDF will be made when a page asks for it.`);
          return;
        }
        // Not awaited: Astro bundles the pages meanwhile.
        planning = runPdfPlanner(planner, dataStore).then(
          (jobs) => {
            logger.info(`${planPdfs(jobs)} PDFs queued before the pages are rendered`);
          },
          (error: unknown) => {
            logger.warn(`The PDF planner failed, so each PDF will be made when a page asks for it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          },
        );
      },
      'astro:build:done': async ({ logger }) => {
        await planning;
        if (planning) report(logger);
      },
    },
  };
}
