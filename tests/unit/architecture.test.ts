/**
 * The layout of the code, as the next engineer relies on it: imports run one way (pages → data →
 * lib → schemas/i18n), no module imports itself through others, src/lib is grouped by capability
 * with a README per folder, and no file grows past 400 lines.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cycles, importGraph, sourceFiles } from '../support/imports';
import * as routes from '../../src/lib/routes/routes';
import { localeCodes, locales } from '../../src/i18n/locales';

const ROOT = join(import.meta.dirname, '..', '..');
const graph = importGraph(ROOT, ['src', 'scripts', 'bench']);
const importsOf = (prefix: string) => [...graph.edges].filter(([file]) => file.startsWith(prefix));
const outside = (prefix: string, allowed: RegExp) =>
  importsOf(prefix).flatMap(([file, targets]) => targets.filter((t) => !allowed.test(t)).map((t) => `${file} → ${t}`));

describe('imports run one way', () => {
  test('src/lib imports only src/lib, src/schemas and src/i18n, and no astro:* module', () => {
    expect(outside('src/lib/', /^src\/(lib|schemas|i18n)\//)).toEqual([]);
    const virtual = [...graph.external].filter(([file]) => file.startsWith('src/lib/')).flatMap(([file, specs]) => specs.filter((s) => s.startsWith('astro:')).map((s) => `${file} → ${s}`));
    expect(virtual).toEqual([]);
  });

  test('src/data imports no page, component, layout or integration', () => {
    expect(outside('src/data/', /^src\/(data|lib|schemas|i18n)\/|^src\/site\.ts$/)).toEqual([]);
  });

  test('src/schemas and src/i18n import only each other', () => {
    expect(outside('src/schemas/', /^src\/(schemas|i18n)\//)).toEqual([]);
    expect(outside('src/i18n/', /^src\/i18n\//)).toEqual([]);
  });

  test('no module imports itself through others', () => {
    expect(cycles(graph.edges).map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});

describe('src/lib is grouped by capability', () => {
  const lib = join(ROOT, 'src/lib');
  const folders = readdirSync(lib).filter((name) => statSync(join(lib, name)).isDirectory());

  test('it holds folders only, each with a README saying what it owns', () => {
    const loose = readdirSync(lib).filter((name) => !statSync(join(lib, name)).isDirectory());
    expect(loose).toEqual([]);
    const missing = folders.filter((folder) => {
      try {
        return readFileSync(join(lib, folder, 'README.md'), 'utf8').trim().split('\n').length < 3;
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });

  test('no folder of src/ directly holds more than 15 files', () => {
    const crowded = sourceFiles(ROOT, 'src')
      .map((file) => file.slice(0, file.lastIndexOf('/')))
      .reduce((count, dir) => count.set(dir, (count.get(dir) ?? 0) + 1), new Map<string, number>());
    expect([...crowded].filter(([, n]) => n > 15).map(([dir, n]) => `${dir}: ${n}`)).toEqual([]);
  });
});

test('no source file is over 400 lines', () => {
  const long = ['src', 'scripts', 'tests', 'bench']
    .flatMap((folder) => sourceFiles(ROOT, folder))
    .filter((file) => !file.startsWith('tests/fixtures/'))
    .map((file) => [file, readFileSync(join(ROOT, file), 'utf8').split('\n').length] as const)
    .filter(([, lines]) => lines > 400)
    .map(([file, lines]) => `${file}: ${lines} lines`);
  expect(long).toEqual([]);
});

describe('every URL comes from the route table (src/lib/routes/routes.ts)', () => {
  // The first path segments of the site's routes: "socios", "kits", "feeds"…
  const segments = new Set(
    Object.values(routes)
      .flatMap((value) => (typeof value === 'string' ? [value] : typeof value === 'function' ? [String((value as (...a: string[]) => string)('x', 'x', 'pdf'))] : []))
      .map((path) => path.split('/')[1] ?? '')
      .filter(Boolean),
  );
  // The service worker's registration keeps its one URL written out: importing the table would
  // make it a separate file instead of an inline script (tests/e2e/offline.test.ts checks the URL).
  const EXCEPTIONS = new Set(['src/components/offline/register.ts', 'src/lib/routes/routes.ts']);
  const literal = new RegExp(`(?<![\\w.])['"\`]/(${[...segments].map((s) => s.replace(/[.]/g, '\\.')).join('|')})(?=[/'"\`.#])`);

  test('the table names the site\'s sections', () => {
    expect([...segments]).toEqual(expect.arrayContaining(['socios', 'protocolos', 'kits', 'herramientas', 'feeds', 'sw.js']));
  });

  test('no page, component, layout, data module, integration or lib module writes a route by hand', () => {
    const found = sourceFiles(ROOT, 'src')
      .filter((file) => !EXCEPTIONS.has(file))
      .flatMap((file) =>
        readFileSync(join(ROOT, file), 'utf8')
          .split('\n')
          .map((line, i) => [line, i + 1] as const)
          .filter(([line]) => !/^\s*(\*|\/\/|\/\*\*)/.test(line) && literal.test(line))
          .map(([line, n]) => `${file}:${n}: ${line.trim().slice(0, 100)}`),
      );
    expect(found).toEqual([]);
  });
});

test('no module but the locale list names a language: adding one is a change of configuration', () => {
  const codes = [...new Set(localeCodes.flatMap((l) => [l, locales[l].htmlLang]))].join('|');
  const named = new RegExp(`['"\`](${codes})['"\`]|\\.(${codes})\\b(?!\\.?[a-z(])|\\b(${codes}):\\s`);
  const found = sourceFiles(ROOT, 'src')
    .filter((file) => !file.startsWith('src/i18n/'))
    .flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .map((line, i) => [line, i + 1] as const)
        .filter(([line]) => !/^\s*(\*|\/\/|\/\*\*)/.test(line) && named.test(line))
        .map(([line, n]) => `${file}:${n}: ${line.trim().slice(0, 100)}`),
    );
  expect(found).toEqual([]);
});
