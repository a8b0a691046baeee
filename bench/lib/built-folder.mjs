// What a build leaves in its output folder: the files, their sizes, the pages' brotli sizes, and
// what a first view of a page costs. Used for both sites, so that their figures are measured alike.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { median } from './numbers.mjs';
import { brotli, createMeter } from './site.mjs';

/** Every file under `dir`, as absolute paths. @param {string} dir @returns {string[]} */
export function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Pages, PDFs, files and bytes of a built folder, and the median and largest page in brotli. @param {string} dir */
export function measureOut(dir) {
  const files = walk(dir);
  const originals = files.filter((f) => !/\.(br|gz)$/.test(f));
  const html = originals.filter((f) => f.endsWith('.html'));
  const pageBrotli = html
    // The .br copy precompress.mjs wrote (it writes none that would not be smaller).
    .map((f) => ({
      path: `/${relative(dir, f).split(sep).join('/')}`.replace(/index\.html$/, ''),
      bytes: existsSync(`${f}.br`) ? statSync(`${f}.br`).size : brotli(readFileSync(f)).length,
    }))
    .sort((a, b) => a.bytes - b.bytes);
  const largest = pageBrotli.at(-1) ?? { path: '', bytes: 0 };
  const size = (list) => list.reduce((sum, f) => sum + statSync(f).size, 0);
  const count = (pattern) => originals.filter((f) => pattern.test(f)).length;
  return {
    htmlPages: html.length,
    pdfs: count(/\.pdf$/),
    files: originals.length,
    bytes: size(originals),
    bytesWithPrecompressed: size(files),
    pagefindBytes: size(originals.filter((f) => f.startsWith(join(dir, 'pagefind') + sep))),
    precompressedFiles: files.filter((f) => f.endsWith('.br')).length,
    medianPageBrotli: median(pageBrotli.map((p) => p.bytes)),
    largestPageBrotli: largest.bytes,
    largestPage: largest.path,
  };
}

/**
 * What a first view of a page costs (scripts/lib/page-weight.mjs, as `npm run budget` measures
 * it: the HTML and everything it loads at once, brotli 11), median of 25 pages spread through
 * the site in path order. A sample, because Starlight's pages list the whole site (about 600 KB
 * of HTML each at N = 1000) and brotli 11 takes most of a second on one.
 */
export function firstView(dir) {
  const meter = createMeter(dir);
  const paths = meter.pages();
  const n = Math.min(25, paths.length);
  const pages = Array.from({ length: n }, (_, i) => meter.measure(paths[Math.floor((i * paths.length) / n)]));
  const mid = (figure) => median(pages.map(figure).sort((a, b) => a - b));
  return {
    sampledPages: n,
    firstViewBr: mid((p) => p.firstViewBr),
    htmlBr: mid((p) => p.htmlBr),
    cssBr: mid((p) => p.cssBr),
    jsBr: mid((p) => p.jsBr),
    requests: mid((p) => p.requests.length),
  };
}
