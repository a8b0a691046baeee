// Builds the search index after `astro build`: one index per language, from the `lang` of each page.
// Pages mark their own text with data-pagefind-body; fallback pages (Spanish text under /qu/) have
// none, so they stay out of the Quechua index. Then splits the word index into small chunks, so a
// search downloads a few KB of it (scripts/lib/pagefind-chunks.mjs says why and how).
// node scripts/pagefind.mjs [<built folder>]: dist/ unless told (the benchmark builds elsewhere).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { MAX_CHUNK_BYTES, rechunk } from './lib/pagefind-chunks.mjs';

const dir = process.argv[2] ?? 'dist';
const bundle = join(dir, 'pagefind');
// Pagefind leaves files of an earlier run beside its own (and their .br copies): start clean.
rmSync(bundle, { recursive: true, force: true });

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dir });
if (added.errors.length) throw new Error(`Pagefind could not index ${dir}/: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: bundle });
if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
console.log(`Pagefind: ${added.page_count} pages indexed into ${bundle}/`);
await pagefind.close();
const chunks = rechunk(bundle, MAX_CHUNK_BYTES);
console.log(`Pagefind word index in chunks of ≤ ${MAX_CHUNK_BYTES} bytes: ${Object.entries(chunks).map(([l, c]) => `${l} ${c.before} → ${c.after}`).join(', ')}`);
