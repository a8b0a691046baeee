/** The flowchart layout (src/lib/tools/flowchart/layout.ts): boxes, lines and labels apart, and bad trees refused. */
import { describe, expect, it } from 'vitest';
import { flowchartSvg } from '../../src/lib/tools/flowchart/svg';
import { layout } from '../../src/lib/tools/flowchart/layout';
import type { Box, FlowchartInput } from '../../src/lib/tools/flowchart/types';
import { small, twelve, shortcut, single, overlaps } from '../support/flowchart';

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

