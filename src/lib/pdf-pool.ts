/**
 * Makes the build's PDFs on worker threads when the build has bundled the worker
 * (src/integrations/pdf-workers.ts sets PDF_WORKER_ENV to its file): one worker per core, each
 * making one PDF at a time, so pdfmake runs while the build's own thread renders pages, and uses
 * every core while that thread waits for a PDF (a page showing its size, or the file itself).
 * Without the variable (the dev server, unit tests) each PDF is made in this thread. Both give
 * the same bytes: the PDFs are deterministic.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describeJob, makePdfHere, type PdfJob } from './pdf-jobs';

/** The environment variable naming the bundled worker file. */
export const PDF_WORKER_ENV = 'ALIANZA_PDF_WORKER';

interface Waiting {
  job: PdfJob;
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  busy: { id: number; waiting: Waiting } | undefined;
}

const queue: Waiting[] = [];
const threads: Thread[] = [];
let nextId = 0;

function start(file: string): Thread {
  const thread: Thread = { worker: new Worker(file), busy: undefined };
  thread.worker.on('message', (answer: { id: number; bytes?: Uint8Array; error?: string }) => {
    const busy = thread.busy;
    if (!busy || busy.id !== answer.id) return;
    thread.busy = undefined;
    if (answer.bytes) busy.waiting.resolve(answer.bytes);
    else busy.waiting.reject(new Error(`${describeJob(busy.waiting.job)} failed in a PDF worker:\n${answer.error}`));
    feed(thread);
  });
  thread.worker.on('error', (error) => {
    const busy = thread.busy;
    thread.busy = undefined;
    threads.splice(threads.indexOf(thread), 1);
    busy?.waiting.reject(new Error(`${describeJob(busy.waiting.job)}: a PDF worker stopped: ${error.message}`));
    // With no worker left, nothing would ever answer the jobs still queued.
    if (threads.length === 0) {
      for (const waiting of queue.splice(0)) waiting.reject(new Error(`${describeJob(waiting.job)}: every PDF worker stopped (${error.message})`));
    }
  });
  // An idle worker does not keep the build running; a busy one does (see feed()).
  thread.worker.unref();
  return thread;
}

function feed(thread: Thread): void {
  const waiting = queue.shift();
  if (!waiting) {
    thread.worker.unref();
    return;
  }
  thread.worker.ref();
  thread.busy = { id: nextId++, waiting };
  thread.worker.postMessage({ id: thread.busy.id, job: waiting.job });
}

/**
 * Whether PDFs are made on workers. Only then does asking for every PDF at once pay: without
 * workers (the dev server) it would make them all in the thread that serves the page.
 */
export const pdfWorkersOn = (): boolean => Boolean(process.env[PDF_WORKER_ENV]);

/** The PDF of a job, from a worker if the build has one, else made here. */
export function makePdf(job: PdfJob): Promise<Uint8Array> {
  const file = process.env[PDF_WORKER_ENV];
  if (!file) return makePdfHere(job);
  if (threads.length === 0) {
    for (let i = 0; i < availableParallelism(); i++) threads.push(start(file));
  }
  return new Promise<Uint8Array>((resolve, reject) => {
    queue.push({ job, resolve, reject });
    const idle = threads.find((thread) => !thread.busy);
    if (idle) feed(idle);
  });
}
