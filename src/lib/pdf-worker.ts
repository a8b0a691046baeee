/**
 * A PDF worker: a thread of the build that makes the PDFs it is sent (see ./pdf-pool.ts), so that
 * pdfmake, the build's costliest step, runs beside the rendering of pages instead of between them.
 * Bundled by src/integrations/pdf-workers.ts; each message is { id, job }, each answer
 * { id, bytes } or { id, error }.
 */
import { parentPort } from 'node:worker_threads';
import { makePdfHere, type PdfJob } from './pdf-jobs';

if (!parentPort) throw new Error('pdf-worker: this file runs as a worker thread (src/lib/pdf-pool.ts starts it)');
const port = parentPort;

port.on('message', async ({ id, job }: { id: number; job: PdfJob }) => {
  try {
    // A copy in an ArrayBuffer of its own, which is handed over rather than copied again.
    const bytes = new Uint8Array(await makePdfHere(job));
    port.postMessage({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
