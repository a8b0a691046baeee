/**
 * The build's PDFs, made on the other cores from the moment the build starts:
 *
 * 1. When a build is set up, bundles the PDF worker (src/lib/pdf/worker.ts) and the PDF planner
 *    (src/data/pdf-plan/worker.ts) with esbuild into node_modules/.cache/alianza/ (inside the
 *    project, so their imports of pdfkit and the rest resolve to its node_modules), and starts
 *    the PDF workers and the planner, each on a thread of its own, where they load their modules
 *    while Astro syncs the content.
 * 2. When the build starts (Astro has synced the content, and has not yet bundled the pages), tells
 *    src/lib/pdf/pool.ts where the worker is and sends the planner the content's data store: it
 *    answers with every PDF the site has, which the pool queues. The workers make them while Astro
 *    bundles and renders the pages; a page asking for one gets it from the pool.
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
import { addCitationTemplates } from '../lib/protocols/citation-templates';
import type { PdfJob } from '../lib/pdf/jobs';
import { PDF_WORKER_ENV, planPdfs, planReport, startPdfWorkers } from '../lib/pdf/pool';

const WORKER_SOURCE = 'src/lib/pdf/worker.ts';
const PLANNER_SOURCE = 'src/data/pdf-plan/worker.ts';
/** What the planner's bundle reads instead of `astro:content`. */
const CONTENT_STAND_IN = 'src/integrations/pdf-content-store.ts';

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

export interface PlannerAnswers {
  /** Every PDF of the site. */
  jobs: Promise<PdfJob[]>;
  /** Then the citation templates of the protocol pages. */
  templates: Promise<[string, string][]>;
}

/** Runs the bundled planner on the data store Astro wrote. */
export function runPdfPlanner(file: string, dataStore: string): PlannerAnswers {
  return answersOf(new Worker(file, { workerData: { dataStore } }));
}

function answersOf(worker: Worker): PlannerAnswers {
  let stopped: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    stopped = reject;
  });
  failed.catch(() => undefined);
  const answer = <T>(field: 'jobs' | 'templates') =>
    Promise.race([
      new Promise<T>((resolve) => {
        const listen = (message: Record<string, unknown>) => {
          if (!(field in message)) return;
          worker.off('message', listen);
          resolve(message[field] as T);
        };
        worker.on('message', listen);
      }),
      failed,
    ]);
  const answers = { jobs: answer<PdfJob[]>('jobs'), templates: answer<[string, string][]>('templates') };
  answers.jobs.catch(() => undefined);
  answers.templates.catch(() => undefined);
  worker.once('error', (error) => stopped(error));
  worker.once('exit', (code) => stopped(new Error(`the planner stopped (exit code ${code}) before it answered`)));
  return answers;
}

interface EarlyPlanner {
  /** The bundled PDF worker. */
  worker: string;
  /** The planner's thread, loading its modules until it is sent the data store. */
  thread: Worker;
  answers: PlannerAnswers;
}

/**
 * Bundles both threads (while the content is checked) and starts them (while Astro syncs it): the
 * PDF workers, which load pdfkit and the layouts, and the planner, which loads its modules
 * (citeproc, the site's data code) and waits to be sent the data store. None of them keeps the
 * process alive until then, so a build stopped by bad content ends as before.
 */
async function startEarly(root: string): Promise<EarlyPlanner> {
  const [worker, planner] = await Promise.all([bundlePdfWorker(root), bundlePdfPlanner(root)]);
  startPdfWorkers(worker);
  const thread = new Worker(planner);
  thread.unref();
  return { worker, thread, answers: answersOf(thread) };
}

/** "protocol PDF «Ruta…», kit PDF «…» and 3 more" */
function some(pdfs: string[]): string {
  const named = pdfs.slice(0, 5).join(', ');
  return pdfs.length > 5 ? `${named} and ${pdfs.length - 5} more` : named;
}

function report(logger: AstroIntegrationLogger): void {
  const { planned, asked, late, unused } = planReport();
  const hint = `Check that ${PLANNER_SOURCE} reads the content as the pages do (src/data/pdf-plan/plan.ts).`;
  if (late.length > 0) logger.warn(`${late.length} PDFs were not planned and were made while their pages waited: ${some(late)}. ${hint}`);
  if (unused.length > 0) logger.warn(`${unused.length} PDFs were planned but no page asked for them: ${some(unused)}. ${hint}`);
  logger.info(`PDF plan: ${planned} planned, ${asked} asked for by pages, ${late.length} not planned, ${unused.length} unused`);
}

export function pdfWorkers(): AstroIntegration {
  let dataStore = '';
  let early: Promise<EarlyPlanner> | undefined;
  let planning: Promise<void> | undefined;
  return {
    name: 'alianza:pdf-workers',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        early = startEarly(fileURLToPath(config.root));
        early.catch(() => undefined);
      },
      'astro:config:done': ({ config }) => {
        // Where a build keeps its content data store (Astro's getDataStoreFile, outside dev).
        dataStore = fileURLToPath(new URL('data-store.json', config.cacheDir));
      },
      'astro:build:start': async ({ logger }) => {
        if (!early) return;
        const { worker, thread, answers } = await early;
        process.env[PDF_WORKER_ENV] = worker;
        logger.info(`PDFs are made on worker threads (${WORKER_SOURCE})`);
        if (!existsSync(dataStore)) {
          await thread.terminate();
          logger.warn(`No content data store at ${dataStore}: each PDF will be made when a page asks for it.`);
          return;
        }
        thread.ref();
        thread.postMessage({ dataStore });
        // Not awaited: Astro bundles the pages meanwhile.
        const why = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
        planning = Promise.all([
          answers.jobs.then(
            (jobs) => logger.info(`${planPdfs(jobs)} PDFs queued before the pages are rendered`),
            (error: unknown) => logger.warn(`The PDF planner failed, so each PDF will be made when a page asks for it: ${why(error)}`),
          ),
          answers.templates.then(
            (templates) => logger.info(`${addCitationTemplates(templates)} citation templates made by the planner`),
            (error: unknown) => logger.warn(`The planner made no citation templates, so the pages make them: ${why(error)}`),
          ),
        ]).then(() => thread.unref());
      },
      'astro:build:done': async ({ logger }) => {
        await planning;
        if (planning) report(logger);
      },
    },
  };
}
