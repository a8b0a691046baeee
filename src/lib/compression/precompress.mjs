// @ts-check
// The last step of every build (src/integrations/precompress.ts), after Pagefind: writes page.html.br and page.html.gz beside
// every text file of dist/ (./compress.mjs says which and how), for servers that send
// precompressed files as they are: nginx's brotli_static and gzip_static (docs/deploying-nginx.conf).
// Readers then get brotli at its best quality (11) and gzip -9, which a server compressing each
// response on the fly cannot afford. A copy that would not be smaller than its file is not written.
// Pagefind's binary files (gzipped by Pagefind itself) get a .br copy of their unpacked bytes
// instead: see isPagefindBinary in src/lib/compression/compress.mjs.
// The same dist/ gives the same bytes, and running it twice changes nothing.
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isEditorPath } from '../editor/policy.mjs';
import { brotliAsync, gzipAsync, isCompressible, isPagefindBinary, PAGEFIND_SIGNATURE } from './compress.mjs';

/** The encodings written, with the extension of their files. */
export const ENCODINGS = /** @type {const} */ ([
  { name: 'br', extension: '.br', compress: brotliAsync },
  { name: 'gzip', extension: '.gz', compress: gzipAsync },
]);

/** @param {string} dist @param {(file: string) => boolean} keep */
const filesOf = (dist, keep) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => keep(file) && statSync(join(dist, file)).isFile())
    .sort();

/** The text files of dist/ to compress (not the editor's, written after), relative to it and sorted. @param {string} dist */
export const textFiles = (dist) => filesOf(dist, (file) => isCompressible(file) && !isEditorPath(file));

/** Pagefind's gzipped binary files in dist/, relative to it and sorted. @param {string} dist */
export const pagefindFiles = (dist) => filesOf(dist, isPagefindBinary);

/**
 * The bytes inside one of Pagefind's binary files, which start with its signature.
 * @param {Buffer} data the file, gzipped by Pagefind
 * @param {string} file its name, for the error
 */
export function unpackPagefind(data, file) {
  let inside;
  try {
    inside = gunzipSync(data);
  } catch {
    inside = Buffer.alloc(0);
  }
  if (inside.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1') !== PAGEFIND_SIGNATURE) {
    throw new Error(`${file}: not a gzipped Pagefind file with "${PAGEFIND_SIGNATURE}" inside. Did Pagefind change how it writes its files? See isPagefindBinary in src/lib/compression/compress.mjs.`);
  }
  return inside;
}

/**
 * Writes a copy beside a file, with its modification time, when it is smaller; else removes a
 * copy left by an earlier run. Returns whether it wrote one.
 * @param {string} path @param {Buffer} data @param {Uint8Array} copy @param {string} extension
 */
function writeCopy(path, data, copy, extension) {
  const target = path + extension;
  if (copy.length >= data.length) {
    rmSync(target, { force: true });
    return false;
  }
  const { atime, mtime } = statSync(path);
  writeFileSync(target, copy);
  // The same Last-Modified whichever copy a server sends.
  utimesSync(target, atime, mtime);
  return true;
}

/**
 * Writes the .br and .gz copies of every text file of a built site, and the .br copy of each of
 * Pagefind's binary files; removes a copy that would not be smaller (left by an earlier run).
 * @param {string} dist
 * @returns {Promise<{ files: number, pagefind: number, bytes: number, written: Record<string, { files: number, bytes: number }> }>}
 */
export async function precompress(dist) {
  const files = textFiles(dist);
  const binaries = pagefindFiles(dist);
  /** @type {{ file: string, pagefind: boolean }[]} */
  const tasks = [...files.map((file) => ({ file, pagefind: false })), ...binaries.map((file) => ({ file, pagefind: true }))];
  /** @type {Record<string, { files: number, bytes: number }>} */
  const written = Object.fromEntries(ENCODINGS.map((e) => [e.name, { files: 0, bytes: 0 }]));
  let bytes = 0;
  let next = 0;
  /** @param {string} name @param {number} size */
  const count = (name, size) => {
    const total = written[name];
    if (total) {
      total.files += 1;
      total.bytes += size;
    }
  };
  // libuv compresses on its thread pool: a few files at a time keep every core busy.
  const worker = async () => {
    for (let task = tasks[next++]; task !== undefined; task = tasks[next++]) {
      const path = join(dist, task.file);
      const data = readFileSync(path);
      bytes += data.length;
      if (task.pagefind) {
        const copy = await brotliAsync(unpackPagefind(data, task.file));
        if (writeCopy(path, data, copy, '.br')) count('br', copy.length);
        continue;
      }
      for (const encoding of ENCODINGS) {
        const copy = await encoding.compress(data);
        if (writeCopy(path, data, copy, encoding.extension)) count(encoding.name, copy.length);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  return { files: files.length, pagefind: binaries.length, bytes, written };
}
