/**
 * Offline reading, the parts that need no browser: how the worker answers each address, what the
 * shell is, and the build version that names its cache (src/lib/offline/shell.ts and build.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheKey, offlinePageFor, strategyFor } from '../../src/lib/offline/shell';
import { localePaths } from '../../src/lib/routes/urls';
import { buildVersion, shellFiles } from '../../src/lib/offline/build';
import { savedList } from '../../src/components/offline/save-offline';
import { es } from '../../src/i18n/es';
import { qu } from '../../src/i18n/qu';

const at = (path: string) => new URL(path, 'https://alianza-cpc.example');

describe('how the worker answers an address', () => {
  it('never caches search: /buscar/ with any query, in any language, and Pagefind', () => {
    for (const path of ['/buscar/', '/buscar/?q=a', '/buscar/?q=b&region=Loreto', '/qu/buscar/?q=wawa', '/buscar', '/pagefind/pagefind.js', '/pagefind/index/es_1a2b3c4.pf_index']) {
      expect(strategyFor(at(path), localePaths), path).toBe('network');
    }
  });

  it('hashed files cache first, pages network first, other files only when saved', () => {
    expect(strategyFor(at('/_astro/Base.DJBHKGT4.css'), localePaths)).toBe('asset');
    for (const path of ['/', '/qu/', '/socios/oit/', '/buscador/', '/qu/regiones/cusco/?x=1', '/404.html']) expect(strategyFor(at(path), localePaths), path).toBe('page');
    for (const path of ['/protocolos/ruta-de-derivacion/v2.0.pdf', '/favicon.svg', '/calendario.ics']) expect(strategyFor(at(path), localePaths), path).toBe('file');
  });

  it('stores a page under its address without query or fragment', () => {
    expect(cacheKey(at('/socios/oit/?utm=x#s-1'))).toBe('https://alianza-cpc.example/socios/oit/');
  });

  it('answers a missing page with the offline page of its language', () => {
    expect(offlinePageFor('/socios/oit/', localePaths)).toBe('/sin-conexion/');
    expect(offlinePageFor('/qu/socios/oit/', localePaths)).toBe('/qu/sin-conexion/');
    expect(offlinePageFor('/qu', localePaths)).toBe('/qu/sin-conexion/');
    expect(offlinePageFor('/quechua/', localePaths)).toBe('/sin-conexion/');
  });
});

describe('the build version', () => {
  const shell = [
    { path: '/', content: '<h1>Inicio</h1>' },
    { path: '/_astro/Base.A1.css', content: 'body{}' },
  ];

  it('is the same for the same worker and shell, in any order', () => {
    expect(buildVersion('code', shell)).toBe(buildVersion('code', [...shell].reverse()));
    expect(buildVersion('code', shell)).toMatch(/^[0-9a-f]{12}$/);
  });

  it('changes when a shell file, its address or the worker changes', () => {
    const base = buildVersion('code', shell);
    expect(buildVersion('code', [shell[0]!, { path: '/_astro/Base.A1.css', content: 'body{color:red}' }])).not.toBe(base);
    expect(buildVersion('code', [shell[0]!, { path: '/_astro/Base.B2.css', content: 'body{}' }])).not.toBe(base);
    expect(buildVersion('other code', shell)).not.toBe(base);
  });
});

describe('the shell', () => {
  let dist = '';
  afterEach(() => rmSync(dist, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    const file = join(dist, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  const page = '<link rel="stylesheet" href="/_astro/Base.A1.css"><script type="module" src="/_astro/x.B2.js"></script>';

  it('is the home, safety and offline pages in both languages, the favicon and what they load from /_astro/', () => {
    dist = mkdtempSync(join(tmpdir(), 'alianza-shell-'));
    for (const path of ['/', '/navegar-con-seguridad/', '/sin-conexion/', '/qu/', '/qu/navegar-con-seguridad/', '/qu/sin-conexion/']) write(`${path}index.html`, page);
    write('favicon.svg', '<svg/>');
    expect(shellFiles(dist)).toEqual({
      files: [
        '/',
        '/navegar-con-seguridad/',
        '/sin-conexion/',
        '/qu/',
        '/qu/navegar-con-seguridad/',
        '/qu/sin-conexion/',
        '/favicon.svg',
        '/_astro/Base.A1.css',
        '/_astro/x.B2.js',
      ],
      missing: [],
    });
  });

  it('leaves out, and names, a page the build did not write', () => {
    dist = mkdtempSync(join(tmpdir(), 'alianza-shell-'));
    for (const path of ['/', '/sin-conexion/', '/qu/', '/qu/sin-conexion/']) write(`${path}index.html`, page);
    write('favicon.svg', '<svg/>');
    const { files, missing } = shellFiles(dist);
    expect(missing).toEqual(['/navegar-con-seguridad/', '/qu/navegar-con-seguridad/']);
    expect(files).not.toContain('/navegar-con-seguridad/');
  });

  it('needs no file besides the pages, which carry their styles and scripts', () => {
    dist = mkdtempSync(join(tmpdir(), 'alianza-shell-'));
    write('index.html', '<style>p{}</style><p>styled</p>');
    expect(shellFiles(dist).files).toEqual(['/']);
  });
});

describe('what "Guardar para leer sin conexión" says it saved', () => {
  const strings = (d: typeof es | typeof qu) => ({
    saving: d['offline.saving'],
    saved: d['offline.saved'],
    failed: d['offline.saveFailed'],
    and: d['offline.and'],
    pages: [d['offline.pages.one'], d['offline.pages.many']] as [string, string],
    pdfs: [d['offline.pdfs.one'], d['offline.pdfs.many']] as [string, string],
    files: [d['offline.files.one'], d['offline.files.many']] as [string, string],
  });

  it('names the counts that are not zero, in Spanish and Quechua', () => {
    expect(savedList(strings(es), { pages: 6, pdfs: 1, files: 0 })).toBe('6 páginas y 1 PDF');
    expect(savedList(strings(es), { pages: 1, pdfs: 2, files: 3 })).toBe('1 página, 2 PDF y 3 archivos');
    expect(savedList(strings(es), { pages: 0, pdfs: 1, files: 0 })).toBe('1 PDF');
    expect(savedList(strings(qu), { pages: 6, pdfs: 1, files: 0 })).toBe('6 p’anqa hinallataq 1 PDF');
  });
});
