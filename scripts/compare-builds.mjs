#!/usr/bin/env node
// npm run compare:builds -- <built folder A> <built folder B>
//
// Says whether two builds of the site are the same site: the same list of files, and the same
// bytes in every file once the names of hashed assets (/_astro/<name>.<hash>.<ext>) and the
// Content-Security-Policy hashes of scripts ('sha256-…') are read as equal: both change whenever a
// bundled script or stylesheet changes, and the asset itself is compared anyway. A refactoring
// keeps the site identical; this proves it: build before and after with the same BUILD_DATE and
// SOURCE_DATE_EPOCH (the pages show the day of the last commit), then compare. Precompressed
// copies (.br, .gz) are compared by what they unpack to. Prints what differs and exits 1; exits 0
// and prints one line when the two are the same.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/** `_astro/Base.Cx3kq_9a.css` → `_astro/Base.*.css`: Astro's hashed asset names, hash left out. */
const HASHED = /_astro\/([\w.-]+?)\.[\w-]{8}(\.[a-z0-9]+)/g;

/** A CSP source hash: 'sha256-' and 44 characters of base64. */
const CSP_HASH = /'sha256-[A-Za-z0-9+/]{43}='/g;

/** @param {string} path */
export const unhashed = (path) => path.replace(HASHED, '_astro/$1.*$2');

/** A file's text with hashed asset names and CSP hashes left out. @param {string} text */
const withoutHashes = (text) => unhashed(text).replace(CSP_HASH, "'sha256-*'");

/** Every file under a folder, relative to it, with "/" separators, sorted. @param {string} dir */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** The bytes of a file as they reach a reader: a .br or .gz copy unpacked. @param {string} file */
function content(file) {
  const data = readFileSync(file);
  if (file.endsWith('.br')) return brotliDecompressSync(data);
  if (file.endsWith('.gz')) return gunzipSync(data);
  return data;
}

/** Where two buffers first differ, with a little text around it. @param {Buffer} a @param {Buffer} b */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (/** @type {Buffer} */ buf) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 40).toString('utf8'));
  return `byte ${i}: ${around(a)} ≠ ${around(b)}`;
}

/**
 * Compares two built folders.
 * @param {string} a @param {string} b
 * @returns {{ onlyA: string[], onlyB: string[], differ: { file: string, where: string }[], same: number }}
 */
export function compareBuilds(a, b) {
  const listA = filesUnder(a);
  const listB = filesUnder(b);
  const byKeyB = new Map(listB.map((file) => [unhashed(file), file]));
  const keysA = new Set(listA.map(unhashed));
  const onlyA = listA.filter((file) => !byKeyB.has(unhashed(file)));
  const onlyB = listB.filter((file) => !keysA.has(unhashed(file)));
  /** @type {{ file: string, where: string }[]} */
  const differ = [];
  let same = 0;
  for (const fileA of listA) {
    const fileB = byKeyB.get(unhashed(fileA));
    if (!fileB) continue;
    let bytesA = content(join(a, fileA));
    let bytesB = content(join(b, fileB));
    if (!bytesA.equals(bytesB)) {
      // The same text but for hashed asset names is the same page.
      bytesA = Buffer.from(withoutHashes(bytesA.toString('latin1')), 'latin1');
      bytesB = Buffer.from(withoutHashes(bytesB.toString('latin1')), 'latin1');
    }
    if (bytesA.equals(bytesB)) same++;
    else differ.push({ file: fileA === fileB ? fileA : `${fileA} / ${fileB}`, where: firstDifference(bytesA, bytesB) });
  }
  return { onlyA, onlyB, differ, same };
}

function main() {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) {
    console.error('compare-builds: give two built folders, e.g. npm run compare:builds -- /tmp/dist-before dist');
    process.exit(2);
  }
  const dirA = resolve(a);
  const dirB = resolve(b);
  const { onlyA, onlyB, differ, same } = compareBuilds(dirA, dirB);
  const show = (/** @type {string} */ title, /** @type {string[]} */ lines) => {
    if (lines.length === 0) return;
    console.log(`${title} (${lines.length}):`);
    for (const line of lines.slice(0, 50)) console.log(`  ${line}`);
    if (lines.length > 50) console.log(`  … and ${lines.length - 50} more`);
  };
  show(`Only in ${relative(process.cwd(), dirA) || dirA}`, onlyA);
  show(`Only in ${relative(process.cwd(), dirB) || dirB}`, onlyB);
  show('Different', differ.map((d) => `${d.file}: ${d.where}`));
  const ok = onlyA.length === 0 && onlyB.length === 0 && differ.length === 0;
  console.log(ok ? `The two builds are the same site: ${same} files, the same bytes (hashed asset names aside).` : `${same} files the same, ${differ.length} different, ${onlyA.length + onlyB.length} in one build only.`);
  process.exit(ok ? 0 : 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
