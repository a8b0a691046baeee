/**
 * The offline copy (`npm run offline`, docs/offline.md#the-usb-copy), made from the suite's one build
 * (`--dist`, never built again), unzipped into a temporary folder and opened in Chromium from
 * file://, as a school opens it from a USB stick: every request of every page is recorded, and one
 * outside the copy fails the test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { pageLinks } from '../../scripts/links-report.mjs';
import { formatViolations, runAxe, trackPageErrors, useBrowser, type NewPageOptions } from '../setup/browser.ts';
import { INDEX_BUDGET_BYTES } from '../../src/lib/offline-copy/package.ts';
import { REPO_ROOT } from '../setup/global-setup.ts';

const DAY = '2026-03-15';
const NAME = `alianza-cpc-${DAY}`;
const browser = useBrowser();
let work: string;
let copy: string;
let root: string;
let output: string;
const outside: string[] = [];
const errors: string[][] = [];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'offline-copy-'));
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/offline.mjs'), '--no-zim', '--dist', inject('distDir'), '--out', join(work, 'out'), '--date', DAY], { encoding: 'utf8' });
  output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`npm run offline failed:\n${output}`);
  // Unpacked from the zip, as a school gets it: not the folder the script left beside it.
  const files = unzipSync(readFileSync(join(work, 'out', `${NAME}.zip`)));
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(work, 'usb', name)), { recursive: true });
    writeFileSync(join(work, 'usb', name), data);
  }
  copy = join(work, 'usb', NAME);
  root = pathToFileURL(`${copy}/`).href;
}, 5 * 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A page of the copy, every request it makes recorded; one outside the copy is kept in `outside`. */
async function open(path: string, options: NewPageOptions = {}, trackErrors = true): Promise<Page> {
  const page = await browser.newPage(options);
  page.on('request', (request) => {
    if (!request.url().startsWith(root)) outside.push(`${request.url()} (from ${page.url()})`);
  });
  if (trackErrors) errors.push(trackPageErrors(page));
  await page.goto(`${root}${path}`);
  return page;
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));

