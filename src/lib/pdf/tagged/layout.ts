/** The page of the tagged PDFs (A4, in points) and their type sizes. */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MARGIN_X = 56;
export const MARGIN_TOP = 64;
export const MARGIN_BOTTOM = 60;
/** The width of the text. */
export const WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
export const TEXT_COLOR = '#000000';
export const QUIET_COLOR = '#444444';
export const NOTICE_FILL = '#eeeeee';

export interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  /** Space after, in points. */
  after?: number;
  /** Space before (not at the top of a page), in points. */
  before?: number;
}

export const BODY: TextStyle = { size: 10, after: 6 };
export const RUNNING: TextStyle = { size: 8, color: QUIET_COLOR };
export const HEADINGS: Record<1 | 2 | 3 | 4, TextStyle> = {
  1: { size: 18, bold: true, after: 8 },
  2: { size: 14, bold: true, before: 12, after: 5 },
  3: { size: 12, bold: true, before: 9, after: 4 },
  4: { size: 10.5, bold: true, italic: true, before: 7, after: 3 },
};
