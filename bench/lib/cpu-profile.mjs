// @ts-check
// Where a build's time goes, from the CPU profiles Node writes with --cpu-prof (one file per
// thread): the time of each sample, summed by what was running, in a few groups a reader of
// docs/performance.md can act on. Used by `npm run bench -- --profile`.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** Groups, by the npm package (or project file) a sampled function belongs to; first match wins. */
export const GROUPS = /** @type {const} */ ([
  ['PDF (pdfmake, pdfkit)', /^(pdfmake|pdfkit|fontkit|@foliojs-fork\/.*|linebreak|png-js|unicode-properties|unicode-trie|brotli|restructure|dfa|tiny-inflate|crypto-js)$/],
  ['citations (citeproc)', /^(citeproc|@citation-js\/.*)$/],
  ['Markdown and MDX', /^(micromark.*|mdast-.*|remark-.*|rehype-.*|hast-.*|hast|unist-.*|@mdx-js\/.*|unified|vfile.*|parse-latin|parse-english|nlcst-.*|estree-.*|acorn.*|property-information|character-entities.*|decode-named-character-reference|zwitch|html-void-elements|stringify-entities|space-separated-tokens|comma-separated-tokens|devlop|trough|bail|extend|longest-streak|markdown-table|ccount|github-slugger|shiki|@shikijs\/.*|oniguruma-.*|retext-.*|smartypants)$/],
  ['Astro, Vite and Rolldown', /^(astro|@astrojs\/.*|vite|rolldown|@rolldown\/.*|esbuild|lightningcss.*|tailwindcss|@tailwindcss\/.*|postcss|magic-string|es-module-lexer|p-queue|p-limit|cssesc|html-escaper|devalue|@oslojs\/.*|undici)$/],
  ['content data (YAML, Zod)', /^(yaml|js-yaml|zod|gray-matter|@astrojs\/yaml2ts)$/],
  ['zip, compression', /^(fflate|node:zlib)$/],
  ['site code', /^project$/],
  ['garbage collection', /^\(garbage collector\)$/],
  ['idle (waiting)', /^\(idle\)$/],
]);
const OTHER = 'Node and the rest';

/** The package of a function's script URL: "pdfkit", "@citation-js/core", "project", "node:fs"… @param {string} url */
export function packageOf(url) {
  if (!url) return '';
  // The last node_modules/ of the path (pnpm nests them); the bundled PDF worker lives in .cache/.
  const inModules = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1)?.[1];
  if (inModules && inModules !== '.cache') return inModules;
  if (url.startsWith('node:')) return url.split('/')[0] ?? url;
  if (/\/(src|\.astro|\.prerender|chunks|pages)\/|\/dist\/.*\.mjs$|pdf-worker\.mjs$/.test(url)) return 'project';
  return url;
}

/** The group of one sampled function. @param {{ functionName: string, url: string }} frame */
export function groupOf(frame) {
  const name = frame.url ? packageOf(frame.url) : frame.functionName;
  return GROUPS.find(([, pattern]) => pattern.test(name))?.[0] ?? OTHER;
}

/**
 * Milliseconds of each group in one profile (self time: a function's own samples).
 * @param {{ nodes: Array<{ id: number, callFrame: { functionName: string, url: string } }>, samples: number[], timeDeltas: number[] }} profile
 */
export function groupTimes(profile) {
  const group = new Map(profile.nodes.map((n) => [n.id, groupOf(n.callFrame)]));
  /** @type {Record<string, number>} */
  const ms = {};
  profile.samples.forEach((id, i) => {
    const g = group.get(id) ?? OTHER;
    ms[g] = (ms[g] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return ms;
}

/**
 * The groups of every thread's profile: Node names them CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile,
 * thread 0 being the main one. Workers' threads are summed.
 * @param {string[]} files
 * @returns {{ main: Record<string, number>, workers: Record<string, number>, workerThreads: number }}
 */
export function summarizeProfiles(files) {
  /** @type {Record<string, number>} */
  const main = {};
  /** @type {Record<string, number>} */
  const workers = {};
  let workerThreads = 0;
  for (const file of files) {
    const thread = Number(basename(file).split('.').at(-3));
    const into = thread === 0 ? main : workers;
    if (thread !== 0) workerThreads++;
    for (const [g, ms] of Object.entries(groupTimes(JSON.parse(readFileSync(file, 'utf8'))))) into[g] = (into[g] ?? 0) + ms;
  }
  return { main, workers, workerThreads };
}
