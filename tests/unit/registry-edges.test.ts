/**
 * The URL registry (src/lib/routes/registry.ts) at its edges, found by mutation testing
 * (docs/mutation.md): what counts as a published version's frozen text, how `_redirects` lines
 * are read, and what a registry update records.
 */
import { describe, expect, it } from 'vitest';
import { checkRegistry, emptyRegistry, newsCount, parseRedirects, textHash, updatedRegistry, versionHash } from '../../src/lib/routes/registry';

const v1 = 'content/protocols/ruta/1.0/es.mdx';
const v2 = 'content/protocols/ruta/2.0/es.mdx';
const none = { builtUrls: [], redirects: new Map<string, string>(), publishedVersions: {}, existingVersionFiles: new Set<string>() };

describe('the frozen text of a published version', () => {
  it('is the same with Windows line endings', () => {
    expect(versionHash('---\r\ntitle: Ruta\r\n---\r\nTexto.\r\n')).toBe(versionHash('---\ntitle: Ruta\n---\nTexto.\n'));
  });

  it('holds the title, however it is spaced, and not the other fields', () => {
    const file = (title: string, other = 'seo_title: A') => `---\n${other}\n${title}\nstatus: vigente\n---\nTexto.\n`;
    expect(versionHash(file('title: Ruta  '))).toBe(versionHash(file('title: Ruta')));
    expect(versionHash(file('title: Ruta', 'seo_title: B'))).toBe(versionHash(file('title: Ruta')));
    expect(versionHash(file('title:Ruta'))).not.toBe(versionHash(file('title:Otra')));
    // Without a title field: the text alone.
    expect(versionHash('---\nstatus: vigente\n---\nTexto.\n')).toBe(versionHash('---\nstatus: derogado\n---\nTexto.\n'));
    expect(versionHash('---\nstatus: vigente\n---\nTexto.\n')).not.toBe(versionHash('---\nstatus: vigente\n---\nOtro texto.\n'));
  });

  it('of a file that ends with its frontmatter is its title', () => {
    expect(versionHash('---\ntitle: Ruta\nstatus: vigente\n---')).toBe(versionHash('---\ntitle: Ruta\nstatus: derogado\n---'));
  });

  it('of a file without frontmatter is all of its text, rules (---) and all', () => {
    expect(versionHash('Uno\n---\nx: y\n---\nDos')).not.toBe(versionHash('Cambio\n---\nx: y\n---\nDos'));
    expect(versionHash('Texto.')).toBe(textHash('\nTexto.'));
  });
});

describe('public/_redirects', () => {
  it('reads "/from /to [status]" lines, however spaced, and skips comments and incomplete lines', () => {
    const map = parseRedirects('# /viejo/ /nuevo/ 301\n  /alianza/   /la-alianza/\t301\n/a/\t/b/ # moved in 2025\n\n/solo/\n');
    expect([...map]).toEqual([
      ['/alianza/', '/la-alianza/'],
      ['/a/', '/b/'],
    ]);
  });
});

describe('checking against the registry', () => {
  it('tells a published version turned back into a draft from one deleted', () => {
    const registry = { urls: [], versions: { [v1]: 'a', [v2]: 'b' } };
    expect(checkRegistry({ ...none, registry, existingVersionFiles: new Set([v1]) }).problems).toEqual([
      { where: v1, message: 'is a published version and has been turned back into a draft: restore its status; publish changes as a new version (npm run new:version)' },
      { where: v2, message: 'is a published version and has been deleted: restore it; a published version is never removed' },
    ]);
  });

  it('names the line of a moved effective date, and says nothing of a version not in this build', () => {
    const registry = { urls: [], versions: {}, effective: { [v1]: '2024-05-01', [v2]: '2025-03-15' } };
    const { problems } = checkRegistry({ ...none, registry, effective: { [v1]: '2024-06-01' }, effectiveLines: { [v1]: 5 } });
    expect(problems.map((p) => p.where)).toEqual([`${v1}, line 5`]);
    expect(checkRegistry({ ...none, registry, effective: { [v1]: '2024-06-01' } }).problems.map((p) => p.where)).toEqual([v1]);
  });

  it('says nothing of a protocol whose version in force this build does not set', () => {
    const registry = { urls: [], versions: {}, inForce: { ruta: '2.0' } };
    expect(checkRegistry({ ...none, registry, inForce: {} }).problems).toEqual([]);
    expect(checkRegistry({ ...none, registry, inForce: { ruta: '1.0' } }).problems.map((p) => p.where)).toEqual(['protocol ruta']);
  });
});

describe('a registry update', () => {
  it('starts from an empty registry, recording everything, sorted', () => {
    const check = checkRegistry({
      ...none,
      registry: emptyRegistry(),
      builtUrls: ['/protocolos/', '/', '/alianza/'],
      publishedVersions: { [v2]: 'b', [v1]: 'a' },
      existingVersionFiles: new Set([v1, v2]),
      effective: { [v2]: '2025-03-15', [v1]: '2024-05-01' },
      inForce: { ruta: '2.0', 'guia-escolar': '1.0' },
    });
    expect(check.problems).toEqual([]);
    expect(check.newUrls).toEqual(['/', '/alianza/', '/protocolos/']);
    expect(newsCount(check)).toBe(3 + 2 + 2 + 2);
    const updated = updatedRegistry(emptyRegistry(), check);
    expect(JSON.stringify(updated)).toBe(
      JSON.stringify({
        urls: ['/', '/alianza/', '/protocolos/'],
        versions: { [v1]: 'a', [v2]: 'b' },
        effective: { [v1]: '2024-05-01', [v2]: '2025-03-15' },
        inForce: { 'guia-escolar': '1.0', ruta: '2.0' },
      }),
    );
    expect(newsCount(checkRegistry({ ...none, registry: updated, builtUrls: updated.urls, publishedVersions: { [v1]: 'a', [v2]: 'b' }, existingVersionFiles: new Set([v1, v2]) }))).toBe(0);
  });

  it('keeps the effective dates already recorded', () => {
    const registry = { urls: [], versions: {}, effective: { [v1]: '2024-05-01' } };
    const check = checkRegistry({ ...none, registry, effective: { [v1]: '2024-05-01', [v2]: '2025-03-15' } });
    expect(updatedRegistry(registry, check).effective).toEqual({ [v1]: '2024-05-01', [v2]: '2025-03-15' });
  });
});
