/** The offline copy's parts: addresses, page rewriting, the search index and its engine (src/lib/offline-copy/). */
import { unzlibSync } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeCopy } from '../../src/lib/offline-copy/copy';
import { sizeReport, zipCopy } from '../../src/lib/offline-copy/package';
import { copyAddress, fileOfPath, relativeFile } from '../../src/lib/offline-copy/paths';
import { rewritePage, type PageContext } from '../../src/lib/offline-copy/rewrite';
import { createSearch, excerpt, moduleSource, type IndexPage } from '../../src/lib/offline-copy/search-engine';
import { searchRecord } from '../../src/lib/offline-copy/search-index';
import { DESCRIPTION_MAX, illustration, TITLE_MAX, zimFileName, zimMetadata } from '../../src/lib/offline-copy/zim';

const files = new Set(['index.html', 'kits/index.html', 'kits/primaria.pdf', 'qu/index.html', 'buscar/index.html', 's/engine.js', 's/es.js']);
const has = (file: string) => files.has(file);
const SITE = 'https://alianza.example';

describe('addresses in the copy', () => {
  test('a site path names its file', () => {
    expect(fileOfPath('/', has)).toBe('index.html');
    expect(fileOfPath('/kits/', has)).toBe('kits/index.html');
    expect(fileOfPath('/kits', has)).toBe('kits/index.html');
    expect(fileOfPath('/kits/primaria.pdf', has)).toBe('kits/primaria.pdf');
    expect(fileOfPath('/nada/', has)).toBeUndefined();
  });

  test('from a page, relative to it; the same page by its own name', () => {
    expect(relativeFile('kits/index.html', 'qu/index.html')).toBe('../qu/index.html');
    expect(relativeFile('index.html', 'index.html')).toBe('index.html');
    expect(relativeFile('qu/index.html', 'kits/primaria.pdf')).toBe('../kits/primaria.pdf');
  });

  test('site addresses keep their query and fragment; others are left as they are', () => {
    expect(copyAddress('/kits/?a=1#b', 'qu/index.html', has, SITE, false)).toBe('../kits/index.html?a=1#b');
    expect(copyAddress('/#call', 'index.html', has, SITE, false)).toBe('index.html#call');
    expect(copyAddress(`${SITE}/kits/`, 'index.html', has, SITE, true)).toBe('kits/index.html');
    expect(copyAddress(`${SITE}/kits/`, 'index.html', has, SITE, false)).toBe(`${SITE}/kits/`);
    for (const other of ['https://other.example/', 'tel:105', '#main', '//cdn.example/x.js']) expect(copyAddress(other, 'index.html', has, SITE, true)).toBe(other);
    expect(copyAddress('/nada/', 'index.html', has, SITE, true)).toBeUndefined();
  });
});

const context = (file: string): PageContext => ({
  file,
  has,
  siteUrl: SITE,
  line: (lang) => (lang === 'es' ? 'Copia del 1 de marzo. Al día en {url}' : 'Other {url}'),
  offlinePage: () => 'Todo está en este equipo.',
  searchScripts: () => ['s/engine.js', 's/es.js'],
  worker: '/sw.js',
});
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="es"><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x'"><link rel="canonical" href="${SITE}/kits/"><link rel="alternate" hreflang="es" href="${SITE}/kits/"><link rel="icon" href="/favicon.svg">${head}</head><body><a href="#main">Saltar</a><aside data-hotlines></aside><main>${body}</main></body></html>`;

