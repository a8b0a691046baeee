/**
 * The content check runs inside `astro build`: a broken content tree stops the real build with the
 * editor-facing message, before anything is written. The URL registry stops a build that would drop
 * a published URL. These real builds share Astro's work folder (.astro/), so they run one after
 * the other, in this one file.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { versionHash } from '../../src/lib/routes/registry';
import { contentFor, contentWith, fixturesDir, STALE_FACT } from '../support/fixtures';
import { withRootBuild } from '../support/root-build.ts';

const root = join(import.meta.dirname, '..', '..');
/** A real `astro build` of fixture content: about 30 s alone, several times that on a busy machine. */
const BUILD_TIMEOUT = 300_000;

it('astro build fails naming the file, the field and the fix', () => {
  const content = contentFor('unknown-region');
  const outDir = mkdtempSync(join(tmpdir(), 'alianza-broken-dist-'));
  const result = withRootBuild(() => spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'alianza-cache-')), CONTENT_DIR: content },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT - 10_000,
  }));
  const output = `${result.stdout}${result.stderr}`;
  expect(result.status).not.toBe(0);
  expect(output).toContain('The content has 1 problem. Fix it and build again.');
  expect(output).toMatch(/content\/partners\/oit\/es\.mdx\n\s+- regions\[1\]: names the region "lima", which does not exist: use one of cusco/);
}, BUILD_TIMEOUT);

it('the valid fixture builds; a translation older than its Spanish text is marked outdated; reviews are listed; a stale fact is published with a warning', () => {
  // The valid fixture, with the Spanish text of a translated partner changed after its translation
  // had been reviewed, a hotline whose Quechua text a speaker reviewed, and a fact of the registry
  // last verified in January 2024.
  const content = contentWith(join(fixturesDir, 'translations', 'reviewed-then-outdated'));
  appendFileSync(join(content, 'facts', 'lineas.yaml'), STALE_FACT);
  const outDir = mkdtempSync(join(tmpdir(), 'alianza-valid-dist-'));
  const result = withRootBuild(() => spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'alianza-cache-')), CONTENT_DIR: content },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT - 10_000,
  }));
  expect(result.status, `${result.stdout}${result.stderr}`.slice(-3000)).toBe(0);
  expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  expect(existsSync(join(outDir, 'protocolos', 'ruta-de-prueba', 'v1.0', 'index.html'))).toBe(true);
  const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
  // The Quechua page says its Spanish source changed after it was translated, and when.
  expect(page('qu/socios/oit')).toMatch(/data-outdated-notice[^>]*>[^<]*20/);
  expect(page('socios/oit')).not.toContain('data-outdated-notice');
  // The translation status lists it as outdated, with the file to update.
  expect(page('estado-de-traducciones')).toMatch(/data-state="outdated"[^>]*data-entry="partners\/oit"[\s\S]*?content\/partners\/oit\/qu\.mdx/);
  // A reviewed translation shows no draft notice; the status page says who reviewed what, when,
  // and that the Spanish text changed after the review.
  expect(page('qu/socios/oit')).not.toContain('data-draft-notice');
  const reviews = /<table[^>]*data-translation-reviews[\s\S]*?<\/table>/.exec(page('estado-de-traducciones'))?.[0] ?? '';
  expect(reviews).toMatch(/data-entry="partners\/oit"[^>]*data-state="outdated"[\s\S]*?Persona Revisora de Prueba<\/td>\s*<td>5 de noviembre de 2026<\/td>\s*<td>Desactualizada: el castellano cambió el 20 de noviembre de 2026/);
  expect(reviews).toMatch(/data-entry="hotlines\/linea-de-prueba"[^>]*data-state="reviewed"[\s\S]*?Otra Persona de Prueba<\/td>\s*<td>20 de noviembre de 2026<\/td>\s*<td>Al día/);
  // A normal build publishes a stale fact, and warns naming it, its file and the strict build.
  expect(`${result.stdout}${result.stderr}`).toMatch(
    /1 fact was not verified in the last 12 months; npm run build:strict refuses to publish it:\n\n\S*content\/facts\/lineas\.yaml\n {2}- \[2\]\.verified: is 2024-01-15 \(dato-vencido\)/,
  );
  expect(page('fuentes')).toMatch(/<li id="dato-vencido" data-fact="dato-vencido"[\s\S]*?<time datetime="2024-01-15"/);
}, BUILD_TIMEOUT);

/** A real build of the valid fixture checked against a registry made for it; its exit status and output. */
function buildWithRegistry(registry: (versionFile: string, hash: string) => object) {
  const content = contentFor();
  const work = mkdtempSync(join(tmpdir(), 'alianza-registry-'));
  const registryFile = join(work, 'published.json');
  const version = relative(root, join(content, 'protocols', 'ruta-de-prueba', '1.0', 'es.mdx'));
  writeFileSync(registryFile, JSON.stringify(registry(version, versionHash(readFileSync(join(root, version), 'utf8')))));
  const result = withRootBuild(() => spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', join(work, 'dist')], {
    cwd: root,
    env: { ...process.env, ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'alianza-cache-')), CONTENT_DIR: content, REGISTRY_FILE: registryFile },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT - 10_000,
  }));
  return { status: result.status, output: `${result.stdout}${result.stderr}`, version };
}

