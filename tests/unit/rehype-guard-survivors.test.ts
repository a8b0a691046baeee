/**
 * The rehype guard (src/lib/markdown/rehype-guard.ts): what the mutation run of 6 December 2026
 * (docs/mutation.md) found that no test noticed. An address that only mentions "javascript:" after
 * its start, MDX attributes written with a namespace or as an expression, a picture loaded by an
 * element other than <img>, and the lines of a file given without its text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { dangerousUrl, htmlHazards, outsideMarkdown, rehypeGuard } from '../../src/lib/markdown/rehype-guard';

const html = (text: string) => fromHtml(text, { fragment: true });
const whats = (tree: unknown) => [...htmlHazards(tree as never), ...outsideMarkdown(tree as never)].map((h) => h.what);
/** The guard's message for a tree, or '' when it lets the tree through. */
const guard = (tree: unknown, file: { path?: string; cwd?: string; value?: unknown } = {}): string => {
  try {
    rehypeGuard()(tree as never, file);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};
/** An MDX file's tree holding one JSX element with these attributes. */
const jsx = (name: string, attributes: { name?: string; type?: string; value?: unknown }[]) => ({
  type: 'root',
  children: [{ type: 'mdxJsxTextElement', name, attributes: attributes.map((a) => ({ type: 'mdxJsxAttribute', ...a })), children: [] }],
});

describe('addresses read from their start', () => {
  it('lets through a link to this site whose query or fragment mentions "javascript:"', () => {
    for (const href of ['/buscar?q=javascript:alert(1)', '#vbscript:x', 'ayuda/data:text/html,x']) {
      expect(dangerousUrl(href), href).toBeUndefined();
      expect(whats(html(`<a href="${href}">buscar</a>`)), href).toEqual([]);
    }
  });

  it('refuses "javascript:" after several spaces and control characters', () => {
    expect(dangerousUrl(' \u0001\u0002 javascript:alert(1)')).toBe('javascript:');
    expect(dangerousUrl('\u0000\u0000data:text/html,x')).toBe('data:');
  });
});

describe('MDX attributes', () => {
  it('reads an address attribute written with a namespace (xlink:href) or a dash (form-action)', () => {
    expect(htmlHazards(jsx('a', [{ name: 'xlink:href', value: 'javascript:alert(1)' }]) as never).map((h) => h.what)).toEqual([
      'an <a> element whose xlink:href is a "javascript:" address, which would run code when followed',
    ]);
    expect(htmlHazards(jsx('Boton', [{ name: 'form-action', value: 'javascript:x()' }]) as never).map((h) => h.what)).toEqual([
      'a <Boton> element whose form-action is a "javascript:" address, which would run code when followed',
    ]);
  });

  it('accepts an address given as an expression, a bare attribute and a spread (the content check reads those)', () => {
    const tree = jsx('Enlace', [
      { name: 'href', value: { type: 'mdxJsxAttributeValueExpression', value: 'enlace' } },
      { name: 'src', value: null },
      { name: 'ping', value: 3 },
      { type: 'mdxJsxExpressionAttribute', value: '...props' },
    ]);
    expect(htmlHazards(tree as never)).toEqual([]);
  });
});

describe('pictures from another site', () => {
  it('refuses an <input type="image"> from another site, an element task lists also make', () => {
    expect(whats(html('<input type="image" src="https://otro.example/p.gif">'))).toEqual([
      'an <input> element that loads a file from another site (https://otro.example/p.gif), which would tell that site who reads the page',
    ]);
    expect(whats(html('<input type="image" src="/images/boton.png">'))).toEqual([]);
  });

  it('still calls the one of an <img> a picture', () => {
    expect(whats(html('<img src="//otro.example/p.gif" alt="">'))).toEqual([
      'a picture from another site (//otro.example/p.gif), which would tell that site who reads the page',
    ]);
  });
});

describe('lines of a file given without its text', () => {
  it('counts from the start of the text, even when the file on disk holds the word "undefined"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alianza-guard-'));
    try {
      const path = join(dir, 'es.md');
      writeFileSync(path, '---\ntitle: x\n---\n\nEl valor undefined.\n\n<script>a()</script>\n');
      const tree = html('<script>a()</script>');
      expect(guard(tree, { path, cwd: dir })).toMatch(/\n {2}- line 1, column 1: a <script> element/);
      expect(guard(tree, { path, cwd: dir, value: new TextEncoder().encode('<script>a()</script>') })).toMatch(/\n {2}- line 1, column 1: a <script>/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
