// Builds the search index after `astro build`: one index per language, from the `lang` of each page.
// Pages mark their own text with data-pagefind-body; fallback pages (Spanish text under /qu/) have
// none, so they stay out of the Quechua index.
import * as pagefind from 'pagefind';

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: 'dist' });
if (added.errors.length) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: 'dist/pagefind' });
if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
console.log(`Pagefind: ${added.page_count} pages indexed into dist/pagefind/`);
await pagefind.close();
