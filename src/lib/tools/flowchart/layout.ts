/**
 * The layout of build-time SVG flowcharts of decision trees: a layered, top-down drawing with no layout library,
 * no fonts to load and nothing that runs in the browser.
 *
 * - Layers: the longest distance from the start (a step reached by a short and a long path sits
 *   below both parents). An edge that skips layers goes through a narrow placeholder in each
 *   layer it crosses, so it never runs through a box.
 * - Order in a layer: the children of a step follow its answers' order; a step with several
 *   parents goes to the mean position of its parents.
 * - Horizontal places: a few passes that pull each box towards its parents (and then its
 *   children), keeping the order and the gaps (least squares under order constraints).
 * - Edges: a line down from the bottom of the question, one horizontal run (each source in a gap
 *   gets its own run height where runs would meet), a line down into the top of the answer's step
 *   with an arrowhead. The answer's label sits on that last line, on a white box, in a row of its
 *   own between the runs and the next layer; the layout reserves its width so labels never meet.
 *
 * The output is a string: strict-CSP safe (no style attribute, no <style>, no script, no event
 * handler, no external reference, no <foreignObject>), black and dark grey on white, every number
 * rounded to one decimal, the same string for the same input.
 *
 * Accessibility: with no links the svg is role="img" (its title is the name, its desc the
 * description; the page carries the full text version). With `href`, every box is a link, so the
 * svg is role="group" instead: role="img" hides its children (they are presentational), which
 * would hide the links from screen readers and fails axe's "nested-interactive" rule.
 */
import type { EdgeRoute, FlowLayout, FlowchartInput, LabelBox } from './types';
import { ARROW_LENGTH, BARE_WIDTH, ENTRY_GAP, LABEL_CHARS, LABEL_FONT, LABEL_LINE, LABEL_PAD_X, LABEL_PAD_Y, MARGIN, NODE_CHARS, NODE_FONT, NODE_LINE, NODE_MIN_WIDTH, NODE_PAD_X, NODE_PAD_Y, SLOT_GAP, TRACK_GAP, TRUNK, fail, get, round1, textWidth, wrapText } from './measure';

/* ------------------------------------------------------------------------------------------ */
/* Layout                                                                                     */
/* ------------------------------------------------------------------------------------------ */

interface Slot {
  layer: number;
  /** Index in the input's nodes, or -1 for a placeholder of an edge that skips this layer. */
  node: number;
  order: number;
  /** Centre. */
  x: number;
  /** Room kept in the layer: the box, or the labels entering it if they are wider. */
  width: number;
  boxWidth: number;
  boxHeight: number;
  ins: Hop[];
  outs: Hop[];
}

/** One layer-to-next-layer piece of an edge. */
interface Hop {
  edge: number;
  from: Slot;
  to: Slot;
  /** The first hop of an edge carries its label. */
  labeled: boolean;
  /** From the centre of `to` to where the line enters it. */
  entry: number;
  /** The horizontal run of this hop's gap (set when the line is not straight). */
  track: number;
}

/**
 * Places x under order constraints: minimises Σ(xᵢ − desiredᵢ)² with xᵢ − xᵢ₋₁ ≥ (wᵢ₋₁ + wᵢ)/2 + gap.
 * With yᵢ = xᵢ − offsetᵢ this is an isotonic regression, solved by pooling adjacent violators.
 */
