// @ts-check
// The last step of `npm run build`, after Pagefind: writes page.html.br and page.html.gz beside
// every text file of dist/ (scripts/lib/compress.mjs says which and how), for servers that send
// precompressed files as they are: nginx's brotli_static and gzip_static (docs/deploying-nginx.conf).
// Readers then get brotli at its best quality (11) and gzip -9, which a server compressing each
// response on the fly cannot afford. A copy that would not be smaller than its file is not written.
// The same dist/ gives the same bytes, and running it twice changes nothing.
//
// node scripts/precompress.mjs [dist folder]
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliAsync, gzipAsync, isCompressible } from './lib/compress.mjs';

/** The encodings written, with the extension of their files. */
export const ENCODINGS = /** @type {const} */ ([
  { name: 'br', extension: '.br', compress: brotliAsync },
  { name: 'gzip', extension: '.gz', compress: gzipAsync },
]);

/** The files of dist/ to compress, relative to it and sorted. @param {string} dist */
export const textFiles = (dist) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => isCompressible(file) && statSync(join(dist, file)).isFile())
    .sort();

/**
 * Writes the .br and .gz copies of every text file of a built site; removes a copy that would not
 * be smaller (left by an earlier run).
 * @param {string} dist
 * @returns {Promise<{ files: number, bytes: number, written: Record<string, { files: number, bytes: number }> }>}
 */
export async function precompress(dist) {
  const files = textFiles(dist);
  /** @type {Record<string, { files: number, bytes: number }>} */
  const written = Object.fromEntries(ENCODINGS.map((e) => [e.name, { files: 0, bytes: 0 }]));
  let bytes = 0;
  let next = 0;
  // libuv compresses on its thread pool: a few files at a time keep every core busy.
  const worker = async () => {
    for (let file = files[next++]; file !== undefined; file = files[next++]) {
      const path = join(dist, file);
      const data = readFileSync(path);
      const { atime, mtime } = statSync(path);
      bytes += data.length;
      for (const encoding of ENCODINGS) {
        const copy = await encoding.compress(data);
        const target = path + encoding.extension;
        if (copy.length >= data.length) {
          rmSync(target, { force: true });
          continue;
        }
        writeFileSync(target, copy);
        // The same Last-Modified whichever copy a server sends.
        utimesSync(target, atime, mtime);
        const total = written[encoding.name];
        if (total) {
          total.files += 1;
          total.bytes += copy.length;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  return { files: files.length, bytes, written };
}

async function main() {
  const dist = resolve(process.argv[2] ?? 'dist');
  const started = Date.now();
  const { files, bytes, written } = await precompress(dist);
  const kb = (/** @type {number} */ n) => `${(n / 1000).toLocaleString('en-US', { maximumFractionDigits: 0 })} KB`;
  const summary = ENCODINGS.map((e) => `${written[e.name]?.files ?? 0} .${e.extension.slice(1)} (${kb(written[e.name]?.bytes ?? 0)})`).join(', ');
  console.log(`Precompressed ${files} text files of ${dist} (${kb(bytes)}): ${summary} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
