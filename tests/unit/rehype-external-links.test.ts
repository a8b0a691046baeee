/**
 * Links written in content that leave the site get rel="noreferrer noopener", through the same
 * Markdown and MDX pipelines as the site (the processor of astro.config.mjs).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { isExternalHref } from '../../src/lib/markdown/rehype-external-links';

const root = join(import.meta.dirname, '..', '..');
const processor = config.markdown?.processor as { createRenderer?: (o: never) => Promise<{ render: (text: string, o: never) => Promise<unknown> }>; createMdxRenderer?: (a: never, b: never) => Promise<unknown> };

describe('links that leave the site, in content', () => {
  it('tells an address on another site from one on this site', () => {
    for (const href of ['https://www.gob.pe/', 'http://example.org', '//cdn.example/x', ' HTTPS://x.example']) expect(isExternalHref(href), href).toBe(true);
    for (const href of ['/socios/', '#s-1', 'tel:1818', 'mailto:a@b.pe', 'socios/oit/']) expect(isExternalHref(href), href).toBe(false);
  });

  it('get rel="noreferrer noopener" in Markdown; links within the site do not', async () => {
    const renderer = await processor.createRenderer!({} as never);
    const file = join(root, 'content', 'regions', 'cusco', 'es.md');
    const out = (await renderer.render('Ver [gob.pe](https://www.gob.pe/) y [socios](/socios/).', { fileURL: pathToFileURL(file) } as never)) as { code: string };
    expect(out.code).toContain('<a href="https://www.gob.pe/" rel="noreferrer noopener">gob.pe</a>');
    expect(out.code).toContain('<a href="/socios/">socios</a>');
  });

  it('get rel="noreferrer noopener" in MDX', async () => {
    const renderer = (await processor.createMdxRenderer!({} as never, { optimize: false, srcDir: pathToFileURL(join(root, 'src/')) } as never)) as {
      process: (c: string, f: string, fm: object) => Promise<{ code?: string } | string>;
    };
    const result = await renderer.process('Ver [gob.pe](https://www.gob.pe/).', join(root, 'content', 'partners', 'oit', 'es.mdx'), {});
    const code = typeof result === 'string' ? result : JSON.stringify(result);
    expect(code).toMatch(/rel: \[?"noreferrer"|rel: "noreferrer noopener"|noreferrer noopener/);
  });
});
