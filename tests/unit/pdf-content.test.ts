/**
 * src/lib/pdf/content.ts: with content streams kept as text and colours parsed once, pdfkit writes
 * the same bytes as on its own, for a protocol PDF (text, lists, a table, links) and a poster.
 */
import { describe, expect, it } from 'vitest';
import { fastPageContent } from '../../src/lib/pdf/content';
import { makePdfHere } from '../../src/lib/pdf/jobs';
import { SAMPLE_POSTER_JOB, SAMPLE_PROTOCOL_JOB } from '../support/pdf';

describe('pdfkit page content', () => {
  const { reference, document, original } = fastPageContent();

  /** The PDF of a job, made with pdfkit's own stream writing and colour parsing. */
  async function withPdfkitsOwn(job: typeof SAMPLE_POSTER_JOB): Promise<Uint8Array> {
    const fast = { write: reference.write, finalize: reference.finalize, normalizeColor: document._normalizeColor };
    reference.write = original.write;
    reference.finalize = original.finalize;
    document._normalizeColor = original.normalizeColor;
    try {
      return await makePdfHere(job);
    } finally {
      reference.write = fast.write;
      reference.finalize = fast.finalize;
      document._normalizeColor = fast.normalizeColor;
    }
  }

  it.each([
    ['protocol', SAMPLE_PROTOCOL_JOB],
    ['poster', SAMPLE_POSTER_JOB],
  ])('gives the same %s PDF as pdfkit on its own', async (_, job) => {
    const fast = Buffer.from(await makePdfHere(job));
    const own = Buffer.from(await withPdfkitsOwn(job));
    expect(own.length).toBeGreaterThan(1000);
    expect(fast.equals(own)).toBe(true);
  }, 30_000);

  it.each([
    ['text and binary chunks', ['q', new Uint8Array([0, 255, 10]), 'BT /F1 12 Tf (Señal) Tj ET', 'Q']],
    ['text chunks only', ['q', 'BT /F1 12 Tf (Señal) Tj ET', 'Q']],
  ])('writes %s of one stream in their order, one byte per character, as pdfkit does', (_, parts) => {
    const make = (write: typeof reference.write, finalize: typeof reference.finalize) => {
      const written: unknown[] = [];
      const ref = Object.assign(Object.create(reference) as typeof reference, {
        buffer: [],
        data: {},
        compress: false,
        uncompressedLength: 0,
        id: 1,
        gen: 0,
        document: { _offset: 0, _write: (d: unknown) => written.push(typeof d === 'string' ? d : Buffer.from(d as Uint8Array).toString('latin1')), _refEnd: () => undefined },
      });
      for (const part of parts) write.call(ref, part);
      const length = ref.data.Length;
      finalize.call(ref);
      return { written: written.join('|'), length, uncompressed: ref.uncompressedLength };
    };
    const fast = make(reference.write, reference.finalize);
    const own = make(original.write, original.finalize);
    expect(fast).toEqual(own);
    expect(fast.written).toContain('(Señal) Tj');
  });

  it('gives each caller a colour of its own', () => {
    const a = document._normalizeColor.call(document, '#1a4d8f') as number[];
    a[0] = 99;
    expect(document._normalizeColor.call(document, '#1a4d8f')).toEqual(original.normalizeColor.call(document, '#1a4d8f'));
    expect(document._normalizeColor.call(document, '#abc')).toEqual(original.normalizeColor.call(document, '#abc'));
  });

  it('is done once per thread', () => {
    expect(fastPageContent().reference).toBe(reference);
  });
});
