/**
 * Fixtures of the flowchart tests: a tiny, strict XML reader to prove the SVG well-formed and query
 * it, and sample trees (small, twelve steps, a shortcut edge, a single step).
 */
import type { Box, FlowchartInput } from '../../src/lib/tools/flowchart/types';

/* ------------------------------------------------------------------------------------------ */
/* A tiny, strict XML reader: enough to prove well-formedness and to query the result          */
/* ------------------------------------------------------------------------------------------ */

export interface El {
  name: string;
  attrs: Record<string, string>;
  children: Array<El | string>;
}

export const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
export const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decode(raw: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) throw new Error(`bare & in ${JSON.stringify(raw)}`);
  return raw.replace(ENTITY, (_, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
    name ? (NAMED[name] as string) : String.fromCodePoint(dec ? Number(dec) : parseInt(hex as string, 16)),
  );
}

/** Parses one XML element (no prolog, doctype or CDATA needed here); throws on anything not well-formed. */
export function parseXml(xml: string): El {
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

export const elements = (el: El): El[] => [el, ...el.children.flatMap((c) => (typeof c === 'string' ? [] : elements(c)))];
export const byName = (el: El, name: string) => elements(el).filter((e) => e.name === name);
export const childEls = (el: El) => el.children.filter((c): c is El => typeof c !== 'string');
/** The text content of a <text> (what assistive technology reads): its <tspan> lines end with a space, so words do not run together. */
export const lineText = (text: El) => byName(text, 'tspan').map((t) => t.children.join('')).join('');
export const groupOf = (svg: El, cls: string): El => {
  const g = elements(svg).find((e) => e.name === 'g' && e.attrs['class'] === cls);
  if (!g) throw new Error(`no <g class="${cls}">`);
  return g;
};

/* ------------------------------------------------------------------------------------------ */
/* Trees                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** Start question with two answers, one leading to another question; three endings. */
export const small: FlowchartInput = {
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

export const withLinks: FlowchartInput = { ...small, lang: 'quz', href: (id) => `/qu/herramientas/prueba/${id}/?a=1&b=2` };

/** Twelve steps; "fiscalia" has three parents, one of them two layers up (a line through a layer). */
export const twelve: FlowchartInput = {
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
export const shortcut: FlowchartInput = {
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

export const single: FlowchartInput = {
  title: 'Solo',
  description: 'Un solo final.',
  start: 'x',
  lang: 'es',
  nodes: [{ id: 'x', label: 'Llama a la Línea 100', ending: true }],
  edges: [],
};

export const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** WCAG contrast ratio of two #rgb / #rrggbb colours. */
export function contrast(a: string, b: string): number {
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

