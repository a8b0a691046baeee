/**
 * Unit tests of the static file server used by the e2e tests
 * (tests/setup/static-server.ts), against a temporary folder.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { acceptsEncoding, contentTypeFor, startStaticServer } from '../setup/static-server.ts';
import type { StaticServer } from '../setup/static-server.ts';

let root: string;
let outside: string;
let server: StaticServer;

function write(relPath: string, content: string | Uint8Array): void {
  const full = join(root, relPath);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}

function get(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, { redirect: 'manual', ...init });
}

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'static-server-test-'));
  root = join(base, 'dist');
  outside = join(base, 'secret.txt');
  writeFileSync(outside, 'do not serve me');
  write('index.html', '<!doctype html><html lang="es"><title>Inicio</title></html>');
  write('404.html', '<!doctype html><html lang="es"><title>No encontrada</title></html>');
  write('qu/index.html', '<!doctype html><html lang="quz"><title>Qallariy</title></html>');
  write('qu/404.html', '<!doctype html><html lang="quz"><title>Mana tarikunchu</title></html>');
  write('acerca/index.html', '<!doctype html><html lang="es"><title>Acerca</title></html>');
  write('sin-indice/nota.txt', 'hola');
  write('niñas y niños/index.html', '<!doctype html><title>ñ</title>');
  write('styles/site.css', 'body{color:black}');
  write('app.js', 'console.log(1)');
  write('module.mjs', 'export {}');
  write('data.json', '{"a":1}');
  write('sitemap-index.xml', '<?xml version="1.0"?><sitemapindex/>');
  write('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  write('files/guia.pdf', '%PDF-1.4');
  write('robots.txt', 'User-agent: *');
  write('eventos/agenda.ics', 'BEGIN:VCALENDAR');
  write('datos/casos.csv', 'a,b\n1,2\n');
  write('descargas/kit.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
  write('manifest.webmanifest', '{}');
  write('pagefind/pagefind.js', 'export {}');
  write('pagefind/wasm.es.pagefind', new Uint8Array([0, 97, 115, 109]));
  write('pagefind/pagefind-entry.json', '{}');
  write('pagefind/pagefind.es_abc.pf_meta', new Uint8Array([1, 2, 3]));
  write('pagefind/index/es_abc.pf_index', new Uint8Array([1, 2, 3]));
  write('pagefind/fragment/es_abc.pf_fragment', new Uint8Array([1, 2, 3]));
  write('pagefind/wasm.unknown.wasm', new Uint8Array([0, 97, 115, 109]));
  write('blob.weird', 'x');
  // Precompressed copies as src/lib/compression/precompress.mjs writes them; their text differs from the
  // file's so a test can tell which one was sent.
  write('comprimido/index.html', '<!doctype html><title>original</title>');
  write('comprimido/index.html.br', brotliCompressSync('<!doctype html><title>copia br</title>'));
  write('comprimido/index.html.gz', gzipSync('<!doctype html><title>copia gzip</title>'));
  write('solo-gzip.css', 'body{color:red}');
  write('solo-gzip.css.gz', gzipSync('body{color:blue}'));
  // A Pagefind file is gzip itself and gets only a .br copy of its unpacked bytes.
  write('pagefind/index/es_br.pf_index', gzipSync('pagefind_dcd indice'));
  write('pagefind/index/es_br.pf_index.br', brotliCompressSync('pagefind_dcd indice'));
  server = await startStaticServer({ root });
});

afterAll(async () => {
  await server?.close();
  rmSync(dirname(root), { recursive: true, force: true });
});

describe('static server', () => {
  test('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  test('serves index.html for the root and for directory URLs with a trailing slash', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toContain('lang="es"');

    const qu = await get('/qu/');
    expect(qu.status).toBe(200);
    expect(await qu.text()).toContain('lang="quz"');

    const about = await get('/acerca/?x=1');
    expect(about.status).toBe(200);
    expect(await about.text()).toContain('Acerca');
  });

  test('decodes percent-encoded paths', async () => {
    const res = await get('/ni%C3%B1as%20y%20ni%C3%B1os/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('ñ');
  });

  test('redirects a directory without trailing slash to the slashed URL, keeping the query', async () => {
    const res = await get('/acerca');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/acerca/');

    const withQuery = await get('/qu?lang=1');
    expect(withQuery.status).toBe(301);
    expect(withQuery.headers.get('location')).toBe('/qu/?lang=1');
  });

  test.each([
    ['/styles/site.css', 'text/css; charset=utf-8'],
    ['/app.js', 'text/javascript; charset=utf-8'],
    ['/module.mjs', 'text/javascript; charset=utf-8'],
    ['/data.json', 'application/json; charset=utf-8'],
    ['/sitemap-index.xml', 'application/xml; charset=utf-8'],
    ['/logo.svg', 'image/svg+xml; charset=utf-8'],
    ['/pagefind/wasm.unknown.wasm', 'application/wasm'],
    ['/files/guia.pdf', 'application/pdf'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/eventos/agenda.ics', 'text/calendar; charset=utf-8'],
    ['/datos/casos.csv', 'text/csv; charset=utf-8'],
    ['/descargas/kit.zip', 'application/zip'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['/pagefind/wasm.es.pagefind', 'application/octet-stream'],
    ['/pagefind/pagefind.es_abc.pf_meta', 'application/octet-stream'],
    ['/pagefind/index/es_abc.pf_index', 'application/octet-stream'],
    ['/pagefind/fragment/es_abc.pf_fragment', 'application/octet-stream'],
    ['/blob.weird', 'application/octet-stream'],
  ])('serves %s as %s', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    const body = new Uint8Array(await res.arrayBuffer());
    expect(res.headers.get('content-length')).toBe(String(body.length));
    expect(body.length).toBeGreaterThan(0);
  });

  test('sends the precompressed copy the client accepts, like brotli_static and gzip_static', async () => {
    const as = (encoding: string) => get('/comprimido/', { headers: { 'Accept-Encoding': encoding } });

    const br = await as('gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(br.headers.get('content-length')).toBe(String(statSync(join(root, 'comprimido/index.html.br')).size));
    expect(await br.text()).toContain('copia br');

    const gzip = await as('gzip, br;q=0');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toContain('copia gzip');

    const plain = await as('identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect(await plain.text()).toContain('original');

    // Only the copies that exist: no .br here, so gzip; and nothing is compressed on the fly.
    const css = await get('/solo-gzip.css', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(css.headers.get('content-encoding')).toBe('gzip');
    expect(await css.text()).toBe('body{color:blue}');
    const js = await get('/app.js', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(js.headers.get('content-encoding')).toBeNull();
    expect(js.headers.get('vary')).toBeNull();
    expect(await js.text()).toBe('console.log(1)');

    const head = await get('/comprimido/', { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
    expect(head.headers.get('content-length')).toBe(br.headers.get('content-length'));
  });

  test("sends a Pagefind file's .br copy to a browser that accepts br, and the gzipped file itself to others", async () => {
    const chunk = (encoding: string) => get('/pagefind/index/es_br.pf_index', { headers: { 'Accept-Encoding': encoding } });
    const br = await chunk('gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toBe('application/octet-stream');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(await br.text()).toBe('pagefind_dcd indice');
    // No .gz copy: the file is gzip, which pagefind.js unpacks itself; nothing says Content-Encoding.
    const gzip = await chunk('gzip');
    expect(gzip.headers.get('content-encoding')).toBeNull();
    expect(gzip.headers.get('vary')).toBe('Accept-Encoding');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe('pagefind_dcd indice');
  });

  test('acceptsEncoding reads names, * and q=0', () => {
    expect(acceptsEncoding('gzip, deflate, br', 'br')).toBe(true);
    expect(acceptsEncoding('gzip, deflate, br;q=0', 'br')).toBe(false);
    expect(acceptsEncoding('BR;Q=0.5', 'br')).toBe(true);
    expect(acceptsEncoding('*', 'gzip')).toBe(true);
    expect(acceptsEncoding('*, gzip;q=0', 'gzip')).toBe(false);
    expect(acceptsEncoding('', 'gzip')).toBe(false);
  });

  test('contentTypeFor is case-insensitive on the extension', () => {
    expect(contentTypeFor('/x/PAGE.HTML')).toBe('text/html; charset=utf-8');
  });

  test('answers missing files with dist/404.html and status 404', async () => {
    const res = await get('/no-existe/');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('No encontrada');

    const file = await get('/no-existe.css');
    expect(file.status).toBe(404);
    expect(await file.text()).toContain('No encontrada');
  });

  test('answers missing paths under /qu/ with dist/qu/404.html', async () => {
    const res = await get('/qu/mana-kanchu/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Mana tarikunchu');

    // /quechua is not under /qu/
    const other = await get('/quechua/');
    expect(other.status).toBe(404);
    expect(await other.text()).toContain('No encontrada');
  });

  test('a directory without index.html is a 404, not a listing', async () => {
    const res = await get('/sin-indice/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('No encontrada');
  });

  test('a file URL with a trailing slash is a 404', async () => {
    const res = await get('/robots.txt/');
    expect(res.status).toBe(404);
  });

  test('never serves files outside the root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/qu/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await get(path);
      expect(res.status, path).not.toBe(200);
      expect(await res.text(), path).not.toContain('do not serve me');
    }
  });

  test('rejects malformed percent-encoding with 400', async () => {
    const res = await get('/%E0%A4%A');
    expect(res.status).toBe(400);
  });

  test('HEAD returns headers without a body; other methods get 405', async () => {
    const head = await get('/styles/site.css', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String('body{color:black}'.length));
    expect(await head.text()).toBe('');

    const post = await get('/', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  test('falls back to a plain-text 404 when the site has no 404 page', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'static-server-bare-'));
    const other = await startStaticServer({ root: bare });
    try {
      const res = await fetch(`${other.url}/nada`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    } finally {
      await other.close();
      rmSync(bare, { recursive: true, force: true });
    }
  });

  test('refuses to start on a missing root folder', async () => {
    await expect(startStaticServer({ root: join(tmpdir(), 'definitely-missing-folder-xyz') })).rejects.toThrow(
      /root folder does not exist/,
    );
  });
});