function placeRow(slots: readonly Slot[], desired: readonly number[]): void {
  const offsets: number[] = [];
  let offset = 0;
  slots.forEach((s, i) => {
    if (i > 0) offset += (get(slots, i - 1).width + s.width) / 2 + SLOT_GAP;
    offsets.push(offset);
  });
  const blocks: Array<{ sum: number; count: number }> = [];
  desired.forEach((d, i) => {
    blocks.push({ sum: d - get(offsets, i), count: 1 });
    for (;;) {
      const last = blocks[blocks.length - 1];
      const prev = blocks[blocks.length - 2];
      if (!last || !prev || prev.sum / prev.count <= last.sum / last.count) break;
      blocks.pop();
      prev.sum += last.sum;
      prev.count += last.count;
    }
  });
  let i = 0;
  for (const block of blocks) {
    const y = block.sum / block.count;
    for (let k = 0; k < block.count; k++, i++) get(slots, i).x = y + get(offsets, i);
  }
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Where every box, line and label goes. Throws on a malformed tree (unknown step, cycle, step not reached from the start). */
export function layout(input: FlowchartInput): FlowLayout {
  const { nodes, edges } = input;
  if (nodes.length === 0) fail('the tree has no steps');
  const index = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (index.has(n.id)) fail(`two steps have the id "${n.id}"`);
    index.set(n.id, i);
  });
  const indexOf = (id: string, what: string): number => {
    const i = index.get(id);
    if (i === undefined) fail(`${what} names the step "${id}", which is not among the nodes`);
    return i;
  };
  const start = indexOf(input.start, 'start');
  const outEdges: number[][] = nodes.map(() => []);
  const inEdges: number[][] = nodes.map(() => []);
  const ends = edges.map((e, k) => {
    const from = indexOf(e.from, `edge ${k} (from)`);
    const to = indexOf(e.to, `edge ${k} (to)`);
    get(outEdges, from).push(k);
    get(inEdges, to).push(k);
    return { from, to };
  });

  // Cycles and reachability: depth-first from the start.
  const state = nodes.map(() => 0); // 0 unseen, 1 on the walk, 2 done
  const visit = (u: number): void => {
    state[u] = 1;
    for (const k of get(outEdges, u)) {
      const v = get(ends, k).to;
      if (state[v] === 1) fail(`the edge "${get(edges, k).from}" → "${get(edges, k).to}" closes a cycle; a flowchart needs a tree without loops`);
      if (state[v] === 0) visit(v);
    }
    state[u] = 2;
  };
  visit(start);
  const unreached = nodes.filter((_, i) => state[i] !== 2).map((n) => `"${n.id}"`);
  if (unreached.length) fail(`no path from the start "${input.start}" reaches ${unreached.join(', ')}`);

  // Layers: longest distance from the start, in topological order (Kahn, ties by input order).
  const layerOf = nodes.map(() => 0);
  const waiting = nodes.map((_, i) => get(inEdges, i).length);
  const ready = [start];
  while (ready.length) {
    ready.sort((a, b) => a - b);
    const u = ready.shift() as number;
    for (const k of get(outEdges, u)) {
      const v = get(ends, k).to;
      layerOf[v] = Math.max(get(layerOf, v), get(layerOf, u) + 1);
      waiting[v] = get(waiting, v) - 1;
      if (waiting[v] === 0) ready.push(v);
    }
  }
  const layerCount = Math.max(...layerOf) + 1;

  // Slots: a box per step, a placeholder per layer an edge skips.
  const layers: Slot[][] = Array.from({ length: layerCount }, () => []);
  const nodeText = nodes.map((n) => wrapText(n.label, NODE_CHARS));
  const slotOf = nodes.map((_, i) => {
    const lines = get(nodeText, i);
    const boxWidth = Math.max(NODE_MIN_WIDTH, textWidth(lines, NODE_FONT) + 2 * NODE_PAD_X);
    const slot: Slot = {
      layer: get(layerOf, i),
      node: i,
      order: 0,
      x: 0,
      width: boxWidth,
      boxWidth,
      boxHeight: Math.max(1, lines.length) * NODE_LINE + 2 * NODE_PAD_Y,
      ins: [],
      outs: [],
    };
    get(layers, slot.layer).push(slot);
    return slot;
  });
  const labelText = edges.map((e) => wrapText(e.label, LABEL_CHARS));
  const labelSize = labelText.map((lines) =>
    lines.length ? { width: textWidth(lines, LABEL_FONT) + 2 * LABEL_PAD_X, height: lines.length * LABEL_LINE + 2 * LABEL_PAD_Y } : null,
  );
  const chains: Hop[][] = ends.map(({ from, to }, k) => {
    const target = get(slotOf, to);
    const hops: Hop[] = [];
    let prev = get(slotOf, from);
    for (let layer = prev.layer + 1; layer <= target.layer; layer++) {
      const next: Slot =
        layer === target.layer
          ? target
          : { layer, node: -1, order: 0, x: 0, width: BARE_WIDTH, boxWidth: 0, boxHeight: 0, ins: [], outs: [] };
      if (next !== target) get(layers, layer).push(next);
      const hop: Hop = { edge: k, from: prev, to: next, labeled: hops.length === 0 && get(labelSize, k) !== null, entry: 0, track: -1 };
      prev.outs.push(hop);
      next.ins.push(hop);
      hops.push(hop);
      prev = next;
    }
    return hops;
  });

  // Order in each layer: children in their parent's answer order; several parents → their mean.
  const sortKey = new Map<Slot, [number, number, number]>();
  layers.forEach((row, layer) => {
    for (const slot of row) {
      const position =
        layer === 0
          ? 0
          : mean(slot.ins.map((h) => h.from.order + (h.from.outs.indexOf(h) + 1) / (h.from.outs.length + 1)));
      const firstEdge = Math.min(...slot.ins.map((h) => h.edge), Number.MAX_SAFE_INTEGER);
      sortKey.set(slot, [position, firstEdge, slot.node]);
    }
    row.sort((a, b) => {
      const ka = sortKey.get(a) as [number, number, number];
      const kb = sortKey.get(b) as [number, number, number];
      return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
    });
    row.forEach((slot, i) => (slot.order = i));
  });

  // Entry points: the lines into a slot side by side (by where they come from), each as wide as its label.
  const entryWidth = (h: Hop) => (h.labeled ? (get(labelSize, h.edge)?.width ?? BARE_WIDTH) : BARE_WIDTH);
  for (const row of layers) {
    for (const slot of row) {
      const ins = [...slot.ins].sort((a, b) => a.from.order - b.from.order || a.from.outs.indexOf(a) - b.from.outs.indexOf(b));
      const span = ins.reduce((sum, h) => sum + entryWidth(h), 0) + ENTRY_GAP * Math.max(0, ins.length - 1);
      let left = -span / 2;
      for (const h of ins) {
        h.entry = left + entryWidth(h) / 2;
        left += entryWidth(h) + ENTRY_GAP;
      }
      slot.ins = ins;
      slot.width = Math.max(slot.width, span);
      // A step entered by several lines is widened so that every one of them lands on its top edge, clear of the corners.
      if (slot.node >= 0 && ins.length > 1) {
        slot.boxWidth = Math.max(slot.boxWidth, span + 2 * ENTRY_GAP);
        slot.width = Math.max(slot.width, slot.boxWidth);
      }
    }
  }

  // Horizontal places: top-down from the parents, then alternate passes.
  const fromParents = (s: Slot) => (s.ins.length ? mean(s.ins.map((h) => h.from.x - h.entry)) : s.x);
  const fromChildren = (s: Slot) => (s.outs.length ? mean(s.outs.map((h) => h.to.x + h.entry)) : s.x);
  layers.forEach((row) => placeRow(row, row.map(fromParents)));
  for (let pass = 0; pass < 3; pass++) {
    for (let l = layerCount - 2; l >= 0; l--) placeRow(get(layers, l), get(layers, l).map(fromChildren));
    for (let l = 1; l < layerCount; l++) placeRow(get(layers, l), get(layers, l).map(fromParents));
  }
  const left = Math.min(...layers.flat().map((s) => s.x - s.width / 2));
  const right = Math.max(...layers.flat().map((s) => s.x + s.width / 2));
  const shift = MARGIN - left;
  for (const slot of layers.flat()) slot.x += shift;

  // Vertical places, layer by layer, with the gap below each layer: runs, then the row of labels.
  const bandTop: number[] = [];
  const bandBottom: number[] = [];
  const trackY: number[][] = [];
  const labelRowY: number[] = [];
  let y = MARGIN;
  layers.forEach((row, layer) => {
    bandTop.push(y);
    y += Math.max(0, ...row.map((s) => s.boxHeight));
    bandBottom.push(y);
    if (layer === layerCount - 1) return;
    // One run per source whose lines bend; sources whose runs would touch get different heights.
    const runs = row
      .filter((s) => s.outs.some((h) => round1(h.to.x + h.entry) !== round1(s.x))) // the same test as the routes below
      .map((s) => {
        const xs = [s.x, ...s.outs.map((h) => h.to.x + h.entry)];
        return { slot: s, from: Math.min(...xs), to: Math.max(...xs) };
      })
      .sort((a, b) => a.from - b.from || a.slot.order - b.slot.order);
    const trackEnds: number[] = [];
    for (const run of runs) {
      let track = trackEnds.findIndex((end) => end + ENTRY_GAP <= run.from);
      if (track === -1) track = trackEnds.push(run.to) - 1;
      else trackEnds[track] = run.to;
      for (const h of run.slot.outs) h.track = track;
    }
    const tracks = trackEnds.map((_, t) => y + TRUNK + t * TRACK_GAP);
    trackY.push(tracks);
    const afterRuns = tracks.length ? (tracks[tracks.length - 1] as number) + 6 : y + 6;
    const rowHeight = Math.max(0, ...row.flatMap((s) => s.outs.filter((h) => h.labeled).map((h) => get(labelSize, h.edge)?.height ?? 0)));
    labelRowY.push(afterRuns + rowHeight / 2);
    y = afterRuns + (rowHeight ? rowHeight + 4 : 4) + ARROW_LENGTH;
  });
  const height = y + MARGIN;
  const width = right - left + 2 * MARGIN;

  // Routes.
  const routes: EdgeRoute[] = chains.map((hops, k) => {
    const edge = get(edges, k);
    const points: Array<{ x: number; y: number }> = [];
    const add = (px: number, py: number) => {
      const last = points[points.length - 1];
      const before = points[points.length - 2];
      if (last && last.x === px && last.y === py) return;
      // Merge straight runs (three points on one vertical or horizontal line).
      if (last && before && ((before.x === last.x && last.x === px) || (before.y === last.y && last.y === py))) points.pop();
      points.push({ x: px, y: py });
    };
    let labelBox: LabelBox | null = null;
    for (const h of hops) {
      const layer = h.from.layer;
      const exitX = round1(h.from.x);
      const entryX = round1(h.to.x + h.entry);
      add(exitX, round1(h.from.node >= 0 ? get(bandTop, layer) + h.from.boxHeight : get(bandTop, layer)));
      if (h.from.node < 0) add(exitX, round1(get(bandBottom, layer)));
      if (exitX !== entryX) {
        const ty = round1(get(get(trackY, layer), h.track));
        add(exitX, ty);
        add(entryX, ty);
      }
      add(entryX, round1(get(bandTop, layer + 1)));
      const size = get(labelSize, k);
      if (h.labeled && size) {
        labelBox = {
          x: round1(entryX - size.width / 2),
          y: round1(get(labelRowY, layer) - size.height / 2),
          width: round1(size.width),
          height: round1(size.height),
          lines: get(labelText, k),
        };
      }
    }
    return { from: edge.from, to: edge.to, label: edge.label, points, labelBox };
  });

  return {
    width: round1(width),
    height: round1(height),
    nodes: nodes.map((n, i) => {
      const slot = get(slotOf, i);
      return {
        id: n.id,
        ending: n.ending,
        layer: slot.layer,
        lines: get(nodeText, i),
        x: round1(slot.x - slot.boxWidth / 2),
        y: round1(get(bandTop, slot.layer)),
        width: round1(slot.boxWidth),
        height: round1(slot.boxHeight),
      };
    }),
    edges: routes,
  };
}

