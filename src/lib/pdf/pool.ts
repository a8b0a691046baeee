/**
 * Makes the build's PDFs on worker threads when the build has bundled the worker
 * (src/integrations/pdf-workers.ts sets PDF_WORKER_ENV to its file): one worker per core, each
 * making one PDF at a time, so pdfkit runs while the build's own thread bundles and renders
 * pages, and uses every core while that thread waits for a PDF (a page showing its size, or the
 * file itself). Without the variable (the dev server, unit tests) each PDF is made in this thread.
 * Both give the same bytes: the PDFs are deterministic.
 *
 * A page asking for a PDF (makePdf) gets a promise; pages asking for the same job (keyed by a hash
 * of its JSON) share it: the same job is the same PDF. Each job is sent to a worker as soon as it
 * is asked for, and each worker works through its own queue, so the workers never wait for this
 * thread to hand them the next one. The integration and the pages load this file as two separate
 * modules (the config, and the bundle of the pages), so the PDFs live on globalThis, shared by
 * both.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cacheFile, readCached, writeCached } from './cache';
import { describeJob, makePdfHere, type PdfJob } from './jobs';

/** The environment variable naming the bundled worker file. */
export const PDF_WORKER_ENV = 'ALIANZA_PDF_WORKER';

interface Waiting {
  job: PdfJob;
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  /** The jobs sent to it and not answered yet, by id: it makes them one after the other. */
  sent: Map<number, Waiting>;
}

interface Pool {
  threads: Thread[];
  nextId: number;
  /** Every PDF asked for, by its key (keyOf). */
  made: Map<string, Promise<Uint8Array>>;
  /** What this build made, and what it took from the cache of earlier builds (describeJob). */
  fresh: string[];
  cached: string[];
}

const POOL = Symbol.for('alianza.pdf-pool');

function pool(): Pool {
  const global = globalThis as { [POOL]?: Pool };
  global[POOL] ??= { threads: [], nextId: 0, made: new Map(), fresh: [], cached: [] };
  return global[POOL];
}

function start(file: string, state: Pool): Thread {
  const thread: Thread = { worker: new Worker(file), sent: new Map() };
  thread.worker.on('message', (answer: { id: number; bytes?: Uint8Array; error?: string }) => {
    const waiting = thread.sent.get(answer.id);
    if (!waiting) return;
    thread.sent.delete(answer.id);
    if (answer.bytes) waiting.resolve(answer.bytes);
    else waiting.reject(new Error(`${describeJob(waiting.job)} failed in a PDF worker:\n${answer.error}`));
    // An idle worker does not keep the build running; a busy one does.
    if (thread.sent.size === 0) thread.worker.unref();
  });
  thread.worker.on('error', (error) => {
    state.threads.splice(state.threads.indexOf(thread), 1);
    for (const waiting of thread.sent.values()) waiting.reject(new Error(`${describeJob(waiting.job)}: a PDF worker stopped: ${error.message}`));
    thread.sent.clear();
  });
  thread.worker.unref();
  return thread;
}

/**
 * Sends a job to the worker with the fewest, starting them the first time. Each worker queues
 * what it is sent, so it goes on working while this thread is busy (bundling, rendering) and
 * cannot hand it the next job.
 */
function enqueue(file: string, state: Pool, job: PdfJob): Promise<Uint8Array> {
  startThreads(file, state);
  const made = new Promise<Uint8Array>((resolve, reject) => {
    const thread = state.threads.reduce<Thread | undefined>((best, t) => (!best || t.sent.size < best.sent.size ? t : best), undefined);
    if (!thread) {
      reject(new Error(`${describeJob(job)}: every PDF worker stopped`));
      return;
    }
    const id = state.nextId++;
    thread.sent.set(id, { job, resolve, reject });
    thread.worker.ref();
    thread.worker.postMessage({ id, job });
  });
  return made;
}

/** A job's PDF from the cache of earlier builds, or made by a worker (and then kept there). */
function produce(file: string, state: Pool, job: PdfJob): Promise<Uint8Array> {
  const kept = cacheFile(job, file);
  const hit = readCached(kept);
  if (hit) {
    state.cached.push(describeJob(job));
    return Promise.resolve(hit);
  }
  const made = enqueue(file, state, job).then((bytes) => {
    writeCached(kept, bytes);
    state.fresh.push(describeJob(job));
    return bytes;
  });
  made.catch(() => undefined);
  return made;
}

/** Starts one worker per core, the first time. */
function startThreads(file: string, state: Pool): void {
  if (state.threads.length > 0) return;
  for (let i = 0; i < availableParallelism(); i++) state.threads.push(start(file, state));
}

/**
 * Starts the workers of the bundled worker file before there is any job, so they load pdfkit
 * while the build does other things. Idle, they do not keep the process running.
 */
export function startPdfWorkers(file: string): void {
  startThreads(file, pool());
}

/** A job's key: the hash of its JSON (the same job, the same PDF), not the whole text it holds. */
const keyOf = (job: PdfJob) => createHash('sha256').update(JSON.stringify(job)).digest('base64');

/** The PDF of a job, from the workers if the build has them (made once per job), else made here. */
export function makePdf(job: PdfJob): Promise<Uint8Array> {
  const file = process.env[PDF_WORKER_ENV];
  if (!file) return makePdfHere(job);
  const state = pool();
  const key = keyOf(job);
  let made = state.made.get(key);
  if (!made) {
    made = produce(file, state, job);
    state.made.set(key, made);
  }
  return made;
}

/** What this build made, and what it took from the cache of earlier builds (describeJob), sorted. */
export function pdfReport(): { fresh: string[]; cached: string[] } {
  const { fresh, cached } = pool();
  return { fresh: [...fresh].sort(), cached: [...cached].sort() };
}
