/**
 * The headers the host sends (public/_headers, copied to dist/_headers): security headers on every
 * page and file, caching by whether a file's name carries a content hash, and the nginx example
 * sending the same.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir } from '../support/dist';
import { fromRepo, hasContentHash, headersFor, headersText, parseHeadersFile } from '../support/headers';

describe('headers for the host (public/_headers → dist/_headers)', () => {
  const SITE_WIDE: Record<string, string> = {
    'content-security-policy': "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
    'strict-transport-security': 'max-age=63072000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'x-frame-options': 'DENY',
    'x-dns-prefetch-control': 'off',
  };
  const SHORT = 'public, max-age=300, must-revalidate';
  const IMMUTABLE = 'public, max-age=31536000, immutable';

  test('dist/_headers is public/_headers, unchanged', () => {
    expect(headersText()).toBe(readFileSync(fromRepo('public/_headers'), 'utf8'));
  });

  test('every page and file gets the security headers', () => {
    const rules = parseHeadersFile(headersText());
    expect(new Set(rules.map((r) => r.path)).size, 'a path appears twice (hosts keep only one)').toBe(rules.length);
    for (const path of ['/', '/qu/', '/buscar/', '/404.html', '/_astro/x.css', '/pagefind/pagefind.js', '/favicon.svg', '/sw.js']) {
      const headers = headersFor(rules, path);
      expect(headers, path).toMatchObject(SITE_WIDE);
      const permissions = headers['permissions-policy'] ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation', 'interest-cohort', 'browsing-topics', 'payment', 'usb']) {
        expect(permissions, `${path}: ${feature}`).toContain(`${feature}=()`);
      }
      // Every feature is denied, except writing to the clipboard from the page itself ("Copiar" on citations).
      expect(permissions.split(',').map((s) => s.trim()).filter((s) => !s.endsWith('=()'))).toEqual(['clipboard-write=(self)']);
    }
  });

  test('caching: hashed files for a year, everything else revalidated after 5 minutes', () => {
    const rules = parseHeadersFile(headersText());
    const cache = (path: string) => headersFor(rules, path)['cache-control'];
    for (const path of ['/', '/la-alianza/', '/qu/404/', '/404.html', '/feeds/noticias.xml', '/calendario.ics', '/favicon.svg']) {
      expect(cache(path), path).toBe(SHORT);
    }
    // The service worker: asked for on every check, so a new build is found at once.
    expect(cache('/sw.js')).toBe('no-cache');
    // Files that keep their name from one build to the next must never be cached for a year.
    for (const file of ['pagefind.js', 'pagefind-entry.json', 'pagefind-worker.js', 'wasm.es.pagefind', 'wasm.unknown.pagefind', 'pagefind-ui.js', 'pagefind-ui.css']) {
      expect(cache(`/pagefind/${file}`), file).toBe(SHORT);
    }
    // Every built file: immutable only when its name carries a content hash.
    const walk = (dir: string, prefix: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
      );
    // Pages carry their styles and scripts inline: /_astro/ holds files only when a build needs one.
    const astro = existsSync(join(distDir(), '_astro')) ? walk(join(distDir(), '_astro'), '/_astro/') : [];
    const files = [...astro, ...walk(join(distDir(), 'pagefind'), '/pagefind/')];
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const value = cache(file);
      if (value === IMMUTABLE) expect(hasContentHash(file), `${file} is immutable but its name has no hash`).toBe(true);
      else expect(value, file).toBe(SHORT);
    }
    expect(cache('/_astro/Base.Cw0wqgSY.css')).toBe(IMMUTABLE);
    expect(files.filter((f) => /\/(index|fragment)\//.test(f)).every((f) => cache(f) === IMMUTABLE)).toBe(true);
    expect(files.filter((f) => f.endsWith('.pf_meta')).every((f) => cache(f) === IMMUTABLE)).toBe(true);
  });

  test('the nginx example sends the same headers', () => {
    const nginx = readFileSync(fromRepo('docs/deploying-nginx.conf'), 'utf8');
    const rules = parseHeadersFile(headersText());
    const siteWide = headersFor(rules, '/');
    for (const [name, value] of Object.entries(siteWide)) {
      if (name === 'cache-control') continue;
      const line = nginx.split('\n').find((l) => new RegExp(`^\\s*add_header\\s+${name}\\s`, 'i').test(l));
      expect(line, `add_header ${name}`).toBeDefined();
      expect(line, name).toContain(`"${value}" always;`);
    }
    expect(nginx).toContain(`"${SHORT}"`);
    expect(nginx).toContain(`"${IMMUTABLE}"`);
  });
});

