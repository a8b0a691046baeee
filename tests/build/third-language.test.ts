/**
 * Adding a language is a change of configuration: a copy of the project gets a third language
 * (Aymara, `ay`) by an entry in the locale list, a strings file and one content file, and nothing
 * else; its real `astro build` then makes the language's pages with their hreflang pairs, its own
 * search index and the fallback notice where a page has no text in it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonical, hreflangs, htmlLang } from '../support/dist';
import { contentWith, fixturesDir } from '../support/fixtures';

const root = join(import.meta.dirname, '..', '..');
const fixture = join(fixturesDir, 'locale-ay');
/** A real `astro build` of a small site: about 30 s alone, several times that on a busy machine. */
const BUILD_TIMEOUT = 300_000;
/** The only change to the project's code: one entry in the locale list. */
const ENTRY = `  ay: {
    label: 'Aymar aru',
    name: 'Aymara',
    names: { es: 'aimara', ay: 'aymar aru' },
    htmlLang: 'ay',
    ogLocale: 'ay_BO',
    prefix: '/ay',
    intl: 'es-PE',
    strings: ay,
  },
`;

let project = '';
let dist = '';
let output = '';
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(() => {
  // Inside the repository, so the copy finds the project's node_modules by walking up.
  mkdirSync(join(root, '.test-builds'), { recursive: true });
  project = mkdtempSync(join(root, '.test-builds', 'third-language-'));
  for (const part of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, part), join(project, part), { recursive: true });
  }
  const list = join(project, 'src/i18n/locales.ts');
  const source = readFileSync(list, 'utf8');
  const changed = source.replace("import { qu } from './qu';\n", "import { qu } from './qu';\nimport { ay } from './ay';\n").replace('} as const;', `${ENTRY}} as const;`);
  expect(changed.length, 'the locale list has the shape this test edits').toBeGreaterThan(source.length + ENTRY.length);
  writeFileSync(list, changed);
  cpSync(join(fixture, 'ay.ts'), join(project, 'src/i18n/ay.ts'));

  const work = mkdtempSync(join(tmpdir(), 'alianza-third-language-'));
  dist = join(work, 'dist');
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--root', project, '--outDir', dist], {
    cwd: project,
    env: { ...process.env, CONTENT_DIR: contentWith(join(fixture, 'content')), ASTRO_CACHE_DIR: join(work, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT - 10_000,
  });
  output = `${result.stdout}${result.stderr}`;
  expect(result.status, output.slice(-3000)).toBe(0);
}, BUILD_TIMEOUT);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('a third language added by configuration', () => {
  it('has its own pages under its prefix, in its language and with its interface strings', () => {
    const home = page('ay');
    expect(htmlLang(home)).toBe('ay');
    expect(home).toContain('>[ay] Protocolos<');
    expect(home).toContain('<meta property="og:locale" content="ay_BO"');
    // The language switch of every language offers it.
    expect(page('socios/oit')).toMatch(/<a href="\/ay\/socios\/oit\/" hreflang="ay" lang="ay">Aymar aru<\/a>/);
  });

  it('shows an entry written in it as its own page, paired with the others by hreflang', () => {
    const own = page('ay/socios/oit');
    expect(htmlLang(own)).toBe('ay');
    expect(own).toContain('Texto de prueba de la tercera lengua.');
    expect(own).not.toContain('data-fallback-notice');
    expect(own).toContain('[ay] Traducción de prueba en borrador.');
    const pairs = { es: 'https://alianza-cpc.example/socios/oit/', quz: 'https://alianza-cpc.example/qu/socios/oit/', ay: 'https://alianza-cpc.example/ay/socios/oit/', 'x-default': 'https://alianza-cpc.example/socios/oit/' };
    expect(hreflangs(own)).toEqual(pairs);
    expect(hreflangs(page('socios/oit'))).toEqual(pairs);
    expect(canonical(own)).toBe(pairs.ay);
  });

  it('builds a page without text in it as a marked fallback, kept out of its index and of hreflang', () => {
    const fallback = page('ay/noticias/primera-noticia');
    expect(htmlLang(fallback)).toBe('ay');
    expect(fallback).toContain('data-fallback-notice');
    expect(fallback).toContain('[ay] Esta página no tiene texto en la tercera lengua');
    expect(fallback).toMatch(/<div lang="es">/);
    expect(fallback).not.toContain('data-pagefind-body');
    expect(canonical(fallback)).toBe('https://alianza-cpc.example/noticias/primera-noticia/');
    expect(Object.keys(hreflangs(page('noticias/primera-noticia')))).not.toContain('ay');
  });

  it('publishes no offline package when `npm run offline` left none, and says so (not an empty list)', () => {
    // This build has no OFFLINE_DIR and no offline/ of its own: the suite's build is the one with packages.
    expect(existsSync(join(dist, 'descargas'))).toBe(false);
    for (const prefix of ['', '/qu', '/ay']) {
      const html = page(`${prefix}/descargar-el-sitio`);
      expect(html, prefix).toContain('data-no-packages');
      expect(html).not.toContain('data-download');
      expect(html).toContain(`href="${prefix}/sin-conexion/"`);
    }
  });

  it('gets a search index of its own and a not-found page', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['ay', 'es', 'quz']);
    expect(entry.languages['ay']?.page_count).toBeGreaterThan(0);
    expect(existsSync(join(dist, 'ay', '404', 'index.html'))).toBe(true);
    expect(output).toMatch(/\[alianza:pagefind\] \d+ pages indexed/);
  });
});
