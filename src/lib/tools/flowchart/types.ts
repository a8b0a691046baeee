/** The input and output shapes of the flowchart layout (./layout.ts) and drawing (./svg.ts). */
import type { PhoneSpan } from '../../phones/in-text';

export interface FlowNode {
  id: string;
  label: string;
  ending: boolean;
}

export interface FlowEdge {
  from: string;
  to: string;
  label: string;
}

export interface FlowchartInput {
  /** Accessible name (the svg's <title>). */
  title: string;
  /** Longer text alternative (the svg's <desc>). */
  description: string;
  start: string;
  /** In breadth-first order from the start. */
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** The svg's lang attribute: "es", "quz". */
  lang: string;
  /** The link of each step's page, e.g. id => `/herramientas/x/${id}/`. Each box becomes a link. */
  href?: ((id: string) => string) | undefined;
  /**
   * The phone numbers of a line of a box, each drawn as its own tel: link beside the box's link
   * (a link cannot hold a link): src/lib/phones/in-text.ts.
   */
  phones?: ((line: string) => PhoneSpan[]) | undefined;
  /** Prefix of the ids inside the svg (title, desc); default "fc-" + a slug of the title. Give one when two charts with the same title share a page. */
  idPrefix?: string | undefined;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NodeBox extends Box {
  id: string;
  ending: boolean;
  /** 0 for the start. */
  layer: number;
  /** The label, wrapped. */
  lines: string[];
}

export interface LabelBox extends Box {
  lines: string[];
}

export interface EdgeRoute {
  from: string;
  to: string;
  label: string;
  /** The polyline, from the bottom of `from` to the tip of the arrow on top of `to`; each segment is vertical or horizontal. */
  points: Array<{ x: number; y: number }>;
  /** The white box under the label, on the line; null when the label is blank. */
  labelBox: LabelBox | null;
}

export interface FlowLayout {
  /** The size of the drawing (the viewBox is "0 0 width height"). */
  width: number;
  height: number;
  /** In input order. */
  nodes: NodeBox[];
  /** In input order. */
  edges: EdgeRoute[];
}

