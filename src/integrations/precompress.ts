/**
 * The last step of every build: a .br and a .gz copy beside each text file of the built site, for
 * hosts that send precompressed files as they are (src/lib/compression/precompress.mjs says which
 * and how). Listed last in astro.config.mjs, so it sees every file the other steps wrote.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ENCODINGS, precompress } from '../lib/compression/precompress.mjs';

const kb = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString('en-US')} KB`;

export function precompressed(): AstroIntegration {
  return {
    name: 'alianza:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const { files, pagefind, bytes, written } = await precompress(fileURLToPath(dir));
        const copies = ENCODINGS.map((e) => `${written[e.name]?.files ?? 0} ${e.extension} (${kb(written[e.name]?.bytes ?? 0)})`).join(', ');
        logger.info(`${files} text files and ${pagefind} Pagefind files (${kb(bytes)}) precompressed: ${copies} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
      },
    },
  };
}
