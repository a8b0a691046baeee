/** What a poster is made from, and the limits on its text. The poster is described in ./layout.ts. */

export interface PosterHotline {
  /** "Línea 1818" */
  name: string;
  /** "1818": printed big, on one line. */
  number: string;
  /** What to call it for, a sentence or two. */
  purpose: string;
}

export interface PosterInput {
  /** Document language (BCP 47, the PDF's /Lang and the SVG's xml:lang): "es", "quz". */
  lang: string;
  /** The campaign's title: PDF title and SVG <title>, not printed. */
  title: string;
  /** Printed big: at most 60 characters. */
  headline: string;
  /** Printed under the headline: at most 220 characters. */
  text: string;
  /** 1 to 4 hotlines, in the order printed. */
  hotlines: PosterHotline[];
  /** Absolute URL of the campaign page: the QR code, and printed beside it. */
  url: string;
  /** Localized labels: "Si sospechas, llama:" and "Más información:". */
  strings: { call: string; scan: string };
  /** Printed small at the top, e.g. "Afiche de ejemplo: no es material oficial." */
  /** May mark a passage in another language, `{es:…}` (src/i18n/passages.ts): it is set from a new line, with its language. */
  notice?: string | undefined;
  /** "Alianza CPC": printed at the foot, and the PDF's author and creator. */
  author: string;
  /** The PDF's creation and modification date, fixed so the same input gives the same bytes. */
  date: Date;
}

/** The longest texts a poster takes (the campaign schema refuses longer ones first). */
export const POSTER_LIMITS = { headline: 60, text: 220, hotlines: 4 } as const;
