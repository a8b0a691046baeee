/**
 * The flowchart's sizes and text measures, shared by the layout and the drawing. No font is
 * loaded, so text widths are estimates from the number of characters.
 */
/* ------------------------------------------------------------------------------------------ */
/* Metrics (estimated: no font is loaded; system-ui averages about 0.5em, 0.6em leaves room)    */
/* ------------------------------------------------------------------------------------------ */

export const CHAR_EM = 0.6;
export const NODE_FONT = 14;
export const NODE_LINE = 18;
export const NODE_CHARS = 22;
export const NODE_PAD_X = 12;
export const NODE_PAD_Y = 10;
export const NODE_MIN_WIDTH = 72;
export const LABEL_FONT = 12;
export const LABEL_LINE = 15;
export const LABEL_CHARS = 18;
export const LABEL_PAD_X = 5;
export const LABEL_PAD_Y = 3;
/** Width kept for a line with no label (into a placeholder, or a blank label). */
export const BARE_WIDTH = 12;
/** Between neighbouring boxes (or placeholders) of a layer. */
export const SLOT_GAP = 24;
/** Between the lines (and labels) entering the same box. */
export const ENTRY_GAP = 10;
/** From the bottom of a layer to the first horizontal run. */
export const TRUNK = 14;
/** Between two runs of one gap. */
export const TRACK_GAP = 8;
export const ARROW_LENGTH = 8;
export const ARROW_HALF_WIDTH = 4.5;
export const MARGIN = 4;
export const QUESTION_STROKE = 1.5;
export const ENDING_STROKE = 3;
export const ENDING_RADIUS = 10;
export const EDGE_STROKE = 1.5;
export const INK = '#111';
export const LINE_INK = '#333';
export const PAPER = '#fff';
export const FONT_FAMILY = 'system-ui, sans-serif';

/* ------------------------------------------------------------------------------------------ */
/* Text                                                                                       */
/* ------------------------------------------------------------------------------------------ */


export const charCount = (text: string) => [...text].length;

/** Greedy word wrap at `max` characters; a longer word keeps a line of its own (it is never cut). */
export function wrapText(text: string, max: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && charCount(line) + 1 + charCount(word) > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export const textWidth = (lines: readonly string[], fontSize: number) => Math.max(0, ...lines.map(charCount)) * fontSize * CHAR_EM;


/** One decimal, no "-0". */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

export const round1 = (n: number) => Number(num(n));


/** Stops a layout or drawing that meets a malformed tree. */
export function fail(message: string): never {
  throw new Error(`flowchart: ${message}`);
}

export function get<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) fail(`internal index ${i} out of range`);
  return item;
}
