/**
 * The deployment document, run: Debian's nginx (with its brotli static module; installed by
 * scripts/ensure-test-tools.mjs) serves dist/ on 127.0.0.1 with docs/deploying-nginx.conf, changed
 * only where a test machine differs (ports, certificate, paths). It must start, and send what the
 * documents promise: the .br and .gz copies to browsers that accept them, the headers of
 * public/_headers on every kind of page and file, long-lived caching only for hashed files, the
 * Quechua not-found page under /qu/, and a 301 for every moved address.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as plainRequest, type IncomingMessage } from 'node:http';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRedirects } from '../../src/lib/routes/registry';
import { distDir } from '../support/dist';
import { headersFor, headersText, parseHeadersFile } from '../support/headers';

const root = join(import.meta.dirname, '..', '..');
const HOST = 'alianza-cpc.example';
const MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

let work = '';
let nginx: ChildProcess | undefined;
let httpsPort = 0;
let httpPort = 0;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Reads an answer whole. */
const answer = (resolve: (a: Answer) => void) => (res: IncomingMessage) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])), body: Buffer.concat(chunks) }));
};

/** GET a path from the test nginx over HTTPS, as the site's host (its certificate is the test's own). */
const get = (path: string, headers: Record<string, string> = {}) =>
  new Promise<Answer>((resolve, reject) => {
    request({ host: '127.0.0.1', port: httpsPort, path, headers: { Host: HOST, ...headers }, servername: HOST, rejectUnauthorized: false }, answer(resolve)).on('error', reject).end();
  });

/** GET a path over plain HTTP. */
const getHttp = (path: string) =>
  new Promise<Answer>((resolve, reject) => {
    plainRequest({ host: '127.0.0.1', port: httpPort, path, headers: { Host: HOST } }, answer(resolve)).on('error', reject).end();
  });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'alianza-nginx-'));
  [httpsPort, httpPort] = [await freePort(), await freePort()];
  const cert = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${HOST}`, '-keyout', join(work, 'key.pem'), '-out', join(work, 'cert.pem')], { encoding: 'utf8' });
  expect(cert.status, cert.stderr).toBe(0);
  // The documented configuration, changed only where this machine differs.
  const documented = readFileSync(join(root, 'docs/deploying-nginx.conf'), 'utf8');
  const site = documented
    .replace(/listen 80;/, `listen 127.0.0.1:${httpPort};`)
    .replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${httpsPort} ssl http2;`)
    .replace(/\n\s*listen \[::\]:\d+[^\n]*;/g, '')
    .replaceAll('/etc/ssl/alianza-cpc/fullchain.pem', join(work, 'cert.pem'))
    .replaceAll('/etc/ssl/alianza-cpc/privkey.pem', join(work, 'key.pem'))
    .replaceAll('/srv/alianza-cpc/dist', distDir())
    .replaceAll('/var/log/nginx/alianza-cpc.access.log', join(work, 'access.log'));
  for (const changed of [`${httpPort};`, `${httpsPort} ssl`, 'cert.pem', distDir()]) expect(site, `the configuration has the line this test changes (${changed})`).toContain(changed);
  writeFileSync(join(work, 'site.conf'), site);
  writeFileSync(
    join(work, 'nginx.conf'),
    [
      `load_module ${MODULE};`,
      `pid ${join(work, 'nginx.pid')};`,
      `error_log ${join(work, 'error.log')};`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(work, t)};`),
      `  include ${join(work, 'site.conf')};`,
      '}',
    ].join('\n'),
  );
  const check = spawnSync('nginx', ['-t', '-c', join(work, 'nginx.conf'), '-p', work], { encoding: 'utf8' });
  expect(check.status, `nginx -t: ${check.stderr}`).toBe(0);
  nginx = spawn('nginx', ['-c', join(work, 'nginx.conf'), '-p', work, '-g', 'daemon off;'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (await get('/').then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer on 127.0.0.1:${httpsPort}; see ${join(work, 'error.log')}`);
}, 60_000);

