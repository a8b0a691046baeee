import { describe, expect, it } from 'vitest';
import { checkRegistry, nginxRedirects, parseRedirects, redirectPage, textHash, updatedRegistry, versionHash, type Registry } from '../../src/lib/routes/registry';

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

describe('a published version is frozen whole, and the version in force only moves forward', () => {
  const file = 'content/protocols/ruta/1.0/es.mdx';
  const registry: Registry = { urls: [], versions: { [file]: 'h' }, effective: { [file]: '2024-05-01' }, inForce: { ruta: '2.0' } };
  const base = { registry, builtUrls: [], redirects: new Map<string, string>(), publishedVersions: { [file]: 'h' }, existingVersionFiles: new Set([file]) };

  it('refuses a published version whose effective date moved, naming the file and both dates', () => {
    const { problems } = checkRegistry({ ...base, effective: { [file]: '2023-01-01' }, inForce: { ruta: '2.0' } });
    expect(problems).toEqual([
      {
        where: file,
        message: 'is a published version whose effective date changed from 2024-05-01 to 2023-01-01: restore "effective: 2024-05-01"; a later version can take effect on another day (npm run new:version -- <slug>)',
      },
    ]);
  });

  it('refuses a build that would put an older version back in force', () => {
    const { problems } = checkRegistry({ ...base, effective: { [file]: '2024-05-01' }, inForce: { ruta: '1.0' } });
    expect(problems).toEqual([
      {
        where: 'protocol ruta',
        message: 'would put version 1.0 in force, older than version 2.0, which already is: a version in force is only ever replaced by a later one; restore the status and dates of version 2.0',
      },
    ]);
  });

  it('records a newer version in force and effective dates it did not hold, and never an older one', () => {
    const newer = checkRegistry({ ...base, effective: { [file]: '2024-05-01', 'content/protocols/ruta/2.1/es.mdx': '2026-01-01' }, inForce: { ruta: '2.1', otra: '1.0' } });
    expect(newer.problems).toEqual([]);
    expect(newer.newInForce).toEqual({ ruta: '2.1', otra: '1.0' });
    expect(newer.newEffective).toEqual({ 'content/protocols/ruta/2.1/es.mdx': '2026-01-01' });
    expect(updatedRegistry(registry, newer).inForce).toEqual({ otra: '1.0', ruta: '2.1' });
    expect(checkRegistry({ ...base, effective: {}, inForce: { ruta: '2.0' } }).newInForce).toEqual({});
  });
});

describe('the redirects for nginx', () => {
  it('writes one map entry per redirect, quoted', () => {
    expect(nginxRedirects(new Map([['/alianza/', '/la-alianza/'], ['/a"b/', '/c\\d/']]))).toBe(
      '# Written by the build from public/_redirects: one moved address per line, for nginx.\n"/alianza/" "/la-alianza/";\n"/a\\"b/" "/c\\\\d/";\n',
    );
  });
});