describe('a page of the copy', () => {
  test('links files relatively, keeps the canonical online, drops what needs a server, says when it was copied', () => {
    files.add('favicon.svg');
    const tree = fromHtml(
      page(
        '<img src="/favicon.svg" srcset="/favicon.svg 1x, /kits/primaria.pdf 2x" alt=""><a href="/">Inicio</a><a href="/kits/primaria.pdf">PDF</a><form action="/buscar/"></form><div data-save-offline hidden></div><a href="/kits/x/" data-step-link>Paso</a><div data-offline-page data-offline-route="/sin-conexion/"><p>Guardado</p></div>',
        '<link rel="preload" href="/pagefind/x" as="fetch"><script type="module">navigator.serviceWorker.register(`/sw.js`)</script>',
      ),
    );
    expect(rewritePage(tree, { ...context('kits/index.html'), has: (f) => has(f) || f === 'kits/x/index.html' })).toEqual([]);
    const html = toHtml(tree);
    expect(html).toContain('<img src="../favicon.svg" srcset="../favicon.svg 1x, primaria.pdf 2x" alt=""><a href="../index.html">Inicio</a>');
    expect(html).toContain('<a href="primaria.pdf">PDF</a>');
    expect(html).toContain('action="../buscar/index.html"');
    expect(html).toContain(`<link rel="canonical" href="${SITE}/kits/">`);
    expect(html).toContain('<link rel="icon" href="../favicon.svg">');
    expect(html).toContain('<a href="x/index.html">Paso</a>');
    expect(html).not.toMatch(/serviceWorker|pagefind|data-save-offline|data-offline-page|Guardado/);
    expect(html).toContain('<p class="mt-2" data-offline-copy-page="">Todo está en este equipo.</p>');
    expect(html).toContain(`<aside data-hotlines=""></aside><p data-offline-copy="" class="border-b border-slate-300 bg-slate-50 px-3 py-1 text-sm"><span class="mx-auto block max-w-3xl">Copia del 1 de marzo. Al día en <a href="${SITE}/kits/" rel="noreferrer noopener" class="underline">${SITE}</a></span></p>`);
  });

  test('an address of the site the copy lacks is a problem naming the page and the address', () => {
    const tree = fromHtml(page('<a href="/se-fue/">x</a>'));
    expect(rewritePage(tree, context('kits/index.html'))).toEqual(['kits/index.html: <a href="/se-fue/"> names an address of the site that the copy does not hold']);
  });

  test('the search page imports the copy\'s engine, whose scripts load before it, and its policy allows that module', () => {
    const tree = fromHtml(page('<div data-search-app data-pagefind="/pagefind/pagefind.js"></div><script type="module">start()</script>'));
    expect(rewritePage(tree, context('buscar/index.html'))).toEqual([]);
    const html = toHtml(tree);
    const module = `data:text/javascript;base64,${Buffer.from(moduleSource()).toString('base64')}`;
    expect(html).toContain(`<div data-search-app="" data-pagefind="${module}"></div><script src="../s/engine.js"></script><script src="../s/es.js"></script><script type="module">`);
    expect(html).toContain('script-src data: &#x27;self&#x27; &#x27;sha256-x&#x27;');
  });
});

describe('the search index', () => {
  test('takes a page\'s own text, filters and metadata, as Pagefind does', () => {
    const tree = fromHtml(
      '<html lang="quz"><head><title>T</title></head><body><nav>Menú</nav><main data-pagefind-body><span hidden data-pagefind-filter="tipo:Protocolo"></span><span data-pagefind-meta="version:2.0"></span><h1>Ruta</h1><p>Uno<b>dos</b></p><p data-pagefind-ignore="all">oculto</p><h2 id="s-1">Primero</h2><ul><li>a</li><li>b</li></ul></main></body></html>',
    );
    expect(searchRecord(tree, 'qu/x/index.html')).toEqual({
      lang: 'quz',
      page: { u: 'qu/x/index.html', t: 'Ruta', h: ['Primero'], x: 'Ruta Unodos Primero a b', f: { tipo: ['Protocolo'] }, m: { version: '2.0' } },
    });
  });

  test('leaves out a page the site\'s search leaves out, and names a page without a language', () => {
    expect(searchRecord(fromHtml('<html lang="es"><body><main>x</main></body></html>'), 'a.html')).toBeUndefined();
    expect(() => searchRecord(fromHtml('<html><body><main data-pagefind-body>x</main></body></html>'), 'a/index.html')).toThrow('a/index.html has no lang attribute on <html>');
  });
});

describe('the search engine', () => {
  const pages: IndexPage[] = [
    { u: 'a/index.html', t: 'Trata de personas', h: [], x: 'Qué es la trata y cómo prevenirla.', f: { tipo: ['Página'] }, m: {} },
    { u: 'b/index.html', t: 'Protocolo', h: ['Protección de niños'], x: 'La trata se denuncia en la DEMUNA. <b>', f: { tipo: ['Protocolo'] }, m: { version: '2.0' } },
    { u: 'c/index.html', t: 'Otra', h: [], x: 'Nada que ver.', f: { tipo: ['Página'] }, m: {} },
  ];
  const search = createSearch({ lang: 'es', pages }, 'file:///usb/copia/');
  const ids = async (q: string, filters = {}) => (await search.search(q, { filters })).results.map((r) => r.id);

  test('finds pages holding every word, title first; accents, case, plurals and word starts aside', async () => {
    expect(await ids('trata')).toEqual(['a/index.html', 'b/index.html']);
    expect(await ids('TRATA demuna')).toEqual(['b/index.html']);
    expect(await ids('proteccion niño')).toEqual(['b/index.html']);
    expect(await ids('protocolos')).toEqual(['b/index.html']);
    expect(await ids('preven')).toEqual(['a/index.html']);
    expect(await ids('trata marte')).toEqual([]);
    expect(await ids('  ')).toEqual([]);
  });

  test('applies the filters the search page sends', async () => {
    expect(await ids('trata', { tipo: { any: ['Protocolo'] } })).toEqual(['b/index.html']);
    expect(await ids('trata', { tipo: { any: [] } })).toEqual(['a/index.html', 'b/index.html']);
  });

  test('gives each result its address in the copy, its title, metadata, filters and an escaped excerpt with the match marked', async () => {
    const [result] = (await search.search('demuna')).results;
    expect(await result?.data()).toEqual({
      url: 'file:///usb/copia/b/index.html',
      excerpt: 'La trata se denuncia en la <mark>DEMUNA.</mark> &lt;b&gt;',
      meta: { title: 'Protocolo', version: '2.0' },
      filters: { tipo: ['Protocolo'] },
    });
    expect(excerpt('uno dos tres cuatro cinco seis', ['cinco'], 3)).toBe('cuatro <mark>cinco</mark> seis');
  });
});

