/**
 * The precompressed copies of dist/ (src/lib/compression/precompress.mjs, the last step of every build):
 * every text file has a .br and a .gz beside it, made at the best quality and decompressing to the
 * same bytes, unless compressing would not make it smaller; nothing already compressed is
 * compressed again, but for Pagefind's gzipped files, which get a .br copy of their unpacked bytes.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotli, gzip, PAGEFIND_SIGNATURE } from '../../src/lib/compression/compress.mjs';
import { pagefindFiles, precompress, textFiles } from '../../src/lib/compression/precompress.mjs';
import { distDir } from '../support/dist';

const copies = [
  { extension: '.br', compress: brotli, decompress: brotliDecompressSync },
  { extension: '.gz', compress: gzip, decompress: gunzipSync },
];

/** The bytes inside a copy, or undefined when it is not valid brotli or gzip. */
function decompressed(copy: Buffer, decompress: (data: Buffer) => Buffer): Buffer | undefined {
  try {
    return decompress(copy);
  } catch {
    return undefined;
  }
}

describe('precompressed copies in dist/', () => {
  const dist = distDir();
  const files = textFiles(dist);

  it('finds the text files: pages (with their styles and scripts inline), feeds, exports and Pagefind\'s', () => {
    for (const file of ['index.html', 'sitemap-index.xml', 'calendario.ics', 'favicon.svg', 'sw.js', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json']) {
      expect(files).toContain(file);
    }
    expect(files.some((f) => /\.(pdf|pagefind|pf_\w+)$/.test(f))).toBe(false);
  });

  for (const { extension, compress, decompress } of copies) {
    it(`every text file has its ${extension} copy, with the same bytes inside`, () => {
      const problems: string[] = [];
      for (const file of files) {
        const original = readFileSync(join(dist, file));
        const copy = join(dist, file + extension);
        if (!existsSync(copy)) {
          // Left out only when compressing would not make it smaller.
          if (compress(original).length < original.length) problems.push(`${file}: no ${extension} copy (build again)`);
          continue;
        }
        const written = readFileSync(copy);
        if (written.length >= original.length) problems.push(`${file}${extension}: not smaller than ${file}`);
        if (!decompressed(written, decompress)?.equals(original)) problems.push(`${file}${extension}: does not decompress to ${file}`);
      }
      expect(problems).toEqual([]);
    });

    it(`the ${extension} copies are made at the best quality`, () => {
      // Recompressing every file at quality 11 takes half a minute; two pages and Pagefind's script say enough.
      for (const file of ['index.html', 'qu/protocolos/index.html', 'pagefind/pagefind.js']) {
        const expected = compress(readFileSync(join(dist, file)));
        expect(readFileSync(join(dist, file + extension)).equals(expected), `${file}${extension}`).toBe(true);
      }
    });
  }

  it('has most of the text files compressed, and no copy without its file or of a compressed format', () => {
    const all = readdirSync(dist, { recursive: true, encoding: 'utf8' });
    const copied = all.filter((f) => f.endsWith('.br'));
    expect(copied.length).toBeGreaterThan(files.length * 0.9);
    const binaries = new Set(pagefindFiles(dist));
    const orphans = all.filter((f) => /\.(br|gz)$/.test(f) && !files.includes(f.replace(/\.(br|gz)$/, '')) && !(f.endsWith('.br') && binaries.has(f.slice(0, -3))));
    expect(orphans).toEqual([]);
  });

  describe("Pagefind's gzipped files", () => {
    const binaries = pagefindFiles(dist);

    it('are found: the WebAssembly, metadata, index chunks, filters and fragments of both languages', () => {
      for (const pattern of [/^pagefind\/wasm\.es\.pagefind$/, /\.pf_meta$/, /^pagefind\/index\/es_\w+\.pf_index$/, /^pagefind\/index\/quz_\w+\.pf_index$/, /\.pf_filter$/, /\.pf_fragment$/]) {
        expect(binaries.some((f) => pattern.test(f)), String(pattern)).toBe(true);
      }
    });

    it('each has a .br copy of its unpacked bytes (signature first), smaller than the file, and no .gz copy', () => {
      const problems: string[] = [];
      for (const file of binaries) {
        const original = readFileSync(join(dist, file));
        if (existsSync(join(dist, `${file}.gz`))) problems.push(`${file}.gz: the file is gzip already`);
        const copy = join(dist, `${file}.br`);
        if (!existsSync(copy)) {
          // Left out only when brotli would not beat Pagefind's gzip (a tiny filter file).
          if (brotli(gunzipSync(original)).length < original.length) problems.push(`${file}: no .br copy`);
          continue;
        }
        const written = readFileSync(copy);
        const inside = decompressed(written, brotliDecompressSync);
        if (written.length >= original.length) problems.push(`${file}.br: not smaller than ${file}`);
        if (inside?.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1') !== PAGEFIND_SIGNATURE) problems.push(`${file}.br: does not start with ${PAGEFIND_SIGNATURE}, so pagefind.js would gunzip it`);
        if (!inside?.equals(gunzipSync(original))) problems.push(`${file}.br: not the bytes inside ${file}`);
      }
      expect(problems).toEqual([]);
    });

    it('the WebAssembly copy is made at the best quality and is smaller than Pagefind\'s gzip', () => {
      const wasm = readFileSync(join(dist, 'pagefind', 'wasm.es.pagefind'));
      const copy = readFileSync(join(dist, 'pagefind', 'wasm.es.pagefind.br'));
      expect(copy.equals(brotli(gunzipSync(wasm)))).toBe(true);
      expect(copy.length).toBeLessThan(wasm.length * 0.9);
    });
  });
});

describe('src/lib/compression/precompress.mjs', () => {
  it('writes the same bytes on every run, and skips what compressing would not shrink', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    const write = (file: string, content: string | Uint8Array) => {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), content);
    };
    try {
      write('index.html', `<!doctype html><title>Inicio</title>${'<p>Línea 100: gratuita, las 24 horas.</p>'.repeat(50)}`);
      write('robots.txt', 'User-agent: *');
      const chunk = Buffer.concat([Buffer.from(PAGEFIND_SIGNATURE), Buffer.from('protección niñas '.repeat(100))]);
      write('pagefind/index/es_1a2b3c4.pf_index', gzipSync(chunk, { level: 6 }));
      write('protocolo.pdf', '%PDF-1.4 '.repeat(200));
      const first = await precompress(dir);
      const bytes = readFileSync(join(dir, 'index.html.br'));
      await precompress(dir);
      expect(readFileSync(join(dir, 'index.html.br')).equals(bytes)).toBe(true);
      expect(first.files).toBe(2);
      expect(first.pagefind).toBe(1);
      expect(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(br|gz)$/.test(f)).sort()).toEqual(['index.html.br', 'index.html.gz', 'pagefind/index/es_1a2b3c4.pf_index.br']);
      expect(brotliDecompressSync(readFileSync(join(dir, 'pagefind/index/es_1a2b3c4.pf_index.br'))).equals(chunk)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops on a Pagefind file that is not gzip with the signature inside, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    try {
      mkdirSync(join(dir, 'pagefind'));
      writeFileSync(join(dir, 'pagefind', 'wasm.es.pagefind'), new Uint8Array(2000));
      await expect(precompress(dir)).rejects.toThrow(/pagefind\/wasm\.es\.pagefind: not a gzipped Pagefind file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
