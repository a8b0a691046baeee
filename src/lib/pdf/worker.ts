/**
 * A PDF worker: a thread of the build that makes the PDFs it is sent (see ./pdf-pool.ts), so that
 * pdfkit, the build's costliest step, runs beside the rendering of pages instead of between them.
 * Bundled by src/integrations/pdf-workers.ts; each message is { id, job }, each answer
 * { id, bytes } or { id, error }, in the order the jobs came.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { loadPdfMakers, makePdfHere, type PdfJob } from './jobs';

if (!parentPort) throw new Error('pdf-worker: this file runs as a worker thread (src/lib/pdf/pool.ts starts it)');
const port = parentPort;

// The build's own thread comes first: it bundles and renders the pages, the longest chain of the
// build, while the PDFs can be made in any order before their pages need them. So this thread
// yields the CPU to it (the lowest priority, 19) and works when a core is free, as it is whenever
// that thread waits for a PDF. On Linux, setpriority() on "this process" changes only the calling
// thread; elsewhere it would change the whole build, so it is left alone there.
if (process.platform === 'linux') setPriority(19);

// The worker starts before there is anything to make (src/lib/pdf/pool.ts, startPdfWorkers),
// while the build's thread syncs the content: it loads pdfkit and the layouts meanwhile.
// If they fail to load, each job fails with the error (makePdfHere loads them again), not the thread.
const loaded = loadPdfMakers();
loaded.catch(() => undefined);

// Jobs are made one after the other, in the order they came; the build sends them ahead.
const jobs: { id: number; job: PdfJob }[] = [];
let working = false;

async function work(): Promise<void> {
  working = true;
  await loaded.catch(() => undefined);
  for (let next = jobs.shift(); next; next = jobs.shift()) {
    const { id, job } = next;
    try {
      // A copy in an ArrayBuffer of its own, which is handed over rather than copied again.
      const bytes = new Uint8Array(await makePdfHere(job));
      port.postMessage({ id, bytes }, [bytes.buffer]);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  working = false;
}

port.on('message', (message: { id: number; job: PdfJob }) => {
  jobs.push(message);
  if (!working) void work();
});
