// @ts-check
// Smaller word-index chunks for Pagefind, so a further search downloads a few KB, not 20–28 KB.
//
// Pagefind splits each language's word index, sorted by word, into chunks of about 20,000 word
// positions: a constant in its source (`chunk_index(word_map, 20000)` in pagefind/src/index/mod.rs,
// marked "TODO: Parameterize these chunk sizes via options"); neither the CLI, the config file nor
// the Node API of Pagefind 1.6 can change it. A search downloads the chunk holding each word of the
// query, whole: on this site one chunk is 19–25 KB brotli, more than the budget of a whole
// further query (15 KB). This step splits the chunks Pagefind wrote into smaller ones: the same
// words, in the same order, each word's entry byte for byte as Pagefind encoded it; only the
// chunk boundaries move. It then rewrites the metadata file that lists the chunks (same CBOR,
// same layout) and points pagefind-entry.json at it. Nothing else changes: pages, fragments,
// filters, ranking and the WebAssembly are Pagefind's own.
//
// It reads Pagefind's files with the format of the version in SUPPORTED_VERSION and refuses any
// other (the build then stops and says so): check the format (pagefind/src/index/ in Pagefind's
// source) and update the version here when upgrading Pagefind. Every file it reads must decode
// and encode back to the same bytes, or it stops too, so it never writes an index it does not
// fully understand.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { gzip, PAGEFIND_SIGNATURE } from '../compression/compress.mjs';

/** The Pagefind whose index format this file knows. */
export const SUPPORTED_VERSION = '1.6.0';

/**
 * Largest chunk, in bytes of CBOR before compression: about 1 KB brotli on this site (Pagefind's
 * own chunks hold 40–56 KB). A sentence costs a chunk for each of its words, so a first query of
 * five words weighed about 12 KB of chunks at 6,000 bytes and about 4 KB at 2,000 (docs/search.md,
 * "Transfer"); smaller still saves little more, and the metadata listing the chunks grows. A word
 * whose own entry is larger gets a chunk of its own.
 */
export const MAX_CHUNK_BYTES = 2_000;

const signature = Buffer.from(PAGEFIND_SIGNATURE, 'latin1');

/**
 * The CBOR inside one of Pagefind's files (gzip, then the signature).
 * @param {Uint8Array} data @param {string} name for errors
 */
export function unpack(data, name) {
  const inside = gunzipSync(data);
  if (!inside.subarray(0, signature.length).equals(signature)) throw new Error(`${name}: no "${PAGEFIND_SIGNATURE}" signature inside: not a Pagefind ${SUPPORTED_VERSION} file`);
  return inside.subarray(signature.length);
}

/** A Pagefind file holding these CBOR bytes, as Pagefind writes them. @param {Uint8Array} cbor */
export const pack = (cbor) => gzip(Buffer.concat([signature, cbor]));

/**
 * Decodes CBOR and checks that encoding it again gives the same bytes, so rewriting can lose nothing.
 * @param {Uint8Array} cbor @param {string} name for errors
 * @returns {unknown}
 */
function decodeExactly(cbor, name) {
  const value = decode(cbor);
  if (!Buffer.from(encode(value)).equals(Buffer.from(cbor))) throw new Error(`${name}: does not encode back to the same bytes: Pagefind's index format is not the one of ${SUPPORTED_VERSION}`);
  return value;
}

/** @typedef {[string, ...unknown[]]} Word one word of a chunk: the word first, then its pages */

/** How many characters two words share at their start. @param {string} a @param {string} b */
export function commonPrefixLength(a, b) {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n += 1;
  return n;
}

/**
 * Splits words (sorted as Pagefind sorts them) into runs of at most maxBytes of CBOR each, and
 * at least half that but for the last. Within those sizes each run ends where the next word
 * shares the fewest first letters with it: Pagefind also matches the words that begin with the
 * last word typed ("prot" finds "protección"), but only in the chunk it loads for that word, so a
 * boundary inside "prot…" would hide some of them. Cutting between "pro…" and "pu…" hides none.
 * @param {Word[]} words @param {number} maxBytes
 * @returns {Word[][]}
 */
export function splitWords(words, maxBytes) {
  const sizes = words.map((word) => encode(word).length);
  const minBytes = maxBytes / 2;
  /** @type {Word[][]} */
  const runs = [];
  let start = 0;
  while (start < words.length) {
    // The longest run from start that fits (one word at least).
    let end = start;
    let size = 0;
    while (end < words.length && (end === start || size + (sizes[end] ?? 0) <= maxBytes)) size += sizes[end++] ?? 0;
    let cut = end;
    if (end < words.length) {
      let fewest = Infinity;
      let acc = 0;
      for (let c = start + 1; c <= end; c++) {
        acc += sizes[c - 1] ?? 0;
        if (acc < minBytes && c < end) continue;
        const shared = commonPrefixLength(words[c - 1]?.[0] ?? '', words[c]?.[0] ?? '');
        if (shared <= fewest) {
          fewest = shared;
          cut = c;
        }
      }
    }
    runs.push(words.slice(start, cut));
    start = cut;
  }
  return runs;
}

/**
 * The shortest prefixes that still tell two neighbouring words apart, as Pagefind names chunk
 * boundaries (get_prefixes in pagefind/src/index/mod.rs): ("apple", "apricot") → ("app", "apr").
 * @param {string} a @param {string} b
 * @returns {[string, string]}
 */
