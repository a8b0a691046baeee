/**
 * Every PDF a build makes, as jobs for the PDF workers (src/lib/pdf-pool.ts), in the order Astro
 * renders the routes that need them: posters, lessons, kits, protocols. The same functions make
 * the jobs the pages ask for, so each planned PDF is the one a page gets.
 *
 * Run at the start of a build by src/lib/pdf-plan-worker.ts, before Astro bundles the pages, so
 * the workers make the PDFs while the build's own thread bundles them.
 */
import type { PdfJob } from '../lib/pdf-jobs';
import { posterPdfJobs } from './campaign-files';
import { kitPdfJobs } from './kit-files';
import { protocolPdfJobs } from './protocol-files';

export const allPdfJobs = (): PdfJob[] => [...posterPdfJobs(), ...kitPdfJobs(), ...protocolPdfJobs()];
