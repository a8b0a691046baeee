/**
 * "Descargar el sitio completo" (/descargar-el-sitio/ and its Quechua twin): the packages
 * `npm run offline` made, published at stable addresses with their size, day and checksum. The
 * suite's build publishes the stand-ins of tests/fixtures/offline-packages/ (OFFLINE_DIR in
 * tests/setup/global-setup.ts). The copy's own version of the page: tests/e2e/offline-copy.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { es } from '../../src/i18n/es';
import { qu } from '../../src/i18n/qu';
import { formatBytes } from '../../src/lib/text/format';
import { OFFLINE_PACKAGES_FIXTURE } from '../setup/global-setup';
import { distDir, readPage } from '../support/dist';

const fixture = JSON.parse(readFileSync(join(OFFLINE_PACKAGES_FIXTURE, 'paquetes.json'), 'utf8')) as { packages: { kind: string; file: string; bytes: number; sha256: string }[] };
const PUBLISHED = { zip: '/descargas/alianza-cpc-sitio-completo.zip', zim: '/descargas/alianza-cpc_es-qu.zim' } as const;

describe('Descargar el sitio completo', () => {
  test('each package is served at its stable address, byte for byte the file npm run offline made', () => {
    for (const p of fixture.packages) {
      const served = readFileSync(join(distDir(), PUBLISHED[p.kind as keyof typeof PUBLISHED]));
      expect(served.equals(readFileSync(join(OFFLINE_PACKAGES_FIXTURE, p.file))), p.file).toBe(true);
    }
  });

  test.each([
    ['/descargar-el-sitio/', es, 'es'],
    ['/qu/descargar-el-sitio/', qu, 'qu'],
  ] as const)('%s shows each package with its format, real size, day and checksum, downloading under its dated name', (path, t, locale) => {
    const html = readPage(path);
    expect(html).toContain(`<h1 class="text-2xl font-bold sm:text-3xl">${t['download.title']}</h1>`);
    expect(html).toMatch(/data-packages-made>[^<]*2026/);
    for (const p of fixture.packages) {
      const href = PUBLISHED[p.kind as keyof typeof PUBLISHED];
      const link = new RegExp(`<a href="${href}" download="${p.file}" data-download data-size-bytes="${p.bytes}"[^>]*>([^<]*)</a>`).exec(html);
      expect(link, `${path}: the ${p.kind} link`).not.toBeNull();
      expect(link?.[1]).toContain(`${t['download.link']} (${p.kind.toUpperCase()}, ${formatBytes(p.bytes, locale)})`);
      expect(html).toContain(t[`download.${p.kind as 'zip' | 'zim'}.title`]);
      expect(html).toContain(`<code>${createHash('sha256').update(readFileSync(join(distDir(), href))).digest('hex')}</code>`);
    }
    expect(html).not.toContain('data-no-packages');
  });

  test('the offline page links to it, in each language', () => {
    expect(readPage('/sin-conexion/')).toContain(`<a href="/descargar-el-sitio/">${es['download.linkFromOffline']}</a>`);
    expect(readPage('/qu/sin-conexion/')).toContain(`<a href="/qu/descargar-el-sitio/">${qu['download.linkFromOffline']}</a>`);
  });

  test('the packages are not in the URL registry (a deployment may publish none), the page is', () => {
    const registry = readFileSync('registry/published.json', 'utf8');
    expect(registry).not.toContain('/descargas/');
    expect(registry).toContain('"/descargar-el-sitio/"');
    expect(registry).toContain('"/qu/descargar-el-sitio/"');
  });
});