describe('the ZIM file', () => {
  test('names its languages in ISO 639-3 and keeps Kiwix\'s limits on title and description', () => {
    const metadata = zimMetadata('https://alianza.example');
    expect(metadata.language).toBe('spa,quz');
    expect(metadata.name).toBe('alianza-cpc_es-qu');
    expect([...metadata.title].length).toBeLessThanOrEqual(TITLE_MAX);
    expect([...metadata.description].length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(zimFileName('2026-12-06')).toBe('alianza-cpc_es-qu_2026-12.zim');
  });

  test('has a 48×48 PNG illustration: the favicon\'s amber shield on its dark square', () => {
    const image = Buffer.from(illustration());
    expect(image.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([48, 48]);
    const pixels = unzlibSync(image.subarray(41, 41 + image.readUInt32BE(33)));
    const at = (x: number, y: number) => [...pixels.subarray(y * (1 + 48 * 4) + 1 + x * 4, y * (1 + 48 * 4) + 5 + x * 4)];
    expect(at(24, 24)).toEqual([0xfb, 0xbf, 0x24, 255]);
    expect(at(4, 24)).toEqual([0x1e, 0x29, 0x3b, 255]);
    expect(at(0, 0)[3]).toBeLessThan(255);
  });
});

describe('a whole copy', () => {
  const site = (pages: Record<string, string>) => {
    const dist = mkdtempSync(join(tmpdir(), 'offline-unit-'));
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), html);
    }
    return dist;
  };
  const home = (lang: string, body: string) =>
    `<!DOCTYPE html><html lang="${lang}"><head><link rel="canonical" href="${SITE}/"></head><body><main data-pagefind-body><h1>Inicio</h1>${body}</main></body></html>`;
  const options = (dist: string) => ({ dist, out: join(dist, '..', `${basename(dist)}-copy`), date: new Date('2026-03-15T12:00:00Z'), engineScript: '/* engine */' });

  test('is the site less what needs a server, with each language\'s index, LEEME.html and README.html, and sizes to print', () => {
    const dist = site({ 'index.html': home('es', '<a href="/qu/">qu</a>'), 'qu/index.html': home('quz', 'Wawa'), 'sw.js': '', 'index.html.br': '', 'pagefind/pagefind.js': '' });
    const result = makeCopy(options(dist));
    expect(result.siteUrl).toBe(SITE);
    expect(result.files.map((f) => f.file)).toEqual(['busqueda-sin-conexion/buscador.js', 'busqueda-sin-conexion/indice-es.js', 'busqueda-sin-conexion/indice-quz.js', 'index.html', 'LEEME.html', 'qu/index.html', 'README.html']);
    expect(result.indexes.map((i) => [i.lang, i.pages])).toEqual([['es', 1], ['quz', 1]]);
    const leeme = readFileSync(join(options(dist).out, 'LEEME.html'), 'utf8');
    expect(leeme).toContain('<a href="index.html" hreflang="es">');
    expect(leeme).toContain('<a href="qu/index.html" hreflang="quz">');
    expect(leeme).toContain('Copia sin conexión del 15 de marzo de 2026');
    const report = sizeReport(result, zipCopy(options(dist).out, result, 'copia', options(dist).date).byteLength);
    expect(report.over).toEqual([]);
    expect(report.lines[0]).toMatch(/^copy: 7 files, /);
    rmSync(dist, { recursive: true, force: true });
    rmSync(options(dist).out, { recursive: true, force: true });
  });

  test('names every page that links an address the copy lacks, all at once', () => {
    const dist = site({ 'index.html': home('es', '<a href="/se-fue/">x</a>'), 'qu/index.html': home('quz', '<img src="/no-esta.png" alt="">') });
    expect(() => makeCopy(options(dist))).toThrow(
      `offline copy: 2 problem(s) in the pages of ${dist}:\n  - index.html: <a href="/se-fue/"> names an address of the site that the copy does not hold\n  - qu/index.html: <img src="/no-esta.png"> names an address of the site that the copy does not hold`,
    );
    rmSync(dist, { recursive: true, force: true });
    rmSync(options(dist).out, { recursive: true, force: true });
  });

  test('says to build first when there is no built site', () => {
    expect(() => makeCopy(options('/nonexistent/dist'))).toThrow('offline copy: cannot read the built site in /nonexistent/dist (');
    expect(() => makeCopy(options('/nonexistent/dist'))).toThrow('run `npm run build` first');
  });
});
