/**
 * A tiny static file server over a built site folder (dist/), used by the
 * end-to-end tests. node:http only, no dependencies.
 *
 * Behaviour (kept close to what a plain static host does):
 * - GET and HEAD only (anything else: 405).
 * - `/dir/` serves `dir/index.html`; `/dir` (an existing directory) redirects
 *   with 301 to `/dir/` (query string kept).
 * - Content types from the file extension (see CONTENT_TYPES), unknown ones are
 *   `application/octet-stream`. Pagefind's index files (.pf_meta, .pf_index,
 *   .pf_fragment, .pagefind) are `application/octet-stream`.
 * - Missing files: `404.html` of the root with status 404; under `/qu/` the
 *   Quechua `qu/404.html` or `qu/404/index.html` if it exists. Plain-text 404 when neither exists.
 * - Paths that escape the root (`..`, encoded or not) or contain NUL: 400/404,
 *   never a file outside the root.
 * - `Cache-Control: no-store`, so tests always see the latest build.
 * - Precompressed copies, like nginx's brotli_static and gzip_static: `file.br` when the client
 *   accepts br, else `file.gz` when it accepts gzip (with Content-Encoding and
 *   `Vary: Accept-Encoding`), else the file itself. Nothing is compressed on the fly: a folder
 *   without copies (TEST_DIST_DIR) is served as it is.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  // Pagefind's binary index files.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? DEFAULT_CONTENT_TYPE;
}

export interface StaticServerOptions {
  /** Folder to serve (e.g. the absolute path of dist/). */
  root: string;
  /** Host to bind; defaults to 127.0.0.1. */
  host?: string;
  /** Port to bind; defaults to 0 (a free port chosen by the OS). */
  port?: number;
}

export interface StaticServer {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:43210`. */
  readonly url: string;
  readonly port: number;
  readonly root: string;
  readonly server: Server;
  /** Stops accepting connections, drops keep-alive ones, resolves when closed. */
  close(): Promise<void>;
}

type FileKind = 'file' | 'dir' | null;

async function kindOf(path: string): Promise<FileKind> {
  try {
    const s = await stat(path);
    if (s.isFile()) return 'file';
    if (s.isDirectory()) return 'dir';
    return null;
  } catch {
    return null;
  }
}

function sendText(res: ServerResponse, status: number, body: string, head: boolean, extra: Record<string, string> = {}): void {
  const buf = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(buf.length),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(head ? undefined : buf);
}

/** Precompressed copies written beside a file by src/lib/compression/precompress.mjs, in the order they are preferred. */
const PRECOMPRESSED = [
  { encoding: 'br', extension: '.br' },
  { encoding: 'gzip', extension: '.gz' },
] as const;

/**
 * Whether an Accept-Encoding header accepts an encoding: named, or `*`, and not refused with q=0.
 * `acceptsEncoding('gzip, br;q=0', 'br')` is false.
 */
export function acceptsEncoding(header: string, encoding: string): boolean {
  const weights = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim());
    const q = params.map((p) => /^q=([\d.]+)$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
  return weight > 0;
}

async function sendFile(res: ServerResponse, status: number, filePath: string, head: boolean, acceptEncoding = ''): Promise<void> {
  // Like nginx with brotli_static and gzip_static: send the precompressed copy (file.br, file.gz)
  // that the client accepts, so the tests see what travels over the wire; else the file itself.
  let sent = filePath;
  const extra: Record<string, string> = {};
  for (const { encoding, extension } of PRECOMPRESSED) {
    if ((await kindOf(filePath + extension)) !== 'file') continue;
    extra['Vary'] = 'Accept-Encoding';
    if (sent === filePath && acceptsEncoding(acceptEncoding, encoding)) {
      sent = filePath + extension;
      extra['Content-Encoding'] = encoding;
    }
  }
  const s = await stat(sent);
  res.writeHead(status, {
    'Content-Type': contentTypeFor(filePath),
    'Content-Length': String(s.size),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  if (head) {
    res.end();
    return;
  }
  await new Promise<void>((resolvePromise, reject) => {
    const stream = createReadStream(sent);
    stream.on('error', reject);
    res.on('close', () => {
      stream.destroy();
      resolvePromise();
    });
    stream.pipe(res);
  });
}

/** Resolves a decoded URL path to a path inside root, or null if it would escape it. */
function toFsPath(root: string, urlPath: string): string | null {
  const candidate = resolve(join(root, urlPath));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  return candidate;
}

async function sendNotFound(res: ServerResponse, root: string, urlPath: string, head: boolean, acceptEncoding = ''): Promise<void> {
  const candidates: string[] = [];
  // Astro writes src/pages/qu/404.astro as qu/404/index.html (directory format).
  if (urlPath === '/qu' || urlPath.startsWith('/qu/')) {
    candidates.push(join(root, 'qu', '404.html'), join(root, 'qu', '404', 'index.html'));
  }
  candidates.push(join(root, '404.html'));
  for (const page of candidates) {
    if ((await kindOf(page)) === 'file') {
      await sendFile(res, 404, page, head, acceptEncoding);
      return;
    }
  }
  sendText(res, 404, `Not found: ${urlPath}\n`, head);
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  const head = method === 'HEAD';
  if (method !== 'GET' && method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed\n', false, { Allow: 'GET, HEAD' });
    return;
  }

  const url = new URL(req.url ?? '/', 'http://localhost');
  let urlPath: string;
  try {
    urlPath = decodeURIComponent(url.pathname);
  } catch {
    sendText(res, 400, 'Bad request: malformed URL\n', head);
    return;
  }
  if (urlPath.includes('\0')) {
    sendText(res, 400, 'Bad request\n', head);
    return;
  }

  const fsPath = toFsPath(root, urlPath);
  if (fsPath === null) {
    await sendNotFound(res, root, urlPath, head, String(req.headers['accept-encoding'] ?? ''));
    return;
  }

  const kind = await kindOf(fsPath);
  if (urlPath.endsWith('/')) {
    const index = join(fsPath, 'index.html');
    if (kind === 'dir' && (await kindOf(index)) === 'file') {
      await sendFile(res, 200, index, head, String(req.headers['accept-encoding'] ?? ''));
    } else {
      await sendNotFound(res, root, urlPath, head, String(req.headers['accept-encoding'] ?? ''));
    }
    return;
  }
  if (kind === 'file') {
    await sendFile(res, 200, fsPath, head, String(req.headers['accept-encoding'] ?? ''));
    return;
  }
  if (kind === 'dir') {
    const location = `${url.pathname}/${url.search}`;
    sendText(res, 301, `Moved to ${location}\n`, head, { Location: location });
    return;
  }
  await sendNotFound(res, root, urlPath, head, String(req.headers['accept-encoding'] ?? ''));
}

/** Starts the server; resolves once it listens. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  if ((await kindOf(root)) !== 'dir') {
    throw new Error(`static server: root folder does not exist: ${root}`);
  }
  const host = options.host ?? '127.0.0.1';

  const server = createServer((req, res) => {
    handle(root, req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        sendText(res, 500, `Internal error: ${err instanceof Error ? err.message : String(err)}\n`, false);
      } else {
        res.destroy();
      }
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });

  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    root,
    server,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.close((err) => (err ? reject(err) : resolvePromise()));
        server.closeAllConnections();
      }),
  };
}
