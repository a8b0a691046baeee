/**
 * Hostile content, two layers:
 * - the content check's body check (src/lib/content/check.ts, `bodyProblems`): refuses unsafe MDX
 *   and Markdown before Astro reads it, with the line and the fix;
 * - the rehype guard (src/lib/markdown/rehype-guard.ts): stops the build, naming the file, when something
 *   unsafe reaches a page's HTML anyway. Tested alone on hast trees, and inside Astro's own
 *   Markdown and MDX pipelines (the `unified()` processor of astro.config.mjs), where user rehype
 *   plugins run before rehype-raw on Markdown and after it on MDX.
 */
import { describe, expect, it, vi } from 'vitest';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { writeSyntheticContent } from '../../bench/content.mjs';
import { markdownFiles } from '../support/content';
import { fromHtml } from 'hast-util-from-html';
import { unified } from '@astrojs/markdown-remark';
import { bodyProblems, mayHaveProblems, parsedBodyProblems, ALLOWED_COMPONENTS } from '../../src/lib/content/body';
import { dangerousUrl, htmlHazards, rehypeGuard, takeGuardFailures } from '../../src/lib/markdown/rehype-guard';
import config from '../../astro.config.mjs';

const root = join(import.meta.dirname, '..', '..');
const messages = (body: string, format: 'mdx' | 'md' = 'mdx', offset = 0) =>
  bodyProblems(body, format, offset).map((p) => `${p.line}:${p.column} ${p.message}`);

describe('dangerousUrl', () => {
  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['  JaVaScRiPt:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['java\nscript:alert(1)', 'javascript:'],
    ['\u0001javascript:alert(1)', 'javascript:'],
    ['vbscript:msgbox(1)', 'vbscript:'],
    ['data:text/html,<script>alert(1)</script>', 'data:'],
    ['data:image/svg+xml,<svg onload=alert(1)>', 'data:'],
  ])('refuses %j', (url, scheme) => {
    expect(dangerousUrl(url)).toBe(scheme);
  });

  it.each([
    'https://www.gob.pe/mininter',
    'http://example.org/javascript:x',
    '/protocolos/ruta-de-derivacion/',
    '#s-2-3',
    'tel:1818',
    'mailto:alguien@example.org',
    'data:image/png;base64,iVBORw0KGgo=',
    'javascript-y-tu.html',
  ])('lets %j through', (url) => {
    expect(dangerousUrl(url)).toBeUndefined();
  });
});

