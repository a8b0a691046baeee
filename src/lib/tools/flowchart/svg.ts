/**
 * The flowchart as a string of SVG, from the layout (./layout.ts). See ./layout.ts for how the
 * boxes and lines are placed; this file draws them, with a title, a description and links.
 */
import type { FlowchartInput } from './types';
import { fail, get, ARROW_HALF_WIDTH, ARROW_LENGTH, EDGE_STROKE, ENDING_RADIUS, ENDING_STROKE, FONT_FAMILY, INK, LABEL_FONT, LABEL_LINE, LINE_INK, NODE_FONT, NODE_LINE, PAPER, QUESTION_STROKE, num, round1 } from './measure';
import { layout } from './layout';
import { slugify } from '../../text/slug';
import { escapeXml } from '../../text/xml';
import type { PhoneSpan } from '../../phones/in-text';

/* ------------------------------------------------------------------------------------------ */
/* SVG                                                                                        */
/* ------------------------------------------------------------------------------------------ */

function pathData(points: ReadonlyArray<{ x: number; y: number }>): string {
  let d = '';
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (!prev) d += `M${num(p.x)} ${num(p.y)}`;
    else if (prev.x === p.x) d += `V${num(p.y)}`;
    else if (prev.y === p.y) d += `H${num(p.x)}`;
    else d += `L${num(p.x)} ${num(p.y)}`;
  });
  return d;
}

/** Centred lines of text as <tspan>s; `middle` is the vertical centre of the block. */
function textLines(lines: readonly string[], cx: number, middle: number, lineHeight: number, fontSize: number): string {
  const top = middle - (lines.length * lineHeight) / 2;
  // Baseline: half a line down, plus about a third of the font size (half the x-height above the baseline).
  const spans = lines.map(
    (line, i) =>
      `<tspan x="${num(cx)}" y="${num(top + i * lineHeight + lineHeight / 2 + fontSize * 0.35)}">${escapeXml(line)}${i < lines.length - 1 ? ' ' : ''}</tspan>`,
  );
  return `<text>${spans.join('')}</text>`;
}

/**
 * A box's text with its phone numbers as tel: links: each line a <tspan> placed as textLines
 * places it, the numbers <a>s between the parts of the line. The text lets taps through
 * (pointer-events="none") to the box's own link under it, except on the numbers.
 */
function textWithPhones(lines: readonly string[], cx: number, middle: number, phones: (line: string) => PhoneSpan[]): string {
  const top = middle - (lines.length * NODE_LINE) / 2;
  const parts = lines.map((line, i) => {
    const text = `${line}${i < lines.length - 1 ? ' ' : ''}`;
    const place = `x="${num(cx)}" y="${num(top + i * NODE_LINE + NODE_LINE / 2 + NODE_FONT * 0.35)}"`;
    let out = '';
    let at = 0;
    let placed = false;
    const span = (piece: string) => {
      const tag = placed ? '<tspan>' : `<tspan ${place}>`;
      placed = true;
      return `${tag}${escapeXml(piece)}</tspan>`;
    };
    for (const p of phones(line)) {
      if (p.start > at) out += span(text.slice(at, p.start));
      out += `<a href="${escapeXml(p.href)}" aria-label="${escapeXml(p.label)}" class="fc-tel" pointer-events="auto">${span(text.slice(p.start, p.end))}</a>`;
      at = p.end;
    }
    if (at < text.length || !placed) out += span(text.slice(at));
    return out;
  });
  return `<text pointer-events="none">${parts.join('')}</text>`;
}