describe('npm run offline', () => {
  test('prints the sizes, the index against its budget and the ten largest files', () => {
    expect(output).toMatch(/copy: \d+ files, [\d.]+ MB unpacked, [\d.]+ MB zipped \(budget 25 MB each\)/);
    expect(output).toMatch(/search index es: \d+ pages, [\d.]+ KB \(budget 400 KB\)/);
    expect(output).toMatch(/search index quz: \d+ pages/);
    const largest = output.slice(output.indexOf('ten largest files:')).split('\n').slice(1).filter((l) => /^offline: +[\d.]+ (KB|MB)/.test(l));
    expect(largest).toHaveLength(10);
  });

  test('the zip holds one folder: the site, LEEME.html and README.html, without Pagefind or the service worker', () => {
    expect(readdirSync(join(work, 'usb'))).toEqual([NAME]);
    for (const file of ['index.html', 'qu/index.html', 'LEEME.html', 'README.html']) expect(existsSync(join(copy, file)), file).toBe(true);
    for (const file of ['pagefind', 'sw.js', '_headers', 'index.html.br', 'descargas']) expect(existsSync(join(copy, file)), file).toBe(false);
  });

  test('lists what it wrote for the build to publish, and the copy\'s download page leads online for the packages', () => {
    const manifest = JSON.parse(readFileSync(join(work, 'out', 'paquetes.json'), 'utf8')) as { made: string; packages: { kind: string; file: string; bytes: number }[] };
    expect(manifest.made).toBe(DAY);
    expect(manifest.packages.map((p) => [p.kind, p.file, p.bytes])).toEqual([['zip', `${NAME}.zip`, statSync(join(work, 'out', `${NAME}.zip`)).size]]);
    expect(output).toContain('paquetes.json lists them');
    // The suite's build publishes the fixture's packages; a copy holds none, and links to them online.
    const page = readFileSync(join(copy, 'descargar-el-sitio/index.html'), 'utf8');
    expect(page).toContain('href="https://alianza-cpc.example/descargas/alianza-cpc-sitio-completo.zip"');
    expect(page).toContain('href="https://alianza-cpc.example/descargas/alianza-cpc_es-qu.zim"');
  });

  test('each language\'s search index holds the pages Pagefind indexes, within its budget', () => {
    const entry = JSON.parse(readFileSync(join(inject('distDir'), 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    for (const lang of ['es', 'quz']) {
      const bytes = statSync(join(copy, `busqueda-sin-conexion/indice-${lang}.js`)).size;
      expect(bytes, lang).toBeLessThanOrEqual(INDEX_BUDGET_BYTES);
      expect(output).toContain(`search index ${lang}: ${entry.languages[lang]?.page_count} pages`);
    }
  });
});

describe('every page of the copy', () => {
  test('carries the offline line with the date and the site\'s address, and registers no service worker', () => {
    const pages = htmlFiles(copy).filter((file) => !/(LEEME|README)\.html$/.test(file));
    expect(pages.length).toBeGreaterThan(200);
    const wrong = pages.filter((file) => {
      const html = readFileSync(file, 'utf8');
      const quechua = html.includes('<html lang="quz"');
      const line = quechua ? /Internet mana kaqtin ñawinchanapaq kikinchasqa, [^<]*2026 p’unchawpi\. Musuq kaqtaqa/ : /Copia sin conexión del 15 de marzo de 2026\. La versión al día está en/;
      return !html.includes('data-offline-copy') || !line.test(html) || !html.includes('https://alianza-cpc.example') || /serviceWorker\.register|\/pagefind\/|sw\.js/.test(html);
    });
    expect(wrong.map((f) => relative(copy, f))).toEqual([]);
  });

  test('links every address of the site as a relative file that exists in the copy', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(copy)) {
      const base = pathToFileURL(file);
      for (const link of pageLinks(readFileSync(file, 'utf8'))) {
        const { value } = link;
        if (/^(https?:|tel:|mailto:|data:|#)/.test(value) || value === '') continue;
        if (value.startsWith('/')) {
          broken.push(`${relative(copy, file)}: ${value} is not relative`);
          continue;
        }
        const target = fileURLToPath(new URL(value, base));
        if (!target.startsWith(copy + sep) || !existsSync(target) || statSync(target).isDirectory()) broken.push(`${relative(copy, file)}: ${value} is no file of the copy`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('opened from files in Chromium', () => {
  afterAll(() => {
    expect(outside, 'requests outside the copy').toEqual([]);
    expect(errors.flat(), 'errors in the pages').toEqual([]);
  });

  test('the home page in Spanish is styled, with the hotlines, quick exit and the offline line', async () => {
    const page = await open('index.html');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expect.poll(() => page.locator('a[data-quick-exit]').evaluate((a) => getComputedStyle(a).backgroundColor), { timeout: 15_000 }).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('[data-hotlines] a[href^="tel:"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-offline-copy]').textContent()).toBe('Copia sin conexión del 15 de marzo de 2026. La versión al día está en https://alianza-cpc.example');
    await page.context().close();
  });

  test('the language switch opens the Quechua home page, and LEEME.html links to both', async () => {
    const page = await open('index.html');
    await page.locator('[data-language-switcher] a[hreflang="quz"]').click();
    await page.waitForURL(`${root}qu/index.html`);
    expect(await page.locator('html').getAttribute('lang')).toBe('quz');
    expect(await page.locator('[data-offline-copy]').textContent()).toContain('Internet mana kaqtin');
    await page.goto(`${root}LEEME.html`);
    await page.locator('section[lang="quz"] a[hreflang="quz"]').click();
    await page.waitForURL(`${root}qu/index.html`);
    await page.goto(`${root}README.html`);
    await page.locator('section[lang="es"] a[hreflang="es"]').click();
    await page.waitForURL(`${root}index.html`);
    await page.context().close();
  });

  test('a protocol opens at a section anchor, and its PDF link is the PDF', async () => {
    const page = await open('protocolos/index.html');
    await page.locator('main a[href$="/index.html"]').first().click();
    const section = page.locator('main a[href*="#s-"]').first();
    const href = (await section.getAttribute('href')) ?? '';
    await section.click();
    await page.waitForURL((url) => url.hash === href.slice(href.indexOf('#')));
    expect(await page.locator(href.slice(href.indexOf('#'))).count()).toBe(1);
    const pdf = await page.locator('a[href$=".pdf"]').first().evaluate((a: HTMLAnchorElement) => a.href);
    expect(pdf.startsWith(root)).toBe(true);
    expect(readFileSync(fileURLToPath(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  test('a kit leads to its lessons, and the offline-reading page says the whole copy is on the device', async () => {
    const page = await open('kits/primaria/index.html');
    const kit = await page.locator('h1').first().textContent();
    await page.locator('main a[href$="/index.html"]:not([href^=".."])').first().click();
    await page.waitForURL((url) => url.href.startsWith(`${root}kits/primaria/`) && url.href !== `${root}kits/primaria/index.html`);
    expect(await page.locator('h1').first().textContent()).not.toBe(kit);
    await page.goto(`${root}sin-conexion/index.html`);
    await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toContain('Esta es una copia completa del sitio');
    expect(await page.locator('main').innerText()).not.toContain('no está guardada');
    await page.context().close();
  });

  for (const javaScriptEnabled of [false, true]) {
    test(`a tool steps from its first question to an ending, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const page = await open('herramientas/oferta-o-trampa/index.html', { javaScriptEnabled });
      const headings: string[] = [];
      for (let step = 0; step < 12 && (await page.locator('[data-ending-card]').count()) === 0; step++) {
        headings.push((await page.locator('[data-step-heading]').textContent()) ?? '');
        const before = page.url();
        await page.locator('[data-answers] a').last().click();
        await page.waitForURL((url) => url.href !== before);
        expect(page.url()).toMatch(new RegExp(`^${root}herramientas/oferta-o-trampa/[^/]+/index\\.html$`));
      }
      expect(headings.length).toBeGreaterThan(3);
      expect(await page.locator('[data-ending-card] a[href^="tel:"]').count()).toBeGreaterThan(0);
      await page.context().close();
    });
  }

  test('search answers ?q= in Spanish and Quechua, and the filters', async () => {
    const page = await open('buscar/index.html?q=trata');
    const results = page.locator('[data-search-results] li a');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^\d+ resultados$/);
    expect(await results.allTextContents()).toContain('Ruta de derivación de casos presuntos de trata de niñas, niños y adolescentes (versión 2.0)');
    await results.first().click();
    await page.waitForURL((url) => url.href.startsWith(root) && !url.href.includes('buscar'));

    await page.goto(`${root}buscar/index.html?q=trata&tipo=Campa%C3%B1a`);
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(new Set(await page.locator('[data-search-results] li span').allTextContents())).toEqual(new Set(['Campaña']));

    await page.goto(`${root}qu/buscar/index.html?q=yachachiq`);
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const found = await results.evaluateAll((links: HTMLAnchorElement[]) => links.map((a) => a.href));
    expect(found).toContain(`${root}qu/protocolos/ruta-de-derivacion/index.html`);
    expect(found.every((href) => href.startsWith(`${root}qu/`))).toBe(true);
    await page.context().close();
  });

  test('axe finds no violation on the search page with results', async () => {
    // Errors not tracked here: axe's own script is refused by the page's policy before runAxe evaluates it.
    const page = await open('buscar/index.html?q=trata', {}, false);
    await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.context().close();
  });

  test('the header\'s search form leads to the copy\'s search page', async () => {
    const page = await open('kits/index.html');
    await page.locator('#site-search').fill('DEMUNA');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(`${root}buscar/index.html?q=DEMUNA`);
    await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.context().close();
  });
});
