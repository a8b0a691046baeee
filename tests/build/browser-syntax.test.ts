/**
 * Every script a browser runs parses on the phones readers have: none holds a regular expression
 * with a lookbehind ("(?<=", "(?<!"), which Safari before 16.4 (iPhones not updated since early
 * 2023) cannot parse, so the whole script, its search or its quick exit, would stop. The build's
 * own code may use them; the scripts of the pages, the service worker and the offline copy's search
 * may not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { distDir, htmlPages, readPage } from '../support/dist';
import { REPO_ROOT } from '../setup/global-setup.ts';

const LOOKBEHIND = /\(\?<[=!]/;

const scriptFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? scriptFiles(join(dir, e.name)) : /\.m?js$/.test(e.name) ? [join(dir, e.name)] : []));

describe('scripts a browser runs', () => {
  it('the script files of the site (the pages\' bundles, the service worker) hold no lookbehind', () => {
    const files = scriptFiles(distDir()).filter((f) => !relative(distDir(), f).startsWith('pagefind/'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect(LOOKBEHIND.test(readFileSync(file, 'utf8')), relative(distDir(), file)).toBe(false);
  });

  it('the scripts written into the pages hold none', () => {
    let scripts = 0;
    for (const path of htmlPages()) {
      for (const [, attrs = '', body = ''] of readPage(path).matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/type="application\/(?:ld\+)?json"/.test(attrs) || body.trim() === '') continue;
        scripts++;
        expect(LOOKBEHIND.test(body), `${path}: ${body.slice(0, 80)}`).toBe(false);
      }
    }
    expect(scripts).toBeGreaterThan(100);
  });

  it('the offline copy\'s search, bundled as scripts/offline.mjs bundles it, holds none', async () => {
    const engine = await build({ entryPoints: [join(REPO_ROOT, 'src/lib/offline-copy/search-browser.ts')], bundle: true, format: 'iife', minify: true, target: 'es2020', write: false, logLevel: 'error' });
    const text = engine.outputFiles[0]?.text ?? '';
    expect(text).toContain('<mark>');
    expect(LOOKBEHIND.test(text)).toBe(false);
  });
});