/** A complete `<svg …>…</svg>` of the tree. Throws like `layout` on a malformed tree. */
export function flowchartSvg(input: FlowchartInput): string {
  const plan = layout(input);
  const prefix = input.idPrefix ?? `fc-${slugify(input.title, { maxLength: 48 }) || 'flowchart'}`;
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(prefix)) fail(`idPrefix "${prefix}" must be a letter followed by letters, digits, "-" or "_"`);
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const linked = input.href !== undefined;

  const lines: string[] = [];
  const arrows: string[] = [];
  const labels: string[] = [];
  for (const edge of plan.edges) {
    const tip = edge.points[edge.points.length - 1];
    if (!tip) continue;
    // The line stops inside the arrowhead so its end does not blunt the tip.
    const drawn = edge.points.map((p, i) => (i === edge.points.length - 1 ? { x: p.x, y: round1(p.y - ARROW_LENGTH / 2) } : p));
    lines.push(`<path d="${pathData(drawn)}"/>`);
    arrows.push(
      `<path d="M${num(tip.x)} ${num(tip.y)}L${num(tip.x - ARROW_HALF_WIDTH)} ${num(tip.y - ARROW_LENGTH)}H${num(tip.x + ARROW_HALF_WIDTH)}Z"/>`,
    );
    const box = edge.labelBox;
    if (box) {
      labels.push(
        `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" fill="${PAPER}"/>` +
          textLines(box.lines, box.x + box.width / 2, box.y + box.height / 2, LABEL_LINE, LABEL_FONT),
      );
    }
  }

  const boxes = plan.nodes.map((n, i) => {
    const node = get(input.nodes, i);
    const border = n.ending ? `rx="${ENDING_RADIUS}" stroke-width="${ENDING_STROKE}"` : `stroke-width="${QUESTION_STROKE}"`;
    const shape = `<rect x="${num(n.x)}" y="${num(n.y)}" width="${num(n.width)}" height="${num(n.height)}" ${border} fill="${PAPER}" stroke="${INK}"/>`;
    const text = textLines(n.lines, n.x + n.width / 2, n.y + n.height / 2, NODE_LINE, NODE_FONT);
    const cls = n.ending ? 'fc-node fc-ending' : 'fc-node';
    if (!input.href) return `<g class="${cls}">${shape}${text}</g>`;
    const href = input.href(n.id);
    if (/^\s*(javascript|data|vbscript):/i.test(href)) fail(`the link of "${n.id}" is not a page: ${href}`);
    const label = escapeXml(node.label.trim().replace(/\s+/g, ' '));
    if (input.phones && n.lines.some((line) => input.phones?.(line).length)) {
      // A box with a phone number: its link is the box's shape, its numbers links of their own.
      const drawn = textWithPhones(n.lines, n.x + n.width / 2, n.y + n.height / 2, input.phones);
      return `<g class="${cls}"><a href="${escapeXml(href)}" aria-label="${label}">${shape}</a>${drawn}</g>`;
    }
    // aria-label: the label in one piece (screen readers may run <tspan>s together without a space).
    return `<a href="${escapeXml(href)}" aria-label="${escapeXml(node.label.trim().replace(/\s+/g, ' '))}" class="${cls}">${shape}${text}</a>`;
  });

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(plan.width)} ${num(plan.height)}" width="100%" preserveAspectRatio="xMidYMin meet"` +
    ` role="${linked ? 'group' : 'img'}" aria-labelledby="${titleId}" aria-describedby="${descId}" lang="${escapeXml(input.lang)}" class="flowchart"` +
    ` font-family="${FONT_FAMILY}" font-size="${NODE_FONT}" fill="${INK}">` +
    `<title id="${titleId}">${escapeXml(input.title)}</title><desc id="${descId}">${escapeXml(input.description)}</desc>` +
    `<g class="fc-edges" aria-hidden="true" fill="none" stroke="${LINE_INK}" stroke-width="${EDGE_STROKE}">${lines.join('')}</g>` +
    `<g class="fc-arrows" aria-hidden="true" fill="${LINE_INK}">${arrows.join('')}</g>` +
    `<g class="fc-labels" aria-hidden="true" font-size="${LABEL_FONT}" text-anchor="middle">${labels.join('')}</g>` +
    `<g class="fc-nodes" text-anchor="middle">${boxes.join('')}</g>` +
    `</svg>`
  );
}

