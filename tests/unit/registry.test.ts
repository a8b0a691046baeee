import { describe, expect, it } from 'vitest';
import { checkRegistry, parseRedirects, redirectPage, textHash, updatedRegistry, versionHash, type Registry } from '../../src/lib/routes/registry';

const v1 = 'content/protocols/ruta/1.0/es.mdx';
const registry: Registry = {
  urls: ['/', '/protocolos/ruta/v1.0/', '/protocolos/ruta/v1.0.pdf', '/protocolos/antiguo/'],
  versions: { [v1]: textHash('---\ntitle: Ruta\n---\nTexto.\n') },
};
const base = {
  registry,
  redirects: parseRedirects('# moved\n/protocolos/antiguo/ /protocolos/ruta/ 301\n'),
  publishedVersions: { [v1]: textHash('---\ntitle: Ruta\n---\nTexto.\n') },
  existingVersionFiles: new Set([v1]),
};
const built = ['/', '/protocolos/ruta/', '/protocolos/ruta/v1.0/', '/protocolos/ruta/v1.0.pdf'];

describe('the registry of published URLs and versions', () => {
  it('passes when everything published is still built or redirected', () => {
    expect(checkRegistry({ ...base, builtUrls: built }).problems).toEqual([]);
  });

  it('fails naming a published URL that disappeared without a redirect', () => {
    const { problems } = checkRegistry({ ...base, builtUrls: built.filter((u) => u !== '/protocolos/ruta/v1.0.pdf') });
    expect(problems).toEqual([
      {
        where: '/protocolos/ruta/v1.0.pdf',
        message:
          'was published and is no longer built: restore the page, or declare where it moved with a line "/protocolos/ruta/v1.0.pdf /new/address/ 301" in public/_redirects',
      },
    ]);
  });

  it('fails when a redirect points nowhere', () => {
    const { problems } = checkRegistry({ ...base, builtUrls: built.filter((u) => u !== '/protocolos/ruta/') });
    expect(problems[0]?.where).toBe('/protocolos/antiguo/');
    expect(problems[0]?.message).toMatch(/^redirects to \/protocolos\/ruta\/, which the build does not produce/);
  });

  it('fails naming the file when a published version changed', () => {
    const { problems } = checkRegistry({ ...base, builtUrls: built, publishedVersions: { [v1]: textHash('---\ntitle: Ruta\n---\nOtro texto.\n') } });
    expect(problems).toEqual([
      {
        where: v1,
        message: 'is a published version and its text has changed: undo the change and publish it as a new version instead (npm run new:version -- <slug>)',
      },
    ]);
  });

  it('does not count line endings as a change', () => {
    expect(textHash('a\r\nb\r\n')).toBe(textHash('a\nb\n'));
  });

  it('freezes the title and the text of a version, not its status', () => {
    const published = '---\ntitle: Ruta\nstatus: vigente\n---\nTexto.\n';
    expect(versionHash(published.replace('vigente', 'reemplazado'))).toBe(versionHash(published));
    expect(versionHash(published.replace('Texto.', 'Texto cambiado.'))).not.toBe(versionHash(published));
    expect(versionHash(published.replace('title: Ruta', 'title: Otra ruta'))).not.toBe(versionHash(published));
  });

  it('fails when a published version is deleted', () => {
    const { problems } = checkRegistry({ ...base, builtUrls: built, publishedVersions: {}, existingVersionFiles: new Set() });
    expect(problems[0]).toEqual({ where: v1, message: 'is a published version and has been deleted: restore it; a published version is never removed' });
  });

  it('reports what is new, and an update adds it without removing anything', () => {
    const check = checkRegistry({ ...base, builtUrls: [...built, '/protocolos/ruta/v1.1/'], publishedVersions: { ...base.publishedVersions, 'content/protocols/ruta/1.1/es.mdx': 'abc' } });
    expect(check.newUrls).toEqual(['/protocolos/ruta/', '/protocolos/ruta/v1.1/']);
    expect(check.newVersions).toEqual({ 'content/protocols/ruta/1.1/es.mdx': 'abc' });
    const next = updatedRegistry(registry, check);
    expect(next.urls).toEqual([...registry.urls, '/protocolos/ruta/', '/protocolos/ruta/v1.1/'].sort());
    expect(Object.keys(next.versions)).toEqual(['content/protocols/ruta/1.0/es.mdx', 'content/protocols/ruta/1.1/es.mdx']);
  });

  it('writes redirect pages with a refresh and a canonical link', () => {
    const html = redirectPage('/protocolos/ruta/', 'https://alianza-cpc.example');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=https://alianza-cpc.example/protocolos/ruta/">');
    expect(html).toContain('<link rel="canonical" href="https://alianza-cpc.example/protocolos/ruta/">');
  });

  it('gives redirect pages the referrer policy of every page and a policy that lets nothing load or run', () => {
    const html = redirectPage('/protocolos/ruta/', 'https://alianza-cpc.example');
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
    expect(html).toContain(`<meta http-equiv="content-security-policy" content="default-src 'none'; base-uri 'none'; form-action 'none'">`);
    expect(html.indexOf('name="referrer"')).toBeLessThan(html.indexOf('http-equiv="refresh"'));
  });
});
