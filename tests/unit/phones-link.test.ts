/** Phone numbers of built pages made tel: links (src/lib/phones/link.ts). */
import { describe, expect, it } from 'vitest';
import { linkPhones } from '../../src/lib/phones/link';

const REGISTRY = new Set(['phone 105', 'phone 1818', 'phone 100', 'phone 080015170']);
const link = (html: string) => linkPhones(html, (key) => REGISTRY.has(key));
const tel = (digits: string, shown = digits) => `<a href="tel:${digits}" data-tel>${shown}</a>`;

describe('linkPhones', () => {
  it('links the number alone, in the order the text gives them', () => {
    expect(link('<p>Las líneas: Línea 1818 (Mininter), Línea 100 y la Defensoría, 0-800-15170.</p>')).toBe(
      `<p>Las líneas: Línea ${tel('1818')} (Mininter), Línea ${tel('100')} y la Defensoría, ${tel('080015170', '0-800-15170')}.</p>`,
    );
  });

  it('reads the words before a number across inline tags, but not across blocks', () => {
    expect(link('<p>Si hay peligro, llama al <strong>105</strong>.</p>')).toBe(`<p>Si hay peligro, llama al <strong>${tel('105')}</strong>.</p>`);
    expect(link('<li>Llama al</li><li>105 personas</li>')).toBe('<li>Llama al</li><li>105 personas</li>');
  });

  it('leaves alone links, buttons, scripts, titles and the head, and numbers the registry does not hold', () => {
    const untouched = [
      '<head><title>Línea 1818</title></head>',
      '<p><a href="/fuentes/">Nota sobre la Línea 1818</a></p>',
      '<button>Llama al 105</button>',
      '<script>const s = "llama al 105";</script>',
      '<svg><desc>Línea 1818</desc></svg>',
      '<p>Línea 1234, en 2017 y 433 centros</p>',
      '<p><a href="tel:105">Línea 105</a></p>',
    ];
    for (const html of untouched) expect(link(html), html).toBe(html);
    expect(link('<p><a href="/x/">Línea 1818</a> y la Línea 1818</p>')).toBe(`<p><a href="/x/">Línea 1818</a> y la Línea ${tel('1818')}</p>`);
  });
});
