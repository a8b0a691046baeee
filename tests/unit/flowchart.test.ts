/** The flowchart SVG (src/lib/tools/flowchart/svg.ts): a well-formed, accessible, strict-CSP-safe drawing. */
import { describe, expect, it } from 'vitest';
import { flowchartSvg } from '../../src/lib/tools/flowchart/svg';
import { wrapText } from '../../src/lib/tools/flowchart/measure';
import { layout } from '../../src/lib/tools/flowchart/layout';
import { escapeXml } from '../../src/lib/text/xml';
import { type El, parseXml, elements, byName, childEls, lineText, groupOf, small, withLinks, twelve, contrast } from '../support/flowchart';

describe('flowchartSvg: the document', () => {
  const svgText = flowchartSvg(small);
  const svg = parseXml(svgText);

  it('is one well-formed <svg> element', () => {
    expect(svg.name).toBe('svg');
    expect(svgText.startsWith('<svg ')).toBe(true);
    expect(svgText.endsWith('</svg>')).toBe(true);
    expect(svg.attrs['xmlns']).toBe('http://www.w3.org/2000/svg');
  });

  it('scales to its container: viewBox, width 100%, no fixed size', () => {
    const plan = layout(small);
    expect(svg.attrs['viewBox']).toBe(`0 0 ${plan.width} ${plan.height}`);
    expect(svg.attrs['width']).toBe('100%');
    expect(svg.attrs['height']).toBeUndefined();
    expect(svg.attrs['preserveAspectRatio']).toBe('xMidYMin meet');
  });

  it('is an image named by its <title> and described by its <desc>, in its language', () => {
    expect(svg.attrs['role']).toBe('img');
    expect(svg.attrs['lang']).toBe('es');
    const [title, desc] = childEls(svg);
    expect(title?.name).toBe('title');
    expect(desc?.name).toBe('desc');
    expect(title?.children.join('')).toBe(small.title);
    expect(desc?.children.join('')).toBe(small.description);
    expect(svg.attrs['aria-labelledby']).toBe(title?.attrs['id']);
    expect(svg.attrs['aria-describedby']).toBe(desc?.attrs['id']);
    expect(title?.attrs['id']).toBe('fc-arbol-de-prueba-title');
    expect(desc?.attrs['id']).toBe('fc-arbol-de-prueba-desc');
    const ids = elements(svg).flatMap((e) => (e.attrs['id'] ? [e.attrs['id']] : []));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes an id prefix', () => {
    const other = parseXml(flowchartSvg({ ...small, idPrefix: 'arbol-2' }));
    expect(other.attrs['aria-labelledby']).toBe('arbol-2-title');
    expect(byName(other, 'title')[0]?.attrs['id']).toBe('arbol-2-title');
    expect(() => flowchartSvg({ ...small, idPrefix: '2 "x"' })).toThrow(/idPrefix/);
  });

  it('shows every step label and every answer label, escaped', () => {
    const nodeTexts = byName(groupOf(svg, 'fc-nodes'), 'text').map(lineText);
    expect(nodeTexts).toEqual(small.nodes.map((n) => n.label));
    const labelTexts = byName(groupOf(svg, 'fc-labels'), 'text').map(lineText);
    expect(labelTexts).toEqual(small.edges.map((e) => e.label));
    expect(svgText).toContain('¿Hay &lt;b&gt;riesgo&lt;/b&gt;');
    expect(svgText).not.toContain('<b>');
    expect(svgText).toContain('No &lt;seguro&gt;');
    expect(svgText).toContain('105 &amp; espera');
    expect(svgText).toContain('&quot;forma&quot;');
    expect(svgText).toContain('&#39;segura&#39;');
    const odd = flowchartSvg({ ...small, title: 'Ruta <1> & "2"', description: "d'x <desc>" });
    expect(odd).toContain('>Ruta &lt;1&gt; &amp; &quot;2&quot;</title>');
    expect(odd).toContain('>d&#39;x &lt;desc&gt;</desc>');
    expect(parseXml(odd).attrs['aria-labelledby']).toBe('fc-ruta-1-2-title');
  });

  it('draws one line and one arrowhead per edge, and a box per step', () => {
    expect(byName(groupOf(svg, 'fc-edges'), 'path')).toHaveLength(small.edges.length);
    expect(byName(groupOf(svg, 'fc-arrows'), 'path')).toHaveLength(small.edges.length);
    expect(byName(groupOf(svg, 'fc-nodes'), 'rect')).toHaveLength(small.nodes.length);
    expect(byName(svg, 'a')).toHaveLength(0);
  });

  it('tells endings apart: rounded corners and a thicker border', () => {
    const rects = byName(groupOf(svg, 'fc-nodes'), 'rect');
    small.nodes.forEach((n, i) => {
      const rect = rects[i] as El;
      expect(rect.attrs['rx'] !== undefined).toBe(n.ending);
      expect(Number(rect.attrs['stroke-width'])).toBe(n.ending ? 3 : 1.5);
    });
  });

  it('is safe under a strict CSP: no style, script, handlers, external references or foreignObject', () => {
    const allowed = new Set(['svg', 'title', 'desc', 'g', 'path', 'rect', 'text', 'tspan', 'a']);
    for (const el of elements(svg)) {
      expect(allowed.has(el.name), el.name).toBe(true);
      for (const name of Object.keys(el.attrs)) {
        expect(name).not.toBe('style');
        expect(name).not.toMatch(/^on/i);
        expect(name).not.toMatch(/^xlink:/);
      }
    }
    expect(svgText).not.toMatch(/style=|<style|<script|foreignObject|url\(|xlink/i);
    expect(byName(svg, 'a')).toHaveLength(0);
  });

  it('prints in black and white, readable: dark on white, contrast ≥ 4.5, text ≥ 12px, system fonts', () => {
    const colours = new Set(elements(svg).flatMap((e) => [e.attrs['fill'], e.attrs['stroke']]).filter((c) => c !== undefined));
    for (const c of colours) expect(c).toMatch(/^(#[0-9a-f]{3}|none)$/);
    for (const c of colours) if (c !== 'none' && c !== '#fff') expect(contrast(c, '#fff')).toBeGreaterThanOrEqual(4.5);
    for (const el of elements(svg)) if (el.attrs['font-size']) expect(Number(el.attrs['font-size'])).toBeGreaterThanOrEqual(12);
    expect(svg.attrs['font-family']).toBe('system-ui, sans-serif');
  });

  it('rounds every number to one decimal', () => {
    const numeric = ['x', 'y', 'width', 'height', 'd', 'viewBox', 'rx', 'stroke-width'];
    for (const el of elements(svg)) {
      for (const name of numeric) {
        const value = el.attrs[name];
        if (value === undefined || value === '100%') continue;
        for (const n of value.match(/-?\d+(?:\.\d+)?/g) ?? []) expect(n, `${el.name} ${name}`).toMatch(/^-?\d+(\.\d)?$/);
      }
    }
  });

  it('is deterministic', () => {
    expect(flowchartSvg(structuredClone({ ...small }))).toBe(svgText);
    expect(flowchartSvg(twelve)).toBe(flowchartSvg(twelve));
  });
});

describe('flowchartSvg: with links', () => {
  const svgText = flowchartSvg(withLinks);
  const svg = parseXml(svgText);

  it('makes each box a link to its step, named by its label', () => {
    const links = byName(svg, 'a');
    expect(links).toHaveLength(withLinks.nodes.length);
    links.forEach((a, i) => {
      const node = withLinks.nodes[i]!;
      expect(a.attrs['href']).toBe(`/qu/herramientas/prueba/${node.id}/?a=1&b=2`);
      expect(a.attrs['aria-label']).toBe(node.label);
      expect(byName(a, 'rect')).toHaveLength(1);
      expect(lineText(byName(a, 'text')[0]!)).toBe(node.label);
    });
    expect(svgText).toContain('?a=1&amp;b=2');
    expect(svgText).not.toContain('xlink');
  });

  it('is a group (not role="img", which would hide the links), with the same name and description', () => {
    expect(svg.attrs['role']).toBe('group');
    expect(svg.attrs['lang']).toBe('quz');
    expect(svg.attrs['aria-labelledby']).toBe(byName(svg, 'title')[0]?.attrs['id']);
    expect(svg.attrs['aria-describedby']).toBe(byName(svg, 'desc')[0]?.attrs['id']);
    for (const cls of ['fc-edges', 'fc-arrows', 'fc-labels']) expect(groupOf(svg, cls).attrs['aria-hidden']).toBe('true');
  });

  it('refuses a link that would run code', () => {
    expect(() => flowchartSvg({ ...small, href: () => 'javascript:alert(1)' })).toThrow(/not a page/);
  });
});


describe('helpers', () => {
  it('(the test XML reader rejects what is not well-formed)', () => {
    for (const bad of ['<a><b></a>', '<a x="1" x="2"/>', '<a>&</a>', '<a>', '<a/><b/>', '<a>x < y</a>', '<a x="<"/>']) {
      expect(() => parseXml(bad), bad).toThrow();
    }
    expect(parseXml('<a x="&amp;&#39;"><b/>t&lt;</a>')).toEqual({ name: 'a', attrs: { x: "&'" }, children: [{ name: 'b', attrs: {}, children: [] }, 't<'] });
  });

  it('wraps at word boundaries, never cutting a word', () => {
    expect(wrapText('¿La niña, niño o adolescente está en peligro inmediato?', 22)).toEqual([
      '¿La niña, niño o',
      'adolescente está en',
      'peligro inmediato?',
    ]);
    expect(wrapText('  Kamachikuykunamantapas   willakuy ', 22)).toEqual(['Kamachikuykunamantapas', 'willakuy']);
    expect(wrapText('', 22)).toEqual([]);
  });

  it('escapes the five XML characters and drops what XML cannot hold', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('keeps a twelve-step chart compact', () => {
    const svgText = flowchartSvg(twelve);
    parseXml(svgText);
    expect(byName(parseXml(svgText), 'a')).toHaveLength(12);
    expect(Buffer.byteLength(svgText)).toBeLessThan(12_000);
  });
});

