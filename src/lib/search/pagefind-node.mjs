// @ts-check
// Pagefind's own search (the dist/pagefind/pagefind.js readers download, its WebAssembly and the
// index) run in Node on a built site, with the search page's own query code
// (src/lib/search/query.ts): the build asks it which synonyms the index finds, the relevance check
// asks it what a query puts first.
//
// pagefind.js is written for a browser: it fetches its files and reads the page's language from
// <html lang>. Here each runs in a worker thread of its own, whose `fetch` reads the files from
// dist/ and whose `document` names the language, so nothing of the calling process changes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { findPages, parseSynonyms, plain, RANKING, splitWords } from './query.ts';

/**
 * @typedef {{ words: string[] }} FoundJob how many pages hold each of these words (or phrases), as Pagefind finds them (0: none)
 * @typedef {{ queries: string[], stopWords?: string, synonyms?: string, top?: number }} RankJob
 *   the first `top` results of each query, as the search page finds them (synonyms as in its data-synonyms)
 * @typedef {{ url: string, title: string, score: number }} Ranked
 * @typedef {{ id: string, score: number, data(): Promise<{ url: string, content: string, meta: Record<string, string> }> }} Result one of Pagefind's results
 */

/**
 * Runs one job on the index of a language (its `lang`, as in pagefind-entry.json: "es", "quz") of
 * the site built in `dist`, in a worker thread.
 * @template {FoundJob | RankJob} J
 * @param {string} dist @param {string} lang @param {J}  job
 * @returns {Promise<J extends FoundJob ? number[] : Ranked[][]>}
 */
export function inPagefind(dist, lang, job) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { dist, lang, job } });
    worker.once('message', (answer) => (answer.error ? reject(new Error(`Pagefind in Node (${lang}): ${answer.error}`)) : resolve(answer.result)));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`Pagefind in Node (${lang}) stopped with code ${code}`)));
  });
}

/** In the worker: Pagefind loaded from dist/, as a browser on the language's search page would. */
async function openPagefind(/** @type {string} */ dist, /** @type {string} */ lang) {
  // Pagefind asks for its files under its base, here the bundle's folder as a file: URL.
  globalThis.fetch = async (url) => new Response(await readFile(fileURLToPath(String(url).split('?')[0] ?? '')));
  // @ts-expect-error: only what pagefind.js reads of the page
  globalThis.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  const bundle = pathToFileURL(join(dist, 'pagefind', '/')).href;
  const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
  const ranking = process.env['SEARCH_RANKING'] ? JSON.parse(process.env['SEARCH_RANKING']) : RANKING;
  // Results' addresses as on the site, from its root.
  await pagefind.options({ basePath: bundle, baseUrl: '/', noWorker: true, excerptLength: 24, ranking });
  return pagefind;
}

/**
 * Whether the pages Pagefind puts first hold the word (each word of a phrase): a word that begins
 * like it but for its last letter ("hospedajes" for "hospedaje", "niñas" for "niño"). Pagefind
 * answers a word that begins no indexed word with the longest indexed word that begins it ("esta"
 * for "estafa"): the pages it finds then hold no word like the one asked for.
 * @param {Result[]} results @param {string} word
 */
async function holds(results, word) {
  const texts = await Promise.all(results.slice(0, 3).map(async (result) => splitWords((await result.data()).content).map(plain)));
  const words = new Set(texts.flat());
  return splitWords(word)
    .map(plain)
    .every((token) => [...words].some((w) => w.startsWith(token.slice(0, Math.max(3, token.length - 1)))));
}

async function work() {
  const { dist, lang, job } = workerData;
  const pagefind = await openPagefind(dist, lang);
  /** @type {(term: string) => Promise<Result[]>} */
  const search = async (term) => (await pagefind.search(term))?.results ?? [];
  if ('words' in job) {
    return Promise.all(
      job.words.map(async (/** @type {string} */ word) => {
        const results = await search(word);
        return (await holds(results, word)) ? results.length : 0;
      }),
    );
  }
  const synonyms = parseSynonyms(job.synonyms);
  /** @type {Ranked[][]} */
  const ranked = [];
  for (const query of job.queries) {
    const { results } = await findPages(query, search, { stopWords: job.stopWords ?? '', synonyms });
    ranked.push(await Promise.all(results.slice(0, job.top ?? 3).map(async (r) => {
      const data = await r.data();
      return { url: data.url, title: data.meta['title'] ?? '', score: r.score };
    })));
  }
  return ranked;
}

if (!isMainThread && workerData?.dist) {
  work().then(
    (result) => parentPort?.postMessage({ result }),
    (error) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
}
