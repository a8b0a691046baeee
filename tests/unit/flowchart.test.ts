import { describe, expect, it } from 'vitest';
import { escapeXml, flowchartSvg, layout, wrapText, type Box, type FlowchartInput } from '../../src/lib/flowchart';

/* ------------------------------------------------------------------------------------------ */
/* A tiny, strict XML reader: enough to prove well-formedness and to query the result          */
/* ------------------------------------------------------------------------------------------ */

interface El {
  name: string;
  attrs: Record<string, string>;
  children: Array<El | string>;
}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) throw new Error(`bare & in ${JSON.stringify(raw)}`);
  return raw.replace(ENTITY, (_, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
    name ? (NAMED[name] as string) : String.fromCodePoint(dec ? Number(dec) : parseInt(hex as string, 16)),
  );
}

/** Parses one XML element (no prolog, doctype or CDATA needed here); throws on anything not well-formed. */
function parseXml(xml: string): El {
  const token = /<\/([A-Za-z_][\w:.-]*)\s*>|<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)/y;
  const attr = /\s+([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
  const stack: El[] = [];
  let root: El | undefined;
  let pos = 0;
  while (pos < xml.length) {
    token.lastIndex = pos;
    const m = token.exec(xml);
    if (!m) throw new Error(`not well-formed at ${pos}: ${xml.slice(pos, pos + 40)}`);
    pos = token.lastIndex;
    const [, close, open, attrText, selfClose, text] = m;
    const parent = stack[stack.length - 1];
    if (text !== undefined) {
      if (!parent) {
        if (text.trim()) throw new Error('text outside the root element');
        continue;
      }
      if (text.includes(']]>')) throw new Error(']]> in text');
      parent.children.push(decode(text));
    } else if (close !== undefined) {
      const el = stack.pop();
      if (!el || el.name !== close) throw new Error(`</${close}> closes <${el?.name ?? 'nothing'}>`);
    } else if (open !== undefined) {
      if (!parent && root) throw new Error('a second root element');
      const el: El = { name: open, attrs: {}, children: [] };
      for (const a of (attrText ?? '').matchAll(attr)) {
        const name = a[1] as string;
        if (Object.hasOwn(el.attrs, name)) throw new Error(`<${open}> repeats ${name}`);
        el.attrs[name] = decode(a[2] ?? a[3] ?? '');
      }
      if (parent) parent.children.push(el);
      else root = el;
      if (!selfClose) stack.push(el);
    }
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1]?.name}> is never closed`);
  if (!root) throw new Error('no element');
  return root;
}

const elements = (el: El): El[] => [el, ...el.children.flatMap((c) => (typeof c === 'string' ? [] : elements(c)))];
const byName = (el: El, name: string) => elements(el).filter((e) => e.name === name);
const childEls = (el: El) => el.children.filter((c): c is El => typeof c !== 'string');
/** The text content of a <text> (what assistive technology reads): its <tspan> lines end with a space, so words do not run together. */
const lineText = (text: El) => byName(text, 'tspan').map((t) => t.children.join('')).join('');
const groupOf = (svg: El, cls: string): El => {
  const g = elements(svg).find((e) => e.name === 'g' && e.attrs['class'] === cls);
  if (!g) throw new Error(`no <g class="${cls}">`);
  return g;
};

/* ------------------------------------------------------------------------------------------ */
/* Trees                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** Start question with two answers, one leading to another question; three endings. */
const small: FlowchartInput = {
  title: 'Árbol de prueba',
  description: 'Una pregunta con dos respuestas; una lleva a otra pregunta. Tres finales.',
  start: 'riesgo',
  lang: 'es',
  nodes: [
    { id: 'riesgo', label: '¿Hay <b>riesgo</b> inmediato para la niña o el niño?', ending: false },
    { id: 'llamar', label: 'Llama al 105 & espera', ending: true },
    { id: 'familia', label: "¿Puedes hablar con la familia de \"forma\" 'segura'?", ending: false },
    { id: 'hablar', label: 'Habla con la familia', ending: true },
    { id: 'derivar', label: 'Deriva a la DEMUNA', ending: true },
  ],
  edges: [
    { from: 'riesgo', to: 'llamar', label: 'Sí' },
    { from: 'riesgo', to: 'familia', label: 'No' },
    { from: 'familia', to: 'hablar', label: 'Sí' },
    { from: 'familia', to: 'derivar', label: 'No <seguro>' },
  ],
};

const withLinks: FlowchartInput = { ...small, lang: 'quz', href: (id) => `/qu/herramientas/prueba/${id}/?a=1&b=2` };

/** Twelve steps; "fiscalia" has three parents, one of them two layers up (a line through a layer). */
const twelve: FlowchartInput = {
  title: '¿Qué hacer ante una sospecha de trata?',
  description: 'Diagrama de decisión: desde la primera pregunta hasta cada final.',
  start: 'peligro',
  lang: 'es',
  href: (id) => `/herramientas/sospecha/${id}/`,
  nodes: [
    { id: 'peligro', label: '¿La niña, niño o adolescente está en peligro inmediato?', ending: false },
    { id: 'llamar-105', label: 'Llama a la Policía (105) ahora', ending: true },
    { id: 'contacto', label: '¿Tienes contacto directo con la persona?', ending: false },
    { id: 'senales', label: '¿Observaste señales de captación o explotación?', ending: false },
    { id: 'informante', label: '¿Quién te informó?', ending: false },
    { id: 'demuna', label: 'Deriva a la DEMUNA de tu distrito', ending: true },
    { id: 'documentar', label: 'Documenta lo que viste sin investigar por tu cuenta', ending: false },
    { id: 'linea-1818', label: 'Llama a la Línea 1818', ending: true },
    { id: 'fiscalia', label: 'Denuncia ante la Fiscalía', ending: true },
    { id: 'upe', label: 'Contacta a la Unidad de Protección Especial (UPE)', ending: true },
    { id: 'cem', label: 'Centro Emergencia Mujer', ending: true },
    { id: 'esperar', label: 'Observa y vuelve a usar esta herramienta si algo cambia', ending: true },
  ],
  edges: [
    { from: 'peligro', to: 'llamar-105', label: 'Sí' },
    { from: 'peligro', to: 'contacto', label: 'No' },
    { from: 'peligro', to: 'senales', label: 'No lo sé' },
    { from: 'contacto', to: 'documentar', label: 'Sí, la veo a diario' },
    { from: 'contacto', to: 'informante', label: 'No' },
    { from: 'contacto', to: 'fiscalia', label: 'Prefiero no decir' },
    { from: 'senales', to: 'demuna', label: 'Sí' },
    { from: 'senales', to: 'esperar', label: 'No' },
    { from: 'informante', to: 'linea-1818', label: 'Un familiar' },
    { from: 'informante', to: 'fiscalia', label: 'La propia víctima' },
    { from: 'informante', to: 'cem', label: 'Otra persona' },
    { from: 'documentar', to: 'upe', label: 'Continuar' },
    { from: 'documentar', to: 'fiscalia', label: 'Hay un delito evidente' },
  ],
};

/** A chain with a shortcut from the start to the end: the shortcut crosses three layers. */
const shortcut: FlowchartInput = {
  title: 'Atajo',
  description: 'Cadena con un atajo.',
  start: 'a',
  lang: 'es',
  nodes: ['a', 'b', 'c', 'd', 'fin'].map((id) => ({ id, label: `Paso ${id} con un texto bastante largo`, ending: id === 'fin' })),
  edges: [
    { from: 'a', to: 'b', label: 'Sigue' },
    { from: 'a', to: 'fin', label: 'Atajo directo al final' },
    { from: 'b', to: 'c', label: 'Sigue' },
    { from: 'b', to: 'fin', label: '' },
    { from: 'c', to: 'd', label: 'Sigue' },
    { from: 'd', to: 'fin', label: 'Termina' },
  ],
};

const single: FlowchartInput = {
  title: 'Solo',
  description: 'Un solo final.',
  start: 'x',
  lang: 'es',
  nodes: [{ id: 'x', label: 'Llama a la Línea 100', ending: true }],
  edges: [],
};

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** WCAG contrast ratio of two #rgb / #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
    const [r, g, bl] = [0, 2, 4].map((i) => {
      const c = parseInt(h.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/* ------------------------------------------------------------------------------------------ */
/* Tests                                                                                      */
/* ------------------------------------------------------------------------------------------ */

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

describe('layout', () => {
  for (const [name, input] of Object.entries({ small, twelve, shortcut, single })) {
    describe(name, () => {
      const plan = layout(input);
      const labels = plan.edges.flatMap((e) => (e.labelBox ? [e.labelBox] : []));

      it('gives each step a box, inside the drawing, none overlapping', () => {
        expect(plan.nodes.map((n) => n.id)).toEqual(input.nodes.map((n) => n.id));
        for (const [i, a] of plan.nodes.entries()) {
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.y).toBeGreaterThanOrEqual(0);
          expect(a.x + a.width).toBeLessThanOrEqual(plan.width);
          expect(a.y + a.height).toBeLessThanOrEqual(plan.height);
          for (const b of plan.nodes.slice(i + 1)) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
        }
      });

      it('sizes boxes to the wrapped text (≤ 22 characters a line unless one word is longer)', () => {
        for (const n of plan.nodes) {
          for (const line of n.lines) if (line.includes(' ')) expect([...line].length).toBeLessThanOrEqual(22);
          expect(n.width).toBeGreaterThanOrEqual(Math.max(...n.lines.map((l) => [...l].length)) * 14 * 0.5);
          expect(n.height).toBeGreaterThanOrEqual(n.lines.length * 14);
        }
      });

      it('puts the start alone on top and every edge downwards', () => {
        const layerOf = new Map(plan.nodes.map((n) => [n.id, n.layer]));
        expect(plan.nodes.filter((n) => n.layer === 0).map((n) => n.id)).toEqual([input.start]);
        for (const e of input.edges) expect(layerOf.get(e.to)!).toBeGreaterThan(layerOf.get(e.from)!);
      });

      it('routes each edge from the bottom of its step to the top of the next, in straight or elbow segments', () => {
        expect(plan.edges).toHaveLength(input.edges.length);
        const box = new Map(plan.nodes.map((n) => [n.id, n]));
        for (const e of plan.edges) {
          const from = box.get(e.from)!;
          const to = box.get(e.to)!;
          const first = e.points[0]!;
          const last = e.points[e.points.length - 1]!;
          expect(first.y).toBe(Math.round((from.y + from.height) * 10) / 10);
          expect(first.x).toBeGreaterThan(from.x);
          expect(first.x).toBeLessThan(from.x + from.width);
          expect(last.y).toBe(to.y);
          expect(last.x).toBeGreaterThan(to.x + 4);
          expect(last.x).toBeLessThan(to.x + to.width - 4);
          for (let i = 1; i < e.points.length; i++) {
            const p = e.points[i - 1]!;
            const q = e.points[i]!;
            expect(p.x === q.x || p.y === q.y, `${e.from} → ${e.to}`).toBe(true);
          }
        }
      });

      it('runs no line through a box other than its own two ends', () => {
        for (const e of plan.edges) {
          for (let i = 1; i < e.points.length; i++) {
            const p = e.points[i - 1]!;
            const q = e.points[i]!;
            const segment = { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(p.x - q.x) || 0.01, height: Math.abs(p.y - q.y) || 0.01 };
            for (const n of plan.nodes) {
              if (n.id === e.from || n.id === e.to) continue;
              expect(overlaps(segment, n), `${e.from} → ${e.to} crosses ${n.id}`).toBe(false);
            }
          }
        }
      });

      it('puts each answer label on its line, clear of the boxes and of the other labels', () => {
        expect(labels).toHaveLength(input.edges.filter((e) => e.label.trim()).length);
        for (const [i, l] of labels.entries()) {
          for (const n of plan.nodes) expect(overlaps(l, n)).toBe(false);
          for (const m of labels.slice(i + 1)) expect(overlaps(l, m)).toBe(false);
          expect(l.x + l.width).toBeLessThanOrEqual(plan.width);
        }
        for (const e of plan.edges) {
          if (!e.labelBox) continue;
          const cx = e.labelBox.x + e.labelBox.width / 2;
          const cy = e.labelBox.y + e.labelBox.height / 2;
          const onLine = e.points.some((p, i) => {
            const q = e.points[i + 1];
            return q !== undefined && p.x === q.x && Math.abs(p.x - cx) <= 0.1 && Math.min(p.y, q.y) < cy && cy < Math.max(p.y, q.y);
          });
          expect(onLine, `${e.from} → ${e.to}`).toBe(true);
        }
      });
    });
  }

  it('keeps boxes, labels and lines apart on 300 random trees of up to 20 steps', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const words = ['¿hay', 'riesgo?', 'persona', 'familia', 'denuncia', 'ante', 'la', 'Fiscalía', 'Kamachikuykunamantapas', 'sí', 'no'];
    const text = (max: number) => Array.from({ length: 1 + Math.floor(random() * max) }, () => words[Math.floor(random() * words.length)]).join(' ');
    for (let t = 0; t < 300; t++) {
      const n = 2 + Math.floor(random() * 19);
      const edges: FlowchartInput['edges'] = [];
      for (let i = 1; i < n; i++) edges.push({ from: `n${Math.floor(random() * i)}`, to: `n${i}`, label: random() < 0.1 ? '' : text(4) });
      for (let k = Math.floor(random() * 4); k > 0; k--) {
        const [a, b] = [Math.floor(random() * n), Math.floor(random() * n)];
        if (a < b) edges.push({ from: `n${a}`, to: `n${b}`, label: text(3) });
      }
      const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, label: text(10), ending: !edges.some((e) => e.from === `n${i}`) }));
      const plan = layout({ title: 't', description: 'd', start: 'n0', lang: 'es', nodes, edges });
      const boxes: Box[] = [...plan.nodes, ...plan.edges.flatMap((e) => (e.labelBox ? [e.labelBox] : []))];
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b), `tree ${t}`).toBe(false)));
      for (const e of plan.edges) {
        e.points.slice(1).forEach((q, i) => {
          const p = e.points[i]!;
          const segment = { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(p.x - q.x) || 0.01, height: Math.abs(p.y - q.y) || 0.01 };
          for (const box of plan.nodes) if (box.id !== e.from && box.id !== e.to) expect(overlaps(segment, box), `tree ${t}`).toBe(false);
        });
      }
    }
  });

  it('places a step with parents in different layers below all of them', () => {
    const plan = layout(shortcut);
    expect(plan.nodes.find((n) => n.id === 'fin')?.layer).toBe(4);
  });
});

describe('bad trees', () => {
  const base = small;
  it.each([
    ['an edge to an unknown step', { ...base, edges: [...base.edges, { from: 'riesgo', to: 'nada', label: 'x' }] }, /"nada"/],
    ['an unknown start', { ...base, start: 'nada' }, /start/],
    ['two steps with one id', { ...base, nodes: [...base.nodes, { id: 'llamar', label: 'otra', ending: true }] }, /two steps/],
    ['a cycle', { ...base, edges: [...base.edges, { from: 'familia', to: 'riesgo', label: 'Volver' }] }, /cycle/],
    ['a step never reached', { ...base, nodes: [...base.nodes, { id: 'suelto', label: 'Suelto', ending: true }] }, /"suelto"/],
    ['no steps', { ...base, nodes: [], edges: [] }, /no steps/],
  ])('throws on %s', (_, input, message) => {
    expect(() => flowchartSvg(input as FlowchartInput)).toThrow(message);
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
