/**
 * The PDF planner: a thread started by src/integrations/pdf-workers.ts when a build starts, once
 * Astro has synced the content. It reads the content as the pages will (with `astro:content`
 * bundled as src/integrations/pdf-content-store.ts), makes the jobs of every PDF the site has (src/data/pdf-plan/plan.ts)
 * and sends them to the build's thread, which queues them for the PDF workers while Astro bundles
 * the pages; then the citation templates the protocol pages need (src/lib/protocols/citations.ts), so
 * citeproc runs here and not in the thread that renders the pages. An error stops this thread
 * only; the build then makes each PDF, and each template, when a page asks.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { allCitationTemplates, allPdfJobs } from './plan';

if (!parentPort) throw new Error('pdf-plan-worker: this file runs as a worker thread (src/integrations/pdf-workers.ts starts it)');
parentPort.postMessage({ jobs: allPdfJobs() });
// Then, while the workers start on those, the citation templates of the protocol pages, which are
// not needed before Astro renders them: at the PDF workers' priority, so that they do not take
// the second core from the PDFs while the build's own thread has the first (Linux only, as in
// ./pdf-worker.ts).
if (process.platform === 'linux') setPriority(19);
parentPort.postMessage({ templates: allCitationTemplates() });
