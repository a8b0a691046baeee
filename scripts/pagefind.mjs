// Builds the search index after `astro build`: one index per language, from the `lang` of each page.
// Pages mark their own text with data-pagefind-body; fallback pages (Spanish text under /qu/) have
// none, so they stay out of the Quechua index.
// node scripts/pagefind.mjs [<built folder>]: dist/ unless told (the benchmark builds elsewhere).
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const dir = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dir });
if (added.errors.length) throw new Error(`Pagefind could not index ${dir}/: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
console.log(`Pagefind: ${added.page_count} pages indexed into ${join(dir, 'pagefind')}/`);
await pagefind.close();