/** The problems a failed registry check lists, one per line. */
const registryProblems = (output: string) => /Something published would be lost or changed[^\n]*\n((?: {2}- .*\n?)+)/.exec(output)?.[1]?.trimEnd().split('\n') ?? [];

it('fails on exactly one published URL that is no longer built, naming it', () => {
  const { status, output } = buildWithRegistry((version, hash) => ({ urls: ['/', '/protocolos/ruta-de-prueba/v0.9/'], versions: { [version]: hash } }));
  expect(status).not.toBe(0);
  expect(registryProblems(output)).toEqual([expect.stringMatching(/^ {2}- \/protocolos\/ruta-de-prueba\/v0\.9\/: was published and is no longer built: restore the page, or declare where it moved/)]);
}, BUILD_TIMEOUT);

it('fails on exactly one published version whose text changed, naming its file', () => {
  const { status, output, version } = buildWithRegistry((file) => ({ urls: ['/'], versions: { [file]: 'a'.repeat(64) } }));
  expect(status).not.toBe(0);
  expect(registryProblems(output)).toEqual([`  - ${version}: is a published version and its text has changed: undo the change and publish it as a new version instead (npm run new:version -- <slug>)`]);
}, BUILD_TIMEOUT);

it('fails naming every problem at once: a URL gone, a text changed, an effective date moved', () => {
  const { status, output, version } = buildWithRegistry((file) => ({ urls: ['/', '/protocolos/ruta-de-prueba/v0.9/'], versions: { [file]: 'a'.repeat(64) }, effective: { [file]: '2020-01-01' } }));
  expect(status).not.toBe(0);
  expect(registryProblems(output)).toHaveLength(3);
  expect(output).toContain('/protocolos/ruta-de-prueba/v0.9/: was published and is no longer built');
  expect(output).toContain(`${version}: is a published version and its text has changed`);
  expect(output).toMatch(new RegExp(`${version.replace(/[.]/g, '\\.')}, line \\d+: is a published version whose effective date changed from 2020-01-01 to \\d{4}-\\d\\d-\\d\\d: restore "effective: 2020-01-01"`));
}, BUILD_TIMEOUT);

/**
 * The PDF cache (src/lib/pdf/cache.ts): a cold build of a copy of the real content makes every
 * PDF; a warm one, nothing changed, makes none; after one lesson's text changes, only that
 * lesson's PDF and its kit's are made again (and so the kit's ZIP changes). The test knows what was
 * made from the names each build writes to last-build.json in its cache folder.
 */
it('keeps the PDFs between builds and remakes only those whose entry changed', () => {
  const content = join(mkdtempSync(join(tmpdir(), 'alianza-pdf-cache-content-')), 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  const pdfCache = mkdtempSync(join(tmpdir(), 'alianza-pdf-cache-'));
  const astroCache = mkdtempSync(join(tmpdir(), 'alianza-cache-'));
  const build = () => {
    const outDir = mkdtempSync(join(tmpdir(), 'alianza-pdf-cache-dist-'));
    const result = withRootBuild(() => spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, ASTRO_CACHE_DIR: astroCache, CONTENT_DIR: content, ALIANZA_PDF_CACHE: pdfCache },
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT - 10_000,
    }));
    expect(result.status, `${result.stdout}${result.stderr}`.slice(-3000)).toBe(0);
    const last = JSON.parse(readFileSync(join(pdfCache, 'last-build.json'), 'utf8')) as { made: string[]; cached: string[] };
    return { ...last, outDir };
  };
  const cold = build();
  expect(cold.made.length).toBeGreaterThanOrEqual(29);
  expect(cold.cached).toEqual([]);
  const warm = build();
  expect(warm.made).toEqual([]);
  expect(warm.cached).toEqual(cold.made);
  const same = (path: string) => readFileSync(join(cold.outDir, path)).equals(readFileSync(join(warm.outDir, path)));
  expect(same('protocolos/ruta-de-derivacion/v2.0.pdf') && same('kits/primaria.pdf') && same('kits/primaria.zip')).toBe(true);

  const lesson = join(content, 'toolkits', 'primaria', 'lessons', 'personas-de-confianza', 'es.mdx');
  appendFileSync(lesson, '\nUna frase más para la prueba del caché de PDF.\n');
  const edited = build();
  expect(edited.made).toEqual([expect.stringMatching(/^kit PDF «/), expect.stringMatching(/^lesson PDF «/)]);
  expect(edited.cached.length).toBe(cold.made.length - 2);
  const text = (dir: string, path: string) => readFileSync(join(dir, path));
  expect(text(edited.outDir, 'kits/primaria/personas-de-confianza.pdf').equals(text(warm.outDir, 'kits/primaria/personas-de-confianza.pdf'))).toBe(false);
  expect(text(edited.outDir, 'kits/primaria.zip').equals(text(warm.outDir, 'kits/primaria.zip'))).toBe(false);
  expect(text(edited.outDir, 'kits/secundaria.pdf').equals(text(warm.outDir, 'kits/secundaria.pdf'))).toBe(true);
}, 3 * BUILD_TIMEOUT);
