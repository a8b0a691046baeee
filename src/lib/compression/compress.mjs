// @ts-check
// How the site's files are compressed, in one place: the precompressed files of dist/
// (./precompress.mjs), the budgets that measure them (scripts/lib/page-weight.mjs) and the
// test server that serves them all use these settings, so a budget measures the bytes a reader
// receives. Both are deterministic: the same input gives the same bytes (gzip writes no name and
// no time).
import { extname } from 'node:path';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';

const { constants } = zlib;

const brotliOptions = { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }; // 11
const gzipOptions = { level: constants.Z_BEST_COMPRESSION }; // 9

/** Brotli at quality 11, what `brotli_static` serves. @param {Uint8Array} data */
export const brotli = (data) => zlib.brotliCompressSync(data, brotliOptions);

/** gzip -9, what `gzip_static` serves. @param {Uint8Array} data */
export const gzip = (data) => zlib.gzipSync(data, gzipOptions);

const brotliInPool = promisify(zlib.brotliCompress);
const gzipInPool = promisify(zlib.gzip);

/** The same as brotli(), on libuv's thread pool (several files at once). @param {Uint8Array} data */
export const brotliAsync = (data) => brotliInPool(data, brotliOptions);

/** The same as gzip(), on libuv's thread pool. @param {Uint8Array} data */
export const gzipAsync = (data) => gzipInPool(data, gzipOptions);

/**
 * Text formats, worth compressing: pages, styles, scripts, data, feeds, exports. Not what is
 * compressed already: images but SVG, PDF, ZIP, and Pagefind's binary files (.pagefind, .pf_*),
 * which Pagefind writes gzipped (see isPagefindBinary).
 */
const TEXT_EXTENSIONS = new Set([
  '.html', '.css', '.js', '.mjs', '.json', '.map', '.xml', '.svg', '.txt', '.ics', '.csv', '.vcf',
  '.bib', '.ris', '.webmanifest', '.wasm',
]);

/** Whether a file is text (by its extension), so compressing it pays. @param {string} file */
export const isCompressible = (file) => TEXT_EXTENSIONS.has(extname(file).toLowerCase());

/**
 * Pagefind's binary files: its WebAssembly (wasm.<lang>.pagefind), metadata, word-index chunks,
 * filters and fragments. Pagefind writes each gzipped, with the signature `pagefind_dcd` first
 * inside, and pagefind.js gunzips them itself unless the bytes it receives already start with the
 * signature. So these files stay as they are (gzip, which any host can serve) and get only a .br
 * copy holding brotli of their unpacked bytes: a browser that accepts br unpacks it, pagefind.js
 * finds the signature and skips its own gunzip. No .gz copy: the file is one already.
 */
const PAGEFIND_BINARY_EXTENSIONS = new Set(['.pagefind', '.pf_meta', '.pf_index', '.pf_filter', '.pf_fragment']);

/** Whether a file is one of Pagefind's gzipped binary files. @param {string} file */
export const isPagefindBinary = (file) => PAGEFIND_BINARY_EXTENSIONS.has(extname(file).toLowerCase());

/** What Pagefind puts first inside each of its binary files. */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';
