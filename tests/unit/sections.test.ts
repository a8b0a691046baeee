import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { anchorOf, numberHeadings, outline, sectionText } from '../../src/lib/markdown/sections';

const text = `Introducción antes de las secciones.

## Alcance

Se aplica en escuelas.

### Quién

- Docentes
- Personal de salud

### Cuándo

Siempre.

## Derivación

1. Llamar al 105.
2. Avisar a la DEMUNA.

#### Detalle sin nivel intermedio

> Una cita.

## Marco legal
`;

describe('section numbering', () => {
  const { preamble, sections } = outline(text);

  it('numbers ## as 1, 2 … and ### as 1.1, 1.2 …', () => {
    expect(sections.map((s) => `${s.number} ${s.title}`)).toEqual([
      '1 Alcance',
      '1.1 Quién',
      '1.2 Cuándo',
      '2 Derivación',
      '2.1.1 Detalle sin nivel intermedio',
      '3 Marco legal',
    ]);
  });

  it('gives stable anchors', () => {
    expect(sections.map((s) => s.anchor)).toEqual(['s-1', 's-1-1', 's-1-2', 's-2', 's-2-1-1', 's-3']);
    expect(anchorOf('10.2')).toBe('s-10-2');
  });

  it('keeps the text under each heading, and the preamble apart', () => {
    expect(preamble).toEqual([{ type: 'paragraph', text: 'Introducción antes de las secciones.' }]);
    expect(sections[1]?.blocks).toEqual([{ type: 'list', ordered: false, items: ['Docentes', 'Personal de salud'] }]);
    expect(sectionText(sections[3]!)).toBe('• Llamar al 105.\n• Avisar a la DEMUNA.');
    expect(sections[4]?.blocks).toEqual([{ type: 'quote', text: 'Una cita.' }]);
    expect(sections[3]?.level).toBe(1);
    expect(sections[1]?.level).toBe(2);
  });

  it('numbers a Markdown tree the same way the outline does', () => {
    const numbers: string[] = [];
    numberHeadings(fromMarkdown(text), (_, n) => numbers.push(n));
    expect(numbers).toEqual(sections.map((s) => s.number));
  });
});