describe('the content check of MDX and Markdown bodies (layer 1)', () => {
  it('lets plain Markdown through, in MDX and in Markdown', () => {
    const text = '## Alcance\n\nTexto con [un enlace](https://www.gob.pe/) y ![una imagen](/images/a.webp).\n\n- Llama al [1818](tel:1818).\n';
    expect(bodyProblems(text, 'mdx')).toEqual([]);
    expect(bodyProblems(text, 'md')).toEqual([]);
  });

  it('lets an MDX comment through: it runs nothing', () => {
    expect(bodyProblems('Texto {/* nota para quien edita */} más texto.', 'mdx')).toEqual([]);
  });

  it('refuses HTML in Markdown files as in MDX, even HTML that looks harmless', () => {
    expect(messages('Texto<br>con <abbr title="Ministerio del Interior">Mininter</abbr>.', 'md')).toEqual([
      '1:6 has HTML (<br>), which content files cannot use: remove it and write the text in Markdown (## for headings, [text](https://…) for links); content files hold text written in Markdown, and the layout adds everything else',
      '1:14 has HTML (<abbr title="Ministerio del Interior">), which content files cannot use: remove it and write the text in Markdown (## for headings, [text](https://…) for links); content files hold text written in Markdown, and the layout adds everything else',
    ]);
  });

  it('refuses the <noscript> attribute trick: HTML a browser with scripting on reads otherwise', () => {
    const trick = '<noscript><p title="</noscript><img src=x><meta http-equiv=refresh content=2;url=https://evil.example>">\n';
    expect(messages(trick, 'md')).toEqual([
      expect.stringMatching(/^1:1 has HTML \(<noscript>\), which content files cannot use/),
      expect.stringMatching(/^1:11 has HTML \(<p title="<\/noscript><img src=x><meta h…\), which content files cannot use/),
    ]);
  });

  it('refuses a picture from another site, written directly or through a definition', () => {
    expect(messages('![Logo](https://tracker.example/p.png)\n\n![Otro][ref]\n\n[ref]: //cdn.example/x.webp\n', 'md')).toEqual([
      "1:1 has a picture from another site (https://tracker.example/p.png), which would tell that site who reads the page: save the picture in the site's public/images/ folder and write ![description](/images/name.webp)",
      "3:1 has a picture from another site (//cdn.example/x.webp), which would tell that site who reads the page: save the picture in the site's public/images/ folder and write ![description](/images/name.webp)",
    ]);
    expect(messages('![Mapa](/images/mapa.webp) y [un enlace](https://www.gob.pe/)', 'md')).toEqual([]);
  });

  it('refuses a <script> element, counting lines in the whole file', () => {
    expect(messages('Hola.\n\n<script>alert(1)</script>\n', 'mdx', 9)).toEqual([
      "12:1 has a <script> element, which would run code in readers' browsers: remove it; content files hold text written in Markdown, and the layout adds everything else",
    ]);
  });

  it('refuses event handlers, whatever their case', () => {
    expect(messages('<img src="/a.webp" alt="" onerror="alert(1)" />')).toEqual([
      "1:1 has an <img> element with the event handler onerror, which would run code in readers' browsers: remove it; content files hold text written in Markdown, and the layout adds everything else",
    ]);
    expect(messages('Texto <a href="#" onClick="robar()">aquí</a>.')[0]).toMatch(/^1:7 has an <a> element with the event handler onclick, /);
  });

  it.each(['iframe', 'object', 'embed', 'form', 'style', 'link', 'meta', 'base'])('refuses a <%s> element', (tag) => {
    expect(messages(`<${tag}></${tag}>`)).toEqual([expect.stringMatching(new RegExp(`^1:1 has an? <${tag}> element, which would `))]);
  });

  it('refuses any other HTML element or component in MDX, since none is allowed', () => {
    expect(ALLOWED_COMPONENTS.size).toBe(0);
    expect(messages('<div>Texto</div>')).toEqual([
      '1:1 has a <div> element, which content files cannot use: remove it and write the text in Markdown (## for headings, [text](https://…) for links, ![description](/images/name.webp) for pictures)',
    ]);
    expect(messages('<Banner titulo="x" />')[0]).toMatch(/^1:1 has a <Banner> element, which content files cannot use/);
    expect(messages('<>Texto</>')[0]).toMatch(/^1:1 has a fragment <>…<\/>, which content files cannot use/);
  });

  it('refuses import and export lines', () => {
    expect(messages("import Banner from '../../components/Banner.astro';\n\nexport const x = fetch('https://example.org');\n")).toEqual([
      '1:1 has an "import" line, which would bring code into the page: remove it; content files hold text written in Markdown, and the layout adds everything else',
      '3:1 has an "export" line, which would bring code into the page: remove it; content files hold text written in Markdown, and the layout adds everything else',
    ]);
  });

  it('refuses {…} expressions, in text and as blocks', () => {
    expect(messages('Hoy es {new Date().getFullYear()}.\n\n{globalThis.process.exit(1)}\n')).toEqual([
      '1:8 has the expression {new Date().getFullYear()}, which would run code: remove the braces and write the text itself (to show a brace, write \\{)',
      '3:1 has the expression {globalThis.process.exit(1)}, which would run code: remove the braces and write the text itself (to show a brace, write \\{)',
    ]);
  });

  it('refuses links, images and link definitions to unsafe addresses', () => {
    expect(messages('[Llama aquí](javascript:alert(1))')).toEqual([
      '1:1 has a link to a "javascript:" address (javascript:alert(1)), which would run code when followed: link to a web page (https://…), a phone number (tel:…) or an email address (mailto:…) instead',
    ]);
    expect(messages('![foto](data:text/html,<b>x</b>)')[0]).toMatch(/^1:1 has an image to a "data:" address .*: use a picture file of the site/);
    expect(messages('[aquí][r]\n\n[r]: VBScript:msgbox(1)\n')[0]).toMatch(/^3:1 has a link definition to a "vbscript:" address/);
    expect(messages('<javascript:alert(1)>', 'md')[0]).toMatch(/^1:1 has a link to a "javascript:" address/);
  });

  it('refuses unsafe raw HTML in Markdown files, reading it as a browser would', () => {
    expect(messages('<div>\n<script>x()</script>\n</div>\n\nTexto <a href="jav&#x61;script:x()">a</a> <img src=x onerror=alert(1)>', 'md')).toEqual([
      "1:1 has a <script> element, which would run code in readers' browsers: remove it; content files hold text written in Markdown, and the layout adds everything else",
      '5:7 has an <a> element whose href is a "javascript:" address, which would run code when followed: remove it; content files hold text written in Markdown, and the layout adds everything else',
      "5:43 has an <img> element with the event handler onerror, which would run code in readers' browsers: remove it; content files hold text written in Markdown, and the layout adds everything else",
    ]);
  });

  it('reports MDX that cannot be parsed, with the fix for a stray "<" or "{"', () => {
    expect(messages('Texto\n\nUn { suelto', 'mdx', 5)).toEqual([
      expect.stringMatching(/^8:\d+ cannot be read as MDX: .*write \\< or \\\{ to show the character itself$/),
    ]);
  });
});

describe('the content check\'s scan before parsing', () => {
  it('skips the parse only of bodies the parse finds nothing in: the site\'s content and the benchmark\'s', () => {
    const synthetic = mkdtempSync(join(tmpdir(), 'alianza-scan-'));
    try {
      writeSyntheticContent(synthetic, 12);
      const all = [...markdownFiles(join(root, 'content')), ...markdownFiles(synthetic)];
      const skipped = all.filter(({ body }) => !mayHaveProblems(body));
      // Most content is plain Markdown: the scan is what makes the check fast.
      expect(skipped.length).toBeGreaterThan(all.length / 2);
      for (const { file, body, format } of skipped) expect(parsedBodyProblems(body, format), file).toEqual([]);
    } finally {
      rmSync(synthetic, { recursive: true, force: true });
    }
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](javascript\\:alert(1))',
    '[x](LiveScript:alert(1))',
    '![x](data:image/svg+xml,abc)',
    '[x]: javascript:alert(1)',
    '[x](&#106;avascript:alert(1))',
    'import x from "y"',
    'Texto\n\nexport const a = 1',
    'Texto {1 + 1}',
    '<b>negrita</b>',
  ])('parses, and refuses, %j', (body) => {
    expect(mayHaveProblems(body)).toBe(true);
    expect(bodyProblems(body, 'mdx').length).toBeGreaterThan(0);
  });
});

describe('the rehype guard (layer 2)', () => {
  const run = (html: string, path?: string) => () => rehypeGuard()(fromHtml(html, { fragment: true }), { path, cwd: root });

  it('lets ordinary HTML through', () => {
    expect(run('<h2 id="s-1">Alcance</h2><p><a href="https://www.gob.pe/">enlace</a> <img src="data:image/png;base64,AA" alt=""></p>')).not.toThrow();
  });

  it('throws naming the file, the place and every hazard', () => {
    expect(run('<p>x</p>\n<script>alert(1)</script><a href="javascript:x()">y</a><img src=x onerror=alert(1)>', join(root, 'content/partners/oit/es.mdx'))).toThrow(
      'content/partners/oit/es.mdx: unsafe content reached the HTML of the page, so the build stops.\n' +
        "  - line 2, column 1: a <script> element, which would run code in readers' browsers\n" +
        '  - line 2, column 26: an <a> element whose href is a "javascript:" address, which would run code when followed\n' +
        "  - line 2, column 56: an <img> element with the event handler onerror, which would run code in readers' browsers\n" +
        'Remove it from the file: content is text written in Markdown',
    );
  });

  it.each(['<iframe src="https://example.org"></iframe>', '<object data="x.swf"></object>', '<embed src="x.swf">', '<svg><a href="javascript:x()">y</a></svg>', '<button formaction="javascript:x()">y</button>'])(
    'refuses %s',
    (html) => {
      expect(htmlHazards(fromHtml(html, { fragment: true }))).toHaveLength(1);
    },
  );

  it.each([
    ['<noscript><p>x</p></noscript>', 'a <noscript> element, which Markdown does not make'],
    ['<template><p>x</p></template>', 'a <template> element, which Markdown does not make'],
    ['<xmp>x</xmp>', 'a <xmp> element, which Markdown does not make'],
    ['<svg><animate attributeName="href" values="javascript:alert(1)"></animate></svg>', 'a <svg> element, which Markdown does not make'],
    ['<p style="color:red">x</p>', 'a <p> element with the attribute style, which Markdown does not make'],
    ['<a href="/x" ping="https://tracker.example/">x</a>', 'an <a> element with the attribute ping, which Markdown does not make'],
    ['<img src="https://tracker.example/p.png" alt="">', 'a picture from another site (https://tracker.example/p.png)'],
  ])('refuses what Markdown cannot make: %s', (html, what) => {
    expect(run(html, join(root, 'content/partners/oit/es.md'))).toThrow(what);
  });

  it('reads raw HTML the way rehype-raw will, including a tag split across pieces', () => {
    const tree = {
      type: 'root' as const,
      children: [
        { type: 'raw' as const, value: '<p>hola <b' },
        { type: 'raw' as const, value: ' onclick="x()">chau</b></p>' },
      ],
    };
    expect(htmlHazards(tree as never).map((h) => h.what)).toEqual(["a <b> element with the event handler onclick, which would run code in readers' browsers"]);
  });

  it('reads the JSX elements MDX leaves in its tree', () => {
    const tree = {
      type: 'root' as const,
      children: [{ type: 'mdxJsxFlowElement', name: 'iframe', attributes: [], children: [] }],
    };
    expect(htmlHazards(tree as never).map((h) => h.what)).toEqual(['an <iframe> element, which would load another site inside the page']);
  });
});

describe('the rehype guard inside Astro', () => {
  const processor = unified({ rehypePlugins: [rehypeGuard] });
  const file = join(root, 'content', 'regions', 'cusco', 'es.md');

  it('is registered in astro.config.mjs', () => {
    const options = (config.markdown?.processor as { options?: { rehypePlugins?: unknown[] } } | undefined)?.options;
    expect(options?.rehypePlugins).toContain(rehypeGuard);
  });

  it('stops a Markdown file, naming it, when raw HTML carries a script', async () => {
    // Astro prints the error too; keep the test output quiet.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    takeGuardFailures();
    const renderer = await processor.createRenderer!({} as never);
    const ok = await renderer.render('Texto con [enlace](https://www.gob.pe/).', { fileURL: pathToFileURL(file) } as never);
    expect(String((ok as { code: string }).code)).toContain('href="https://www.gob.pe/"');
    await expect(renderer.render('Texto.\n\n<script>alert(1)</script>\n', { fileURL: pathToFileURL(file) } as never)).rejects.toThrow(
      /content\/regions\/cusco\/es\.md: unsafe content reached the HTML of the page, so the build stops\.\n {2}- line 3, column 1: a <script> element/,
    );
    await expect(renderer.render('[clic](javascript:alert(1))', { fileURL: pathToFileURL(file) } as never)).rejects.toThrow(
      /es\.md: unsafe content.*\n {2}- line 1, column 1: an <a> element whose href is a "javascript:" address/,
    );
    // Astro only logs errors thrown while it renders Markdown entries: the failures are kept for
    // the content-check integration, which fails the build with them at astro:build:start.
    expect(takeGuardFailures()).toEqual([expect.stringMatching(/^content\/regions\/cusco\/es\.md: unsafe content reached the HTML of the page.*\n {2}- line 1, column 1: an <a> element/)]);
    expect(takeGuardFailures()).toEqual([]);
  });

  it('stops an MDX file, naming it, on a JSX element that would run code', async () => {
    const mdxFile = join(root, 'content', 'partners', 'oit', 'es.mdx');
    const renderer = await processor.createMdxRenderer!({} as never, { optimize: false, srcDir: pathToFileURL(join(root, 'src/')) } as never);
    const process = (text: string) => (renderer as { process: (c: string, f: string, fm: object) => Promise<unknown> }).process(text, mdxFile, {});
    await expect(process('## Alcance\n\nTexto con [enlace](https://www.gob.pe/).')).resolves.toBeTruthy();
    await expect(process('Texto.\n\n<img src="x" onError="alert(1)" />\n')).rejects.toThrow(
      /content\/partners\/oit\/es\.mdx: unsafe content reached the HTML of the page, so the build stops\.\n {2}- line 3, column 1: an <img> element with the event handler onerror/,
    );
    await expect(process('[clic](javascript:alert(1))')).rejects.toThrow(/es\.mdx: unsafe content[\s\S]*"javascript:" address/);
  });
});
