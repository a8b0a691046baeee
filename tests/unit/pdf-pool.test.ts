/**
 * The build's PDF workers (src/lib/pdf/pool.ts, src/integrations/pdf-workers.ts): the worker
 * bundled as the build bundles it makes the same bytes as the build's own thread, several at once,
 * and a PDF that cannot be made fails naming it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePdfWorker } from '../../src/integrations/pdf-workers';
import { makePdfHere, type PdfJob } from '../../src/lib/pdf/jobs';
import { makePdf, PDF_WORKER_ENV, pdfReport } from '../../src/lib/pdf/pool';
import { outline } from '../../src/lib/markdown/sections';
import { PROTOCOL_PDF_STRINGS, SAMPLE_POSTER_JOB } from '../support/pdf';

const protocol = (n: number): PdfJob => ({
  kind: 'protocol',
  input: {
    title: `Protocolo de prueba ${n}`,
    shortTitle: `Prueba ${n}`,
    version: `${n}.0`,
    statusLabel: 'Vigente',
    effective: new Date('2024-03-01T00:00:00Z'),
    lang: 'es',
    permalink: `https://alianza-cpc.example/protocolos/prueba/v${n}.0/`,
    notice: 'Documento de ejemplo del sitio: no es un texto oficial.',
    outline: outline(`## Objeto\n\n${`Texto de la sección número ${n}. `.repeat(40)}\n\n## Alcance\n\n- Uno.\n- Dos.\n`),
    strings: PROTOCOL_PDF_STRINGS,
    dateLocale: 'es-PE',
    author: 'Alianza CPC',
  },
});

const poster = SAMPLE_POSTER_JOB;

describe('PDF workers', () => {
  beforeAll(async () => {
    process.env[PDF_WORKER_ENV] = await bundlePdfWorker(process.cwd());
  }, 60_000);
  afterAll(() => {
    delete process.env[PDF_WORKER_ENV];
  });

  it('make the same bytes as the build thread, several at once', async () => {
    const jobs = [protocol(1), poster, protocol(2), protocol(3), protocol(4)];
    const fromWorkers = await Promise.all(jobs.map((job) => makePdf(job)));
    for (const [i, job] of jobs.entries()) {
      const here = await makePdfHere(job);
      expect(fromWorkers[i]?.length, `job ${i}`).toBeGreaterThan(1000);
      expect(Buffer.from(fromWorkers[i]!).equals(Buffer.from(here)), `job ${i} (${job.kind})`).toBe(true);
    }
    // Each answer belongs to its own job: the version is in the PDF's text.
    expect(Buffer.from(fromWorkers[0]!).equals(Buffer.from(fromWorkers[2]!))).toBe(false);
  }, 60_000);

  it('name the PDF that could not be made', async () => {
    const broken = { kind: 'protocol', input: { ...protocol(5).input, outline: undefined } } as unknown as PdfJob;
    await expect(makePdf(broken)).rejects.toThrow(/protocol PDF «Protocolo de prueba 5» failed in a PDF worker/);
    // The workers still answer afterwards.
    expect((await makePdf(protocol(6))).length).toBeGreaterThan(1000);
  }, 60_000);

  it('make a PDF two pages ask for once, and report it made once', async () => {
    const asked = makePdf(protocol(7));
    expect(makePdf(protocol(7))).toBe(asked);
    expect((await asked).length).toBeGreaterThan(1000);
    // Made by a worker, or taken from the cache an earlier run of this test left: either way once.
    const { fresh, cached } = pdfReport();
    expect([...fresh, ...cached].filter((what) => what === 'protocol PDF «Protocolo de prueba 7»')).toHaveLength(1);
  }, 60_000);
});

