// The built folder served as nginx with brotli_static serves it, for the benchmark's browser
// measurements (first-search.mjs, phone.mjs): the .br file when the browser accepts brotli;
// with `compressMissing`, a text file without one (like Starlight's) is compressed on the fly at
// the same quality, once.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt']);

/**
 * Starts the server on 127.0.0.1 at a free port.
 * @param {string} dir @param {{ compressMissing?: boolean }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function serve(dir, { compressMissing = false } = {}) {
  /** @type {Map<string, Buffer>} */
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = join(dir, decodeURIComponent(url.pathname));
    if (!path.startsWith(dir)) return void res.writeHead(400).end();
    if (url.pathname.endsWith('/')) path = join(path, 'index.html');
    try {
      if (!(await stat(path)).isFile()) throw new Error('not a file');
    } catch {
      return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
    const wantsBr = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
    let body;
    if (wantsBr && existsSync(`${path}.br`)) body = await readFile(`${path}.br`);
    else if (wantsBr && compressMissing && COMPRESSIBLE.has(extname(path))) {
      if (!compressed.has(path)) compressed.set(path, brotliCompressSync(await readFile(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      body = compressed.get(path);
    }
    const encoded = body !== undefined;
    body ??= await readFile(path);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...(encoded ? { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' } : {}),
      'Content-Length': body.length,
    });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