afterAll(() => {
  nginx?.kill('SIGQUIT');
});

describe('the nginx example, on Debian\'s nginx', () => {
  it('sends the brotli copy to a browser that accepts it, the gzip copy to one that accepts only gzip, the file to others', async () => {
    const dist = distDir();
    for (const [path, file] of [['/', 'index.html'], ['/qu/protocolos/', 'qu/protocolos/index.html'], ['/feeds/noticias.xml', 'feeds/noticias.xml']] as const) {
      const br = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding'], path).toBe('br');
      expect(br.body.equals(readFileSync(join(dist, `${file}.br`))), `${path}: the .br file, as it is`).toBe(true);
      const gz = await get(path, { 'Accept-Encoding': 'gzip' });
      expect(gz.headers['content-encoding'], path).toBe('gzip');
      expect(gz.body.equals(readFileSync(join(dist, `${file}.gz`))), `${path}: the .gz file, as it is`).toBe(true);
      const plain = await get(path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.equals(readFileSync(join(dist, file))), path).toBe(true);
      expect(br.headers['vary'], path).toBe('Accept-Encoding');
    }
  });

  it('sends the headers of public/_headers on every kind of page and file, redirects and not-found pages included', async () => {
    const rules = parseHeadersFile(headersText());
    const paths = ['/', '/qu/', '/buscar/', '/protocolos/ruta-de-derivacion/v2.0/', '/protocolos/ruta-de-derivacion/v2.0.pdf', '/calendario.ics', '/sw.js', '/favicon.svg', '/pagefind/pagefind.js'];
    for (const path of paths) {
      const { status, headers } = await get(path, { 'Accept-Encoding': 'br' });
      expect(status, path).toBe(200);
      for (const [name, value] of Object.entries(headersFor(rules, path))) expect(headers[name], `${path}: ${name}`).toBe(value);
    }
    for (const path of ['/no-existe/', '/alianza/']) {
      const { status, headers } = await get(path);
      expect([301, 404], path).toContain(status);
      for (const [name, value] of Object.entries(headersFor(rules, '/'))) if (name !== 'cache-control') expect(headers[name], `${path}: ${name}`).toBe(value);
    }
  });

  it('caches hashed files and the search index for a year, and pages and other files for five minutes', async () => {
    const fragment = readdirSync(join(distDir(), 'pagefind/fragment'))[0];
    const meta = readdirSync(join(distDir(), 'pagefind')).find((f) => f.endsWith('.pf_meta'));
    expect((await get(`/pagefind/fragment/${fragment}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(`/pagefind/${meta}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/socios/oit/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/feeds/protocolos.xml']) {
      expect((await get(path)).headers['cache-control'], path).toBe('public, max-age=300, must-revalidate');
    }
    expect((await get('/sw.js')).headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing address with the not-found page of its language, and status 404', async () => {
    const es = await get('/no-existe/');
    expect(es.status).toBe(404);
    expect(es.body.toString()).toContain('<html lang="es"');
    const qu = await get('/qu/mana-kanchu/');
    expect(qu.status).toBe(404);
    expect(qu.body.toString()).toContain('<html lang="quz"');
    expect((await get('/_redirects.nginx')).status).toBe(404);
    expect((await get('/_headers')).status).toBe(404);
  });

  it('answers every moved address of public/_redirects with a 301 to where it moved', async () => {
    const redirects = parseRedirects(readFileSync(join(root, 'public/_redirects'), 'utf8'));
    expect(redirects.size).toBeGreaterThan(0);
    for (const [from, to] of redirects) {
      const { status, headers } = await get(from);
      expect(status, from).toBe(301);
      expect(headers['location'], from).toBe(to);
    }
  });

  it('sends plain HTTP to HTTPS', async () => {
    const { status, headers } = await getHttp('/protocolos/?x=1');
    expect(status).toBe(301);
    expect(headers['location']).toBe(`https://${HOST}/protocolos/?x=1`);
  });
});
