// @ts-check
// node scripts/mutation-summary.mjs [report.json]   (npm run mutation runs it after Stryker)
// Reads Stryker's JSON report (the mutation-testing-report-schema; default
// reports/mutation/mutation.json) and prints the mutation score of each folder of src/lib, of the
// areas whose score the team keeps at 80 % or more (docs/mutation.md), and of the whole run:
//
//   src/lib/content 83.2 % (412 killed, 80 survived, 5 no coverage)
//
// The score is Stryker's: detected (killed or timed out) over detected and undetected (survived
// or not covered by any test); mutants that do not compile or are ignored do not count.
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The areas of docs/mutation.md: the code a wrong answer of which a reader would notice first. */
/** @type {Array<[name: string, paths: string[]]>} */
export const AREAS = [
  ['the content check', ['src/lib/content/']],
  ['the URL registry', ['src/lib/routes/registry.ts']],
  ['citations', ['src/lib/protocols/citations.ts', 'src/lib/protocols/citation-templates.ts']],
  ['protocol diffs', ['src/lib/protocols/diff.ts']],
  ['decision trees', ['src/lib/tools/decision-tree.ts']],
  ['the rehype guard', ['src/lib/markdown/rehype-guard.ts']],
  ['the facts registry', ['src/lib/facts/']],
];

/** @typedef {{ killed: number, timeout: number, survived: number, noCoverage: number }} Counts */

/** @param {{ status: string }[]} mutants @returns {Counts} */
export function count(mutants) {
  const counts = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
  for (const { status } of mutants) {
    if (status === 'Killed') counts.killed++;
    else if (status === 'Timeout') counts.timeout++;
    else if (status === 'Survived') counts.survived++;
    else if (status === 'NoCoverage') counts.noCoverage++;
  }
  return counts;
}

/** @param {string} label @param {Counts} c */
export function line(label, c) {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  const score = valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(1)} %`;
  const parts = [`${c.killed} killed`];
  if (c.timeout) parts.push(`${c.timeout} timed out`);
  parts.push(`${c.survived} survived`, `${c.noCoverage} no coverage`);
  return `${label} ${score} (${parts.join(', ')})`;
}

/**
 * The summary's lines for a report.
 * @param {{ files: Record<string, { mutants: { status: string }[] }> }} report
 * @param {string} cwd the folder the report's relative file names start from
 */
export function summary(report, cwd = process.cwd()) {
  const files = Object.entries(report.files).map(([name, file]) => ({
    name: relative(cwd, resolve(cwd, name)).split('\\').join('/'),
    mutants: file.mutants,
  }));
  const folderOf = (/** @type {string} */ name) => name.match(/^src\/lib\/[^/]+/)?.[0] ?? name.slice(0, name.lastIndexOf('/'));
  const folders = [...new Set(files.map((f) => folderOf(f.name)))].sort();
  const lines = ['Mutation score per folder:'];
  for (const folder of folders) {
    lines.push(`  ${line(folder, count(files.filter((f) => folderOf(f.name) === folder).flatMap((f) => f.mutants)))}`);
  }
  /** @type {[string, string[], typeof files][]} */
  const areas = AREAS.map(([label, paths]) => /** @type {[string, string[], typeof files]} */ ([label, paths, files.filter((f) => paths.some((p) => (p.endsWith('/') ? f.name.startsWith(p) : f.name === p)))]));
  const found = areas.filter(([, , matched]) => matched.length > 0);
  if (found.length > 0) {
    lines.push('The areas (docs/mutation.md keeps each at 80 % or more):');
    for (const [label, paths, matched] of found) {
      lines.push(`  ${line(`${label} (${paths.join(', ')})`, count(matched.flatMap((f) => f.mutants)))}`);
    }
  }
  lines.push(line('All mutated files:', count(files.flatMap((f) => f.mutants))));
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = resolve(process.argv[2] ?? 'reports/mutation/mutation.json');
  if (!existsSync(file)) {
    console.error(`mutation-summary: ${file} does not exist; run \`npm run mutation\` first.`);
    process.exit(1);
  }
  console.log(summary(JSON.parse(readFileSync(file, 'utf8'))).join('\n'));
}