export function boundaryPrefixes(a, b) {
  const common = commonPrefixLength(a, b);
  return [[...a].slice(0, common + 1).join(''), [...b].slice(0, common + 1).join('')];
}

/**
 * The name of a file from its content, as Pagefind names them: the language, then hex digits.
 * @param {string} language @param {Uint8Array} bytes @param {number} digits @param {Set<string>} taken
 */
function nameFor(language, bytes, digits, taken) {
  const hex = createHash('sha256').update(bytes).digest('hex');
  let n = digits;
  while (taken.has(`${language}_${hex.slice(0, n)}`)) n += 1;
  const name = `${language}_${hex.slice(0, n)}`;
  taken.add(name);
  return name;
}

/**
 * Rewrites the word index of every language of a Pagefind bundle (dist/pagefind) in chunks of at
 * most maxBytes. Running it again changes nothing.
 * @param {string} bundle the folder Pagefind wrote
 * @param {number} [maxBytes]
 * @returns {Record<string, { before: number, after: number, largest: number }>} chunks per language
 */
export function rechunk(bundle, maxBytes = MAX_CHUNK_BYTES) {
  const entryPath = join(bundle, 'pagefind-entry.json');
  const entry = /** @type {{ version: string, languages: Record<string, { hash: string }> }} */ (JSON.parse(readFileSync(entryPath, 'utf8')));
  if (entry.version !== SUPPORTED_VERSION) {
    throw new Error(`${entryPath}: Pagefind ${entry.version} wrote this index; src/lib/search/pagefind-chunks.mjs knows the format of ${SUPPORTED_VERSION}. Check the format and update SUPPORTED_VERSION.`);
  }
  /** @type {Record<string, { before: number, after: number, largest: number }>} */
  const report = {};
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaName = `pagefind.${info.hash}.pf_meta`;
    const meta = decodeExactly(unpack(readFileSync(join(bundle, metaName)), metaName), metaName);
    // [version, pages, chunks: [from, to, hash][], filters, sorts, meta fields]
    if (!Array.isArray(meta) || meta[0] !== SUPPORTED_VERSION || !Array.isArray(meta[2]) || !meta[2].every((c) => Array.isArray(c) && c.length === 3 && c.every((s) => typeof s === 'string'))) {
      throw new Error(`${metaName}: not the metadata layout of Pagefind ${SUPPORTED_VERSION} ([version, pages, [from, to, hash][], …])`);
    }
    const oldChunks = /** @type {[string, string, string][]} */ (meta[2]);
    /** @type {Word[]} */
    const words = [];
    for (const [, , hash] of oldChunks) {
      const name = `index/${hash}.pf_index`;
      const chunk = decodeExactly(unpack(readFileSync(join(bundle, name)), name), name);
      // [[ [word, pages, …], … ]]
      if (!Array.isArray(chunk) || chunk.length !== 1 || !Array.isArray(chunk[0]) || !chunk[0].every((w) => Array.isArray(w) && typeof w[0] === 'string')) {
        throw new Error(`${name}: not the word-index layout of Pagefind ${SUPPORTED_VERSION} ([[word, pages, …], …])`);
      }
      words.push(...chunk[0]);
    }
    for (let i = 1; i < words.length; i++) {
      // Pagefind sorts by the bytes of each word (UTF-8), and looks chunks up in that order.
      if (Buffer.compare(Buffer.from(words[i - 1]?.[0] ?? ''), Buffer.from(words[i]?.[0] ?? '')) >= 0) {
        throw new Error(`Pagefind's ${language} index: words out of order at "${words[i]?.[0]}"`);
      }
    }

    const runs = splitWords(words, maxBytes);
    const taken = new Set();
    /** @type {[string, string, string][]} */
    const newChunks = [];
    let largest = 0;
    const written = new Set();
    for (const run of runs) {
      const cbor = encode([run]);
      largest = Math.max(largest, cbor.length);
      const hash = nameFor(language, cbor, 7, taken);
      writeFileSync(join(bundle, 'index', `${hash}.pf_index`), pack(cbor));
      written.add(hash);
      newChunks.push([run[0]?.[0] ?? '', run.at(-1)?.[0] ?? '', hash]);
    }
    for (let i = 0; i + 1 < newChunks.length; i++) {
      const [a, b] = boundaryPrefixes(newChunks[i]?.[1] ?? '', newChunks[i + 1]?.[0] ?? '');
      /** @type {[string, string, string]} */ (newChunks[i])[1] = a;
      /** @type {[string, string, string]} */ (newChunks[i + 1])[0] = b;
    }
    for (const [, , hash] of oldChunks) if (!written.has(hash)) rmSync(join(bundle, 'index', `${hash}.pf_index`), { force: true });

    meta[2] = newChunks;
    const metaCbor = encode(meta);
    const metaHash = nameFor(language, metaCbor, language.length + 8, new Set());
    if (metaHash !== info.hash) {
      writeFileSync(join(bundle, `pagefind.${metaHash}.pf_meta`), pack(metaCbor));
      rmSync(join(bundle, metaName), { force: true });
      info.hash = metaHash;
    }
    report[language] = { before: oldChunks.length, after: newChunks.length, largest };
  }
  writeFileSync(entryPath, JSON.stringify(entry));
  return report;
}
