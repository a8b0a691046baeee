/**
 * The PDF plan (src/data/pdf-plan/plan.ts, run by src/integrations/pdf-workers.ts when a build starts):
 * the build makes every PDF from the plan before the pages ask for it, so the plan must name each
 * PDF the site serves, exactly as the pages make it, and no other. Run on the data store the
 * test build left, the planner's jobs must give the PDFs of dist/, byte for byte.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundlePdfPlanner, runPdfPlanner } from '../../src/integrations/pdf-workers';
import { formatCitationUncached, TEMPLATE_SLOTS } from '../../src/lib/protocols/citations';
import { describeJob, makePdfHere, type PdfJob } from '../../src/lib/pdf/jobs';
import { distDir } from '../support/dist';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every PDF file of dist/, by its URL path. */
function distPdfs(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.pdf')) out.set(full.slice(dir.length), sha(readFileSync(full)));
    }
  };
  walk(dir);
  return out;
}

describe('PDF plan', () => {
  // Where `npm run build` keeps its content data store (Astro's cacheDir: node_modules/.astro).
  const dataStore = join(process.cwd(), 'node_modules/.astro/data-store.json');
  let jobs: PdfJob[] = [];
  let templates: [string, string][] = [];

  beforeAll(async () => {
    expect(existsSync(dataStore), `${dataStore}: the test build should have left it`).toBe(true);
    const answers = runPdfPlanner(await bundlePdfPlanner(process.cwd()), dataStore);
    [jobs, templates] = await Promise.all([answers.jobs, answers.templates]);
  }, 60_000);

  it('plans every PDF the site serves, and no other, byte for byte', async () => {
    const served = distPdfs(distDir());
    expect(served.size).toBeGreaterThan(20);
    const planned = new Map<string, string>();
    for (const job of jobs) planned.set(sha(await makePdfHere(job)), describeJob(job));
    const servedHashes = new Set(served.values());
    for (const [path, hash] of served) expect(planned.has(hash), `${path} was not planned`).toBe(true);
    for (const [hash, job] of planned) expect(servedHashes.has(hash), `${job} was planned but is not served`).toBe(true);
  }, 120_000);

  it('lists posters, lessons, kits and protocols, in the order the build asks for them', () => {
    const kinds = [...new Set(jobs.map((j) => j.kind))];
    expect(kinds).toEqual(['poster', 'lesson', 'kit', 'protocol']);
  });

  it('makes the citation templates of the protocol pages, each what citeproc gives', () => {
    // Both styles, both languages, whole versions and sections.
    expect(templates.length).toBeGreaterThanOrEqual(8);
    const kinds = new Set<string>();
    for (const [key, template] of templates) {
      const [style, language, author, year, version, hasSection, sample] = JSON.parse(key) as ['apa' | 'iso690', string, string, number, string, boolean, boolean];
      kinds.add(`${style} ${language} ${hasSection ? 'section' : 'version'}`);
      const url = 'https://alianza-cpc.example/protocolos/prueba/v1.0/';
      const section = hasSection ? { number: '2.1', title: 'Quién recibe el aviso', url: `${url}#s-2-1` } : undefined;
      const input = { title: 'Protocolo de prueba', version, issued: new Date(Date.UTC(year, 2, 1)), url, author, language, section, sample };
      const filled = template
        .replace(TEMPLATE_SLOTS.title, input.title)
        .replace(TEMPLATE_SLOTS.url, section ? section.url : url)
        .replace(TEMPLATE_SLOTS.number, section?.number ?? '')
        .replace(TEMPLATE_SLOTS.sectionTitle, section?.title ?? '');
      expect(filled, key).toBe(formatCitationUncached(input, style));
    }
    expect([...kinds].sort()).toEqual(['apa es section', 'apa es version', 'apa quz section', 'apa quz version', 'iso690 es section', 'iso690 es version', 'iso690 quz section', 'iso690 quz version']);
  }, 60_000);
});

