/**
 * The rehype guard (src/lib/markdown/rehype-guard.ts), what its first tests
 * (tests/unit/rehype-guard.test.ts) leave open, found by mutation testing (docs/mutation.md):
 * every Markdown feature gets through it, every address attribute is read, hidden places
 * (<template>, JSX, trees without positions) are searched, and its message names the right line
 * of the file, in document order.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import config from '../../astro.config.mjs';
import { describe, expect, it } from 'vitest';
import { dangerousUrl, htmlHazards, MARKDOWN_ELEMENTS, outsideMarkdown, rehypeGuard } from '../../src/lib/markdown/rehype-guard';

const root = join(import.meta.dirname, '..', '..');
const html = (text: string) => fromHtml(text, { fragment: true });
const whats = (text: string) => [...htmlHazards(html(text)), ...outsideMarkdown(html(text))].map((h) => h.what);
/** The guard's message for a tree, or '' when it lets the tree through. */
const guard = (tree: unknown, file: { path?: string; cwd?: string; value?: string } = {}): string => {
  try {
    rehypeGuard()(tree as never, file);
    return '';
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
};

/** Every feature of Markdown with GFM (tables, task lists, footnotes, strikethrough). */
const everything = `# Uno

## Dos

### Tres

#### Cuatro

##### Cinco

###### Seis

Texto *énfasis* **fuerte** ~~tachado~~ \`código\` [enlace](https://www.gob.pe/ "Título")\\
con salto y ![foto](/images/a.webp "t") y una nota[^1].

\`\`\`text
bloque
\`\`\`

> cita

- uno
- dos

3. tres
4. cuatro

- [x] hecha
- [ ] pendiente

---

| a | b |
| :- | -: |
| 1 | 2 |

[^1]: La nota.
`;

describe('the rehype guard lets through everything Markdown makes', () => {
  // The site's own processor (astro.config.mjs), with the guard first among its rehype plugins.
  const processor = config.markdown!.processor!;

  it('in a Markdown file: every element and attribute of headings, lists, tables, task lists and footnotes', async () => {
    const renderer = await processor.createRenderer!({ syntaxHighlight: config.markdown?.syntaxHighlight } as never);
    const { code } = (await renderer.render(everything, { fileURL: pathToFileURL(join(root, 'content/regions/cusco/es.md')) } as never)) as { code: string };
    // The text really holds every element the guard's list names, with the attributes Markdown gives them.
    for (const tag of MARKDOWN_ELEMENTS) expect(code, tag).toMatch(new RegExp(`<${tag}[\\s>]`));
    for (const attribute of ['title=', 'class=', 'aria-label=', 'aria-describedby=', 'align=', 'start=', 'type=', 'checked', 'disabled', 'data-footnote-ref', 'data-footnote-backref', 'data-footnotes']) {
      expect(code).toContain(attribute);
    }
  });

  it('in an MDX file', async () => {
    const renderer = await processor.createMdxRenderer!({} as never, { optimize: false, srcDir: pathToFileURL(join(root, 'src/')) } as never);
    const process = (text: string) => (renderer as { process: (c: string, f: string, fm: object) => Promise<unknown> }).process(text, join(root, 'content/partners/oit/es.mdx'), {});
    await expect(process(everything)).resolves.toBeTruthy();
  });
});

describe('addresses', () => {
  it.each(['href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'cite', 'ping', 'codebase', 'archive', 'classid', 'longdesc', 'manifest', 'icon', 'lowsrc', 'dynsrc', 'usemap'])(
    'refuses a "javascript:" address in %s',
    (attribute) => {
      // Named as hast spells it (srcSet, formAction, codeBase…).
      expect(htmlHazards(html(`<span ${attribute}="javascript:alert(1)">x</span>`)).map((h) => h.what)).toEqual([
        expect.stringMatching(new RegExp(`^a <span> element whose ${attribute} is a "javascript:" address, which would run code when followed$`, 'i')),
      ]);
    },
  );

  it('refuses one in an SVG xlink:href, and in any address of a ping', () => {
    expect(whats('<svg><a xlink:href="javascript:alert(1)">x</a></svg>')).toContain('an <a> element whose xLinkHref is a "javascript:" address, which would run code when followed');
    expect(whats('<a href="/x" ping="https://a.example/ javascript:alert(1)">x</a>')).toContain('an <a> element whose ping is a "javascript:" address, which would run code when followed');
  });

  it('says why a "data:" address is refused', () => {
    expect(whats('<a href="data:text/html,hola">x</a>')).toEqual(['an <a> element whose href is a "data:" address, which can carry a hidden page or script']);
  });

  it('lets only pictures through as "data:" addresses, judged by the type at the start', () => {
    expect(dangerousUrl('data:image/jpg;base64,AA')).toBeUndefined();
    expect(dangerousUrl('data:image/jpeg;base64,AA')).toBeUndefined();
    expect(dangerousUrl('data:text/html,<img src="data:image/png;base64,AA">')).toBe('data:');
  });

  it('reads spaces only around an address, as a browser does: "java script:" is a relative path', () => {
    expect(dangerousUrl('java script:alert(1)')).toBeUndefined();
    expect(dangerousUrl('vbscript :msgbox(1)')).toBeUndefined();
    expect(dangerousUrl(' \u0001 vbscript:msgbox(1) ')).toBe('vbscript:');
  });

  it('tells a picture from another site, however it is written, from the site\'s own', () => {
    const pictures = (src: string) => whats(`<img src="${src}" alt="">`);
    for (const own of ['/images/a.webp', 'images/a.webp', '/images//a.webp', 'data:image/png;base64,AA', 'fotos/a:b.webp']) expect(pictures(own), own).toEqual([]);
    for (const other of ['https://tracker.example/p.png', ' https://tracker.example/p.png', '//cdn.example/p.png', ' //cdn.example/p.png', 'HTTP://tracker.example/p.png', 'https://tracker.example/data:image/p.png']) {
      expect(pictures(other), other).toEqual([`a picture from another site (${other}), which would tell that site who reads the page`]);
    }
    // A link to another site is not a picture: it loads nothing until followed; nor is a picture's alt text.
    expect(whats('<a href="https://www.gob.pe/">x</a>')).toEqual([]);
    expect(whats('<img src="/images/a.webp" alt="https://www.gob.pe/">')).toEqual([]);
  });
});

describe('where the guard looks', () => {
  it('inside a <template>, whose content is a separate fragment', () => {
    expect(whats('<template><script>alert(1)</script><img src="https://tracker.example/p.png" alt=""></template>')).toEqual([
      "a <script> element, which would run code in readers' browsers",
      'a <template> element, which Markdown does not make and content may not hold',
      'a picture from another site (https://tracker.example/p.png), which would tell that site who reads the page',
    ]);
  });

  it('at the JSX elements MDX leaves in its tree, with their place', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'mdxJsxFlowElement', name: 'div', attributes: [], children: [], position: { start: { line: 4, column: 1 } } },
        { type: 'mdxJsxTextElement', name: 'Banner', attributes: [{ type: 'mdxJsxAttribute', name: 'onClick', value: 'x()' }], children: [], position: { start: { line: 6, column: 3 } } },
        { type: 'mdxJsxFlowElement', name: null, attributes: [], children: [] },
      ],
    };
    expect(outsideMarkdown(tree as never)).toEqual([
      { line: 4, column: 1, what: 'a <div> element, which Markdown does not make and content may not hold' },
      { line: 6, column: 3, what: 'a <banner> element, which Markdown does not make and content may not hold' },
    ]);
    expect(htmlHazards(tree as never)).toEqual([{ line: 6, column: 3, what: "a <Banner> element with the event handler onclick, which would run code in readers' browsers" }]);
  });

  it('in a tree without positions (made by a plugin), naming what without a line', () => {
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: { style: 'x' }, children: [{ type: 'element', tagName: 'script', properties: {}, children: [] }] }] };
    expect(guard(tree)).toBe(
      'UnsafeContentError: an MDX or Markdown file: unsafe content reached the HTML of the page, so the build stops.\n' +
        "  - a <script> element, which would run code in readers' browsers\n" +
        '  - a <p> element with the attribute style, which Markdown does not make and content may not hold\n' +
        'Remove it from the file: content is text written in Markdown, with links to https://, tel: or mailto: addresses. ' +
        '(The content check, src/lib/content/check.ts, should have refused this first: tell the developers.)',
    );
  });
});

