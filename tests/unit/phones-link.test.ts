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
      '<button>Llama al 105</button>',
      '<script>const s = "llama al 105";</script>',
      '<svg><desc>Línea 1818</desc></svg>',
      '<p>Línea 1234, en 2017 y 433 centros</p>',
      '<p><a href="tel:105">Línea 105</a></p>',
    ];
    for (const html of untouched) expect(link(html), html).toBe(html);
    // An SVG's link, or a link holding other elements, is not cut.
    for (const html of ['<svg><a href="/x/"><text>Línea 1818</text></a></svg>', '<p><a href="/x/"><strong>Línea 1818</strong></a></p>']) expect(link(html), html).toBe(html);
  });

  it('cuts another link around a number in its text, each part keeping the address, the id on the first', () => {
    expect(link('<p><a href="/x/">Línea 1818</a> y la Línea 1818</p>')).toBe(`<p><a href="/x/">Línea </a>${tel('1818')} y la Línea ${tel('1818')}</p>`);
    expect(link('<li><a id="s1" href="https://gob.pe/n" class="u">Nota sobre la Línea 1818 del MIMP</a>.</li>', )).toBe(
      `<li><a id="s1" href="https://gob.pe/n" class="u">Nota sobre la Línea </a>${tel('1818')}<a href="https://gob.pe/n" class="u"> del MIMP</a>.</li>`,
    );
    expect(link('<p><a href="/paso/">Llama al 105 ahora</a></p>')).toBe(`<p><a href="/paso/">Llama al </a>${tel('105')}<a href="/paso/"> ahora</a></p>`);
  });

  it('links a number of the registry written bare where it can only be the line, not a count or part of another number', () => {
    const REG = new Set(['phone 105', 'phone 100']);
    const bare = (html: string) => linkPhones(html, (key) => REG.has(key));
    expect(bare('<li>Si hay peligro ahora, llamamos al 105.</li>')).toBe(`<li>Si hay peligro ahora, llamamos al ${tel('105')}.</li>`);
    expect(bare('<p>Sabe que el 105 es para emergencias.</p>')).toBe(`<p>Sabe que el ${tel('105')} es para emergencias.</p>`);
    expect(bare('<li><strong>105</strong>, Central de Emergencias</li>')).toBe(`<li><strong>${tel('105')}</strong>, Central de Emergencias</li>`);
    expect(bare('<p>Las líneas: 105 (PNP) y 100 para orientar.</p>')).toBe(`<p>Las líneas: ${tel('105')} (PNP) y 100 para orientar.</p>`);
    expect(bare('<td>100</td>')).toBe(`<td>${tel('100')}</td>`);
    expect(bare('<p>Mana yachaspaqa, 105 utaq Línea 100 yupaykunaman.</p>')).toBe(`<p>Mana yachaspaqa, ${tel('105')} utaq Línea ${tel('100')} yupaykunaman.</p>`);
    expect(bare('<li>Manchakuy kaqtinqa 105.</li>')).toBe(`<li>Manchakuy kaqtinqa ${tel('105')}.</li>`);
    for (const html of ['<p>Vinieron 100 personas.</p>', '<p>Subió al 100 %.</p>', '<p>En 2105 y 1.105 casos, el 105-A.</p>', '<p>Más de 100 familias: 105 casos</p>']) {
      expect(bare(html), html).toBe(html);
    }
  });
});
