/**
 * The PDFs the build makes, by kind: what a PDF worker (./pdf-worker.ts) can be asked to make and
 * what is made in the build's own thread when there is no worker (./pdf-pool.ts).
 *
 * The makers (pdfkit, fontkit and the font: about 0.2 s to load) are loaded when a PDF is first made
 * here, not when this file is: the config loads it (through ./pdf-pool.ts) for every Astro
 * command, and in a build only the workers make PDFs.
 */
import type { kitPdf, lessonPdf } from '../kits/pdf/make';
import type { posterPdf } from '../campaigns/poster/pdf';
import type { protocolPdf } from '../protocols/pdf';

type Makers = { protocol: typeof protocolPdf; kit: typeof kitPdf; lesson: typeof lessonPdf; poster: typeof posterPdf };

const MAKERS: { [K in keyof Makers]: () => Promise<Makers[K]> } = {
  protocol: () => import('../protocols/pdf').then((m) => m.protocolPdf),
  kit: () => import('../kits/pdf/make').then((m) => m.kitPdf),
  lesson: () => import('../kits/pdf/make').then((m) => m.lessonPdf),
  poster: () => import('../campaigns/poster/pdf').then((m) => m.posterPdf),
};

/** One PDF to make: its kind and the plain data it is made from (copied to a worker as it is). */
export type PdfJob = { [K in keyof Makers]: { kind: K; input: Parameters<Makers[K]>[0] } }[keyof Makers];

/** Loads every maker (and pdfkit with them), so that the first PDF of each kind does not wait. */
export async function loadPdfMakers(): Promise<void> {
  await Promise.all(Object.values(MAKERS).map((load) => load()));
}

/** Makes the PDF of a job in this thread. */
export async function makePdfHere(job: PdfJob): Promise<Uint8Array> {
  const make = (await MAKERS[job.kind]()) as (input: PdfJob['input']) => Promise<Uint8Array>;
  return make(job.input);
}

/** "protocol «Ruta de derivación…»": the job named in an error. */
export function describeJob(job: PdfJob): string {
  const input = job.input as { title?: string; kitTitle?: string; lesson?: { title?: string } };
  const title = input.lesson?.title ?? input.title ?? input.kitTitle ?? '';
  return `${job.kind} PDF «${title}»`;
}