describe('the guard\'s message', () => {
  it('lists every hazard in the order of the file, by line then column', () => {
    const message = guard(html('<script>a()</script>\n<p style="x">b</p><iframe></iframe>\n<xmp>c</xmp><a href="javascript:d()">d</a>'), { path: join(root, 'content/x.md'), cwd: root });
    expect(message.split('\n').filter((l) => l.startsWith('  - '))).toEqual([
      "  - line 1, column 1: a <script> element, which would run code in readers' browsers",
      '  - line 2, column 1: a <p> element with the attribute style, which Markdown does not make and content may not hold',
      '  - line 2, column 19: an <iframe> element, which would load another site inside the page',
      '  - line 3, column 1: a <xmp> element, which Markdown does not make and content may not hold',
      '  - line 3, column 13: an <a> element whose href is a "javascript:" address, which would run code when followed',
    ]);
  });

  it('names the file from the folder the build runs in', () => {
    expect(guard(html('<script></script>'), { path: join(root, 'content/partners/oit/es.md'), cwd: join(root, 'content') })).toMatch(/^UnsafeContentError: partners\/oit\/es\.md: unsafe content/);
  });

  it('counts lines in the whole file when Astro gives it the text without the frontmatter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alianza-guard-'));
    try {
      const body = 'Texto.\n\n<script>alert(1)</script>\n';
      const path = join(dir, 'es.md');
      writeFileSync(path, `---\ntitle: Cusco\nsummary: Región\n---\n\n${body}`);
      const tree = html(body);
      expect(guard(tree, { path, cwd: dir, value: body })).toMatch(/^UnsafeContentError: es\.md: unsafe content.*\n {2}- line 8, column 1: a <script> element/);
      // The whole file, frontmatter and all: its lines are already the file's.
      const whole = `---\ntitle: Cusco\n---\n\n${body}`;
      writeFileSync(path, whole);
      expect(guard(html(whole), { path, cwd: dir, value: whole })).toMatch(/\n {2}- line 7, column 1: a <script> element/);
      // A text the file does not hold (a file changed since): lines as given.
      expect(guard(tree, { path, cwd: dir, value: 'otro' })).toMatch(/\n {2}- line 3, column 1: a <script> element/);
      expect(guard(tree, { path: join(dir, 'missing.md'), cwd: dir, value: body })).toMatch(/\n {2}- line 3, column 1: a <script> element/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
