/**
 * The check of MDX and Markdown bodies and of addresses in data (src/lib/content/body.ts) in cases
 * found by mutation testing (docs/mutation.md): addresses written with spaces, pictures through a
 * definition of the site's own, HTML with spaces after it, and MDX the parser cannot read.
 */
import { describe, expect, it } from 'vitest';
import { bodyProblems, errorPlace, unsafeAddresses } from '../../src/lib/content/body';

const messages = (body: string, format: 'mdx' | 'md' = 'mdx', offset = 0) =>
  bodyProblems(body, format, offset).map((p) => `${p.line}:${p.column} ${p.message}`);
const HTML_FIX = 'which content files cannot use: remove it and write the text in Markdown (## for headings, [text](https://…) for links); content files hold text written in Markdown, and the layout adds everything else';

describe('pictures', () => {
  it('from another site are refused even when their address starts with a space (a browser skips it)', () => {
    expect(messages('![a](< https://t.example/a.png>)\n', 'md')).toEqual([
      "1:1 has a picture from another site ( https://t.example/a.png), which would tell that site who reads the page: save the picture in the site's public/images/ folder and write ![description](/images/name.webp)",
    ]);
  });

  it('written into the page ("data:") are not taken for another site\'s, with a space before or not', () => {
    expect(messages('![a](< data:image/png;base64,AA>)\n\n![b](data:image/png;base64,AA)\n', 'md')).toEqual([]);
  });

  it('of the site\'s own, through a definition, pass', () => {
    expect(messages('[logo]: /images/logo.webp\n\n![Logo][logo]\n', 'md')).toEqual([]);
  });
});

describe('HTML with spaces after it', () => {
  it('is shown without them, and a closing tag alone still passes', () => {
    expect(messages('</span>   \n\nTexto\n\n<div>   \n', 'md')).toEqual([`5:1 has HTML (<div>), ${HTML_FIX}`]);
  });
});

describe('MDX the parser cannot read', () => {
  it('keeps the parser\'s reason whole, dots included, and takes the place written in it as the line, counted in the file', () => {
    expect(bodyProblems('Texto.\n\n<a.b>', 'mdx', 3)).toEqual([
      {
        line: 6,
        column: 1,
        message:
          'cannot be read as MDX: Expected a closing tag for `<a.b>`. In MDX, "<" starts an HTML element and "{" starts code: write \\< or \\{ to show the character itself',
      },
    ]);
  });
});

describe('unsafe addresses in data', () => {
  it('take a "data:" address with spaces after it for an address, not for text', () => {
    expect(unsafeAddresses({ imagen: 'data:text/html,<script>x</script> ' })).toEqual([{ field: 'imagen', scheme: 'data:', value: 'data:text/html,<script>x</script> ' }]);
  });
});

describe('the place of an MDX error written in its reason', () => {
  it('is taken out of the reason as the line and column, however many digits, with or without an end', () => {
    expect(errorPlace('Expected a closing tag for `<div>` (12:10-12:15)')).toEqual({ reason: 'Expected a closing tag for `<div>`', line: 12, column: 10 });
    expect(errorPlace('Unexpected character (3:4)')).toEqual({ reason: 'Unexpected character', line: 3, column: 4 });
  });

  it('is left alone in the middle of a reason, or when the parser gave its own line', () => {
    expect(errorPlace('Unexpected character (1:2) before the end')).toEqual({ reason: 'Unexpected character (1:2) before the end', line: undefined, column: undefined });
    expect(errorPlace('Expected a closing tag (4:1-4:6)', 8, 2)).toEqual({ reason: 'Expected a closing tag (4:1-4:6)', line: 8, column: 2 });
  });
});

