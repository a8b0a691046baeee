// @ts-check
// npm run search:check [-- <dist folder>] [--misses]
// Runs the queries of content/data/search-relevance.yaml on the built site, as its search pages
// run them (Pagefind's own files and index, the pages' synonyms and stop words), and prints for
// each whether a page wanted first came in the first three (its place, or "-"), and what came
// first; then the share of hits. Exits 1 below the share required (scripts/lib/search-relevance.mjs),
// which tests/build/search-relevance.test.ts also checks. --misses also lists the first three of each miss.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CASES_FILE, MIN_SHARE, formatMisses, formatTable, readCases, runCases, share } from './lib/search-relevance.mjs';

const args = process.argv.slice(2);
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`search:check: ${dist} has no built site with its search index; run \`npm run build\` first.`);
  process.exit(1);
}
const outcomes = await runCases(dist, readCases(CASES_FILE));
console.log(formatTable(outcomes));
if (args.includes('--misses') && outcomes.some((o) => o.rank === 0)) console.log(`\nMisses:\n${formatMisses(outcomes)}`);
process.exit(share(outcomes) >= MIN_SHARE ? 0 : 1);
