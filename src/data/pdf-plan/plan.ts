/**
 * Every PDF a build makes, as jobs for the PDF workers (src/lib/pdf/pool.ts), in the order Astro
 * renders the routes that need them: posters, lessons, kits, protocols. The same functions make
 * the jobs the pages ask for, so each planned PDF is the one a page gets.
 *
 * Run at the start of a build by src/data/pdf-plan/worker.ts, before Astro bundles the pages, so
 * the workers make the PDFs while the build's own thread bundles them; then the citations.
 */
import { citationTemplates } from '../../lib/protocols/citation-templates';
import type { PdfJob } from '../../lib/pdf/jobs';
import { posterPdfJobs } from '../campaign-files';
import { kitPdfJobs } from '../kit-files';
import { citationsOf, protocolPdfJobs } from '../protocol-files';
import { allVersions } from '../protocols';

export const allPdfJobs = (): PdfJob[] => [...posterPdfJobs(), ...kitPdfJobs(), ...protocolPdfJobs()];

/**
 * The citation templates the protocol pages will need (src/lib/protocols/citations.ts): making them runs
 * citeproc, which costs a second or two when a thread first uses it. The planner makes them and
 * the build's thread, which renders the pages, is given them.
 */
export function allCitationTemplates(): [string, string][] {
  for (const { version } of allVersions()) {
    citationsOf(version);
    // Any section gives the template of them all; a plain title makes sure one is made.
    const [first] = version.outline.sections;
    if (first) citationsOf(version, { ...first, number: '1', title: 'Sección' });
  }
  return citationTemplates();
}
