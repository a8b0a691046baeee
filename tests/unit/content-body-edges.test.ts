/**
 * The content check of MDX and Markdown bodies and of addresses in data (src/lib/content/body.ts)
 * at its edges, found by mutation testing (docs/mutation.md). The main cases are in
 * tests/unit/rehype-guard.test.ts (layer 1).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS, bodyProblems, unsafeAddresses } from '../../src/lib/content/body';

const messages = (body: string, format: 'mdx' | 'md' = 'mdx', offset = 0) =>
  bodyProblems(body, format, offset).map((p) => `${p.line}:${p.column} ${p.message}`);

describe('pictures from another site', () => {
  it('are told from the site\'s own pictures by the start of the address', () => {
    expect(messages('![a](/images//mapa.webp) ![b](images/a:b.webp) ![c](data:image/png;base64,AA)', 'md')).toEqual([]);
    expect(messages('![a](https://tracker.example/data:p.png)', 'md')).toEqual([
      "1:1 has a picture from another site (https://tracker.example/data:p.png), which would tell that site who reads the page: save the picture in the site's public/images/ folder and write ![description](/images/name.webp)",
    ]);
  });

  it('are found through a definition used before or after it', () => {
    expect(messages('[ref]: //cdn.example/x.webp\n\n![Logo][ref] y [ref]\n', 'md')).toEqual([
      "3:1 has a picture from another site (//cdn.example/x.webp), which would tell that site who reads the page: save the picture in the site's public/images/ folder and write ![description](/images/name.webp)",
    ]);
  });

  it('show an address of 40 characters whole, and a longer one cut', () => {
    const forty = `https://t.example/${'a'.repeat(18)}.png`;
    expect(forty).toHaveLength(40);
    expect(messages(`![x](${forty})`, 'md')[0]).toContain(`(${forty})`);
    expect(messages(`![x](${forty}x)`, 'md')[0]).toContain(`(${forty.slice(0, 39)}…)`);
  });
});

describe('HTML in a Markdown file', () => {
  it('is refused as a whole block, and only a closing tag alone is let pass', () => {
    expect(messages('<div>Texto</div>\n', 'md')).toEqual([
      '1:1 has HTML (<div>Texto</div>), which content files cannot use: remove it and write the text in Markdown (## for headings, [text](https://…) for links); content files hold text written in Markdown, and the layout adds everything else',
    ]);
    expect(messages('</div><span>x</span>\n', 'md')).toHaveLength(1);
    expect(messages('Texto\n\n</div >\n', 'md')).toEqual([]);
  });
});

describe('code in MDX', () => {
  it('shows an expression without the spaces inside its braces', () => {
    expect(messages('Texto { 1 + 1 }.')).toEqual([
      '1:7 has the expression {1 + 1}, which would run code: remove the braces and write the text itself (to show a brace, write \\{)',
    ]);
  });

  it('names an export line as such, even when it mentions import', () => {
    expect(messages('export const x = "import"\n')[0]).toMatch(/^1:1 has an "export" line/);
  });

  it('reports MDX that cannot be read with the parser\'s reason and the fix', () => {
    expect(messages('Texto\n\nUn { suelto', 'mdx', 5)).toEqual([
      '8:12 cannot be read as MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`. In MDX, "<" starts an HTML element and "{" starts code: write \\< or \\{ to show the character itself',
    ]);
  });
});

describe('an allowed component (none is allowed today)', () => {
  const allowed = ALLOWED_COMPONENTS as Set<string>;
  afterEach(() => allowed.delete('Aviso'));

  it('is let through with plain attributes, and refused with code in one', () => {
    allowed.add('Aviso');
    expect(messages('<Aviso titulo="Importante">Texto</Aviso>')).toEqual([]);
    expect(messages('Texto\n\n<Aviso titulo={x}>Texto</Aviso>\n\n<Aviso {...props} />')).toEqual([
      '3:8 has code in an attribute of an <Aviso> element, which would run when the page is built: give the attribute a plain value in quotes',
      '5:8 has code in an attribute of an <Aviso> element, which would run when the page is built: give the attribute a plain value in quotes',
    ]);
    // Its attributes are checked like any element's.
    expect(messages('<Aviso href="javascript:x()" onClick="y()" />')).toEqual([
      '1:1 has an <Aviso> element whose href is a "javascript:" address, which would run code when followed: remove it; content files hold text written in Markdown, and the layout adds everything else',
      "1:1 has an <Aviso> element with the event handler onclick, which would run code in readers' browsers: remove it; content files hold text written in Markdown, and the layout adds everything else",
    ]);
  });
});

describe('unsafe addresses in frontmatter and data', () => {
  it('finds one in any field, nested or in a list, and passes empty fields, dates and numbers', () => {
    expect(
      unsafeAddresses({ titulo: 'Ruta', vacio: null, fecha: new Date('2025-03-15'), orden: 2, enlaces: [{ url: 'https://www.gob.pe/' }, { url: 'javascript: alert(1)' }] }),
    ).toEqual([{ field: 'enlaces[1].url', scheme: 'javascript:', value: 'javascript: alert(1)' }]);
  });

  it('takes "data:" followed by text with spaces for text, and without for an address', () => {
    expect(unsafeAddresses({ nota: 'data: se recogen en la ficha' })).toEqual([]);
    expect(unsafeAddresses({ url: 'data:text/html,x' })).toEqual([{ field: 'url', scheme: 'data:', value: 'data:text/html,x' }]);
  });
});
