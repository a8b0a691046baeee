/**
 * The PDFs the build makes, by kind: what a PDF worker (./pdf-worker.ts) can be asked to make and
 * what is made in the build's own thread when there is no worker (./pdf-pool.ts).
 */
import { kitPdf, lessonPdf } from './kit-pdf';
import { posterPdf } from './poster';
import { protocolPdf } from './protocol-pdf';

export const PDF_MAKERS = { protocol: protocolPdf, kit: kitPdf, lesson: lessonPdf, poster: posterPdf } as const;

type Makers = typeof PDF_MAKERS;

/** One PDF to make: its kind and the plain data it is made from (copied to a worker as it is). */
export type PdfJob = { [K in keyof Makers]: { kind: K; input: Parameters<Makers[K]>[0] } }[keyof Makers];

/** Makes the PDF of a job in this thread. */
export function makePdfHere(job: PdfJob): Promise<Uint8Array> {
  const make = PDF_MAKERS[job.kind] as (input: PdfJob['input']) => Promise<Uint8Array>;
  return make(job.input);
}

/** "protocol «Ruta de derivación…»": the job named in an error. */
export function describeJob(job: PdfJob): string {
  const input = job.input as { title?: string; kitTitle?: string; lesson?: { title?: string } };
  const title = input.lesson?.title ?? input.title ?? input.kitTitle ?? '';
  return `${job.kind} PDF «${title}»`;
}
