/**
 * The site as a ZIM file for Kiwix (`npm run offline`, docs/offline.md#the-zim-file), made from the
 * suite's one build: checked with openZIM's zimcheck, served by Debian's kiwix-serve on 127.0.0.1
 * and read in Chromium, every request recorded (one outside kiwix-serve fails the test). And
 * without zim-tools, as a user who cannot install them: the zip is still written.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { trackPageErrors, useBrowser } from '../setup/browser.ts';
import { REPO_ROOT } from '../setup/global-setup.ts';

const DAY = '2026-03-15';
const BOOK = 'alianza-cpc_es-qu_2026-03';
const browser = useBrowser();
const script = join(REPO_ROOT, 'scripts/offline.mjs');
let work: string;
let zim: string;
let output: string;
let server: ChildProcess | undefined;
let base: string;
const outside: string[] = [];

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'offline-zim-'));
  const run = spawnSync(process.execPath, [script, '--zim', '--dist', inject('distDir'), '--out', join(work, 'out'), '--date', DAY], { encoding: 'utf8' });
  output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`npm run offline --zim failed:\n${output}`);
  zim = join(work, 'out', `${BOOK}.zim`);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn('/usr/bin/kiwix-serve', ['--address=127.0.0.1', `--port=${port}`, zim], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${base}/catalog/v2/entries`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`kiwix-serve did not answer at ${base}`);
}, 5 * 60_000);

afterAll(() => {
  server?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

const meta = async (name: string) => (await fetch(`${base}/raw/${BOOK}/meta/${name}`)).text();

describe('the ZIM file', () => {
  test('is written beside the zip, and passes every check of zimcheck', () => {
    expect(output).toMatch(new RegExp(`${BOOK}\\.zim: [\\d.]+ MB, zimcheck --all passed`));
    expect(existsSync(join(work, 'out', `alianza-cpc-${DAY}.zip`))).toBe(true);
    const check = spawnSync('/usr/bin/zimcheck', ['--all', zim], { encoding: 'utf8' });
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toContain('Overall Test Status: Pass');
  });

  test('carries the metadata Kiwix shows, and a 48×48 illustration', async () => {
    expect(await meta('Name')).toBe('alianza-cpc_es-qu');
    expect(await meta('Language')).toBe('spa,quz');
    expect([...(await meta('Title'))].length).toBeLessThanOrEqual(30);
    expect([...(await meta('Description'))].length).toBeLessThanOrEqual(80);
    expect(await meta('Creator')).toBe('Alianza CPC');
    expect(await meta('Publisher')).toBe('Alianza CPC');
    expect(await meta('Date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const png = Buffer.from(await (await fetch(`${base}/catalog/v2/illustration/${BOOK}/?size=48`)).arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([48, 48]);
  });
});

describe('served by kiwix-serve, in Chromium', () => {
  const errors: string[][] = [];
  afterAll(() => {
    expect(outside, 'requests outside kiwix-serve').toEqual([]);
    // Kiwix's bar on each page included: the ZIM's pages carry no policy that would block it.
    expect(errors.flat(), 'errors in the pages').toEqual([]);
  });

  const open = async (path: string) => {
    const page = await browser.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(`${base}/`)) outside.push(`${request.url()} (from ${page.url()})`);
    });
    // The book's pages (Kiwix's own search page asks for a favicon it lacks).
    if (path.startsWith(`/${BOOK}`)) errors.push(trackPageErrors(page));
    await page.goto(`${base}${path}`);
    return page;
  };

  test('the book opens at the home page, whose language switch leads to a Quechua page', async () => {
    const page = await open(`/${BOOK}`);
    expect(page.url()).toBe(`${base}/${BOOK}/index.html`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('[data-offline-copy]').textContent()).toContain('Copia sin conexión del 15 de marzo de 2026');
    await page.locator('[data-language-switcher] a[hreflang="quz"]').click();
    await page.waitForURL(`${base}/${BOOK}/qu/index.html`);
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    await page.context().close();
  });

  test('a kit\'s PDF downloads from the book', async () => {
    const page = await open(`/${BOOK}/kits/primaria/index.html`);
    const pdf = await page.locator('a[href$=".pdf"]').first().evaluate((a: HTMLAnchorElement) => a.href);
    expect(pdf).toBe(`${base}/${BOOK}/kits/primaria.pdf`);
    const response = await page.request.get(pdf);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  test('Kiwix\'s own search finds "trata" in the protocols, and its results open', async () => {
    const page = await open(`/search?content=${BOOK}&pattern=trata`);
    const results = page.locator(`a[href^="/${BOOK}/"]`);
    expect(await results.evaluateAll((links: HTMLAnchorElement[]) => links.map((a) => a.getAttribute('href')))).toContain(`/${BOOK}/protocolos/ruta-de-derivacion/index.html`);
    await results.first().click();
    await page.waitForURL((url) => url.pathname.startsWith(`/${BOOK}/`) && url.pathname.endsWith('.html'));
    await page.context().close();
  });
});

describe('without zim-tools, as a user who cannot install them', () => {
  const asNobody = (flags: string[]) => {
    const out = mkdtempSync(join(tmpdir(), 'offline-nozim-'));
    chmodSync(out, 0o777);
    const run = spawnSync(process.execPath, [script, ...flags, '--dist', inject('distDir'), '--out', out, '--date', DAY], {
      encoding: 'utf8',
      // As root, run as "nobody", who may not install packages; any other user already may not.
      ...(process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}),
      env: { PATH: dirname(process.execPath), HOME: out },
    });
    const zip = existsSync(join(out, `alianza-cpc-${DAY}.zip`));
    rmSync(out, { recursive: true, force: true });
    return { status: run.status, text: `${run.stdout}${run.stderr}`, zip };
  };

  test('writes the zip, says how to install the tools, and succeeds', () => {
    const run = asNobody([]);
    expect(run.status, run.text).toBe(0);
    expect(run.zip).toBe(true);
    expect(run.text).toContain("offline: no ZIM file written: zimwriterfs and zimcheck are not installed, and cannot be installed from here (not running as root): install Debian's zim-tools (`sudo apt-get install zim-tools`)");
  });

  test('fails when the ZIM was asked for (--zim), the zip written all the same', () => {
    const run = asNobody(['--zim']);
    expect(run.status).toBe(1);
    expect(run.zip).toBe(true);
    expect(run.text).toContain('offline: --zim: zimwriterfs and zimcheck are not installed');
  });
});
