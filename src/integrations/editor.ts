/**
 * The content editor at /admin/ (Decap CMS, src/lib/editor/): written into dist/ as the very last
 * step of the build, after the search index, the service worker, the tel: links and the
 * precompressed copies, so none of them includes it; served by the development server for
 * `npm run edit`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { decapDist, ownFiles, writeEditor } from '../lib/editor/admin-files';
import { contentDir } from '../site';

const types: Record<string, string> = { html: 'text/html; charset=utf-8', yml: 'text/yaml; charset=utf-8', js: 'text/javascript; charset=utf-8', wasm: 'application/wasm' };

export function editor(): AstroIntegration {
  return {
    name: 'alianza:editor',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const match = /^\/admin\/([^?]*)/.exec(req.url ?? '');
          if (!match) return next();
          const name = match[1] || 'index.html';
          const own = ownFiles(contentDir)[name];
          const decap = decapDist();
          const file = join(decap.dir, name);
          if (own === undefined && !(decap.files.includes(name) && existsSync(file))) return next();
          res.setHeader('Content-Type', types[name.split('.').pop() ?? ''] ?? 'application/octet-stream');
          res.end(own ?? readFileSync(file));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const files = writeEditor(fileURLToPath(dir), contentDir);
        logger.info(`the editor at /admin/: ${files} files (Decap CMS, copied as published)`);
      },
    },
  };
}
