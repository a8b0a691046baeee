/**
 * The site's pictograms and the mark of its wordmark: simple geometric drawings on a 24 × 24 grid,
 * each one path filled with evenodd (holes are cut out), so pages draw them in the text's colour
 * and posters in black. The one source of every drawing: pages (src/components/Pictogram.astro,
 * Wordmark.astro) and posters (src/lib/campaigns/poster/svg.ts) take them from here.
 * A pictogram never stands alone: the words beside it say what it means, so it is hidden from
 * screen readers.
 */

/** The side of the square every drawing is made on. */
export const PICTOGRAM_SIZE = 24;

export const PICTOGRAMS = {
  /** A mobile phone: call a line. */
  phone: 'M7 1h10a2 2 0 0 1 2 2v18a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2zM7.5 4v13h9V4zM12 18.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z',
  /** A triangle with an exclamation mark: a warning sign, check before you trust. */
  warning: 'M12 1.5 23.5 22H.5zM10.8 8.5v7h2.4v-7zm0 9v2.4h2.4v-2.4z',
  /** A school house with its roof and door: schools and their kits. */
  school: 'M12 1.5 1 9h22zM3 10.5h18V23H3zm6.5 5V23h5v-7.5zm-4-2.5v2.5H8V13zm10.5 0v2.5h2.5V13zM12 4.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z',
  /** A sheet with a folded corner and lines of text: documents and protocols. */
  document: 'M4 1h11l5 5v17H4zm10 1.5V7h4.5zM7 10.5V12h10v-1.5zm0 4V16h10v-1.5zm0 4V20h7v-1.5z',
} as const;

export type PictogramName = keyof typeof PICTOGRAMS;

/**
 * The mark of the "Alianza CPC" wordmark: a roof sheltering a child (a circle under it) on a
 * rounded square. Three shapes, each with its role, so a page colours them.
 */
export const MARK = {
  square: { width: 24, height: 24, rx: 5 },
  roof: 'M4.5 12.5 12 5.5l7.5 7',
  child: { cx: 12, cy: 16, r: 3.2 },
} as const;

/** A pictogram as an SVG path element, placed at (x, y) and drawn `size` units wide, for a standalone SVG such as a poster. */
export function pictogramPath(name: PictogramName, x: number, y: number, size: number, fill: string): string {
  const scale = Math.round((size / PICTOGRAM_SIZE) * 10_000) / 10_000;
  const at = (n: number) => Math.round(n * 100) / 100;
  return `<path data-pictogram="${name}" transform="translate(${at(x)} ${at(y)}) scale(${scale})" fill="${fill}" fill-rule="evenodd" d="${PICTOGRAMS[name]}"/>`;
}
