/**
 * The copy as a package: its budgets, the zip (one folder inside, named after the day), and the
 * sizes `npm run offline` prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipFiles } from '../kits/zip';
import type { CopyResult } from './copy';

const MB = 1024 * 1024;
/** The whole copy, unpacked and zipped, at most this (the limit: a small USB stick, a slow copy). */
export const COPY_BUDGET_BYTES = 25 * MB;
/**
 * Each language's search index at most this: the search page reads all of it before the first
 * search, on a school's old computer too.
 */
export const INDEX_BUDGET_BYTES = 400 * 1024;

/** "alianza-cpc-2026-12-06": the name of the zip and of the folder inside it. */
export const copyName = (day: string) => `alianza-cpc-${day}`;

/** The zip of a copy written to `dir`: every file under one folder named `name`. */
export function zipCopy(dir: string, result: CopyResult, name: string, date: Date): Uint8Array {
  return zipFiles(
    result.files.map(({ file }) => ({ name: `${name}/${file}`, data: readFileSync(join(dir, file)) })),
    date,
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} KB`;
const mb = (bytes: number) => `${(bytes / MB).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

/** What the copy weighs, its ten largest files, and every budget it breaks (none: an empty list). */
export function sizeReport(result: CopyResult, zipBytes: number): { lines: string[]; over: string[] } {
  const total = result.files.reduce((sum, f) => sum + f.bytes, 0);
  const largest = [...result.files].sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file)).slice(0, 10);
  const lines = [
    `copy: ${result.files.length} files, ${mb(total)} unpacked, ${mb(zipBytes)} zipped (budget ${mb(COPY_BUDGET_BYTES)} each)`,
    ...result.indexes.map((i) => `search index ${i.lang}: ${i.pages} pages, ${kb(i.bytes)} (budget ${kb(INDEX_BUDGET_BYTES)})`),
    'ten largest files:',
    ...largest.map((f) => `  ${kb(f.bytes).padStart(10)}  ${f.file}`),
  ];
  const over = [
    ...(total > COPY_BUDGET_BYTES ? [`the copy is ${mb(total)} unpacked, over its ${mb(COPY_BUDGET_BYTES)}`] : []),
    ...(zipBytes > COPY_BUDGET_BYTES ? [`the zip is ${mb(zipBytes)}, over its ${mb(COPY_BUDGET_BYTES)}`] : []),
    ...result.indexes.filter((i) => i.bytes > INDEX_BUDGET_BYTES).map((i) => `the search index ${i.file} is ${kb(i.bytes)}, over its ${kb(INDEX_BUDGET_BYTES)}`),
  ];
  return { lines, over };
}
