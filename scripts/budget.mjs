// @ts-check
// npm run budget [-- <dist folder>]
// What each page of the built site weighs, heaviest first: its words, the HTML, its chrome (the
// HTML without the page's own text), CSS and scripts, all in bytes of brotli, the requests of a
// first view, and the first view's total; then the totals and medians, and any budget a page
// breaks (docs/performance.md, "Budgets"). Exits 1 when one is broken. The figures come from
// scripts/lib/page-weight.mjs, which tests/build/budget.test.ts checks too.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUDGETS, budgetProblems, fontProblems, imageProblems, measureSite, median } from './lib/page-weight.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`budget: ${dist} has no built site; run \`npm run build\` first.`);
  process.exit(1);
}

const pages = measureSite(dist).sort((a, b) => b.firstViewBr - a.firstViewBr || (a.path < b.path ? -1 : 1));

/** @type {[string, (p: import('./lib/page-weight.mjs').PageWeight) => number][]} */
const columns = [
  ['words', (p) => p.words],
  ['HTML br', (p) => p.htmlBr],
  ['chrome br', (p) => p.chromeBr],
  ['CSS br', (p) => p.cssBr],
  ['JS br', (p) => p.jsBr],
  ['requests', (p) => p.requests.length],
  ['first view br', (p) => p.firstViewBr],
];
const number = (/** @type {number} */ n) => Math.round(n).toLocaleString('en-US');
const rows = [
  ['page', ...columns.map(([name]) => name)],
  ...pages.map((p) => [p.path, ...columns.map(([, value]) => number(value(p)))]),
  ['total', ...columns.map(([, value]) => number(pages.reduce((sum, p) => sum + value(p), 0)))],
  ['median', ...columns.map(([, value]) => number(median(pages.map(value))))],
];
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
const line = (/** @type {string[]} */ row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
rows.forEach((row, i) => {
  if (i === rows.length - 2) console.log(line(widths.map((w) => '-'.repeat(w))));
  console.log(line(row));
});

const problems = [...pages.flatMap((p) => [...budgetProblems(p), ...imageProblems(p)]), ...fontProblems(dist)];
console.log('');
console.log(
  `${pages.length} pages. Budgets: HTML + CSS ≤ ${number(BUDGETS.firstRoundTrip)} B (pages of up to ${number(BUDGETS.firstRoundTripWords)} words), ` +
    `chrome ≤ ${number(BUDGETS.chrome)} B, CSS ≤ ${number(BUDGETS.css)} B, carried in the page, scripts ≤ ${number(BUDGETS.scripts)} B ` +
    `(search ≤ ${number(BUDGETS.searchScript)} B), ≤ ${BUDGETS.requests} requests, ≤ ${BUDGETS.chromeLinks} pages linked outside <main>.`,
);
if (problems.length === 0) {
  console.log('Every page keeps its budgets.');
} else {
  console.log(`${problems.length} budget(s) broken:`);
  for (const problem of problems) console.log(`  ${problem}`);
  process.exitCode = 1;
}
