/**
 * The copy as a ZIM file for Kiwix, written by openZIM's zimwriterfs (Debian's zim-tools) from the
 * same relative-link copy: the metadata Kiwix shows in its library, a 48×48 PNG illustration (the
 * site's favicon, drawn here: no image library is needed for one shield), the home page as main
 * page, and zimwriterfs' own full-text index.
 */
import { zlibSync } from 'fflate';
import { localeCodes, locales } from '../../i18n';

/** Kiwix's limits for two of its metadata (openZIM metadata specification). */
export const TITLE_MAX = 30;
export const DESCRIPTION_MAX = 80;
export const ILLUSTRATION_FILE = 'illustration_48x48.png';

export interface ZimMetadata {
  name: string;
  title: string;
  description: string;
  creator: string;
  publisher: string;
  /** ISO 639-3 codes, comma-separated: "spa,quz". */
  language: string;
  source: string;
}

/** The site's languages as the ZIM's Language metadata: their ISO 639-3 codes, "spa,quz". */
export function zimLanguages(): string {
  return localeCodes
    .map((locale) => {
      const code = (locales[locale] as { iso639_3?: string }).iso639_3;
      if (!code) throw new Error(`offline ZIM: the language "${locale}" has no iso639_3 in src/i18n/locales.ts: add its ISO 639-3 code there`);
      return code;
    })
    .join(',');
}

/** "alianza-cpc_es-qu_2026-12.zim", as Kiwix names its files: project, languages, month. */
export const zimFileName = (day: string) => `alianza-cpc_${localeCodes.join('-')}_${day.slice(0, 7)}.zim`;

export function zimMetadata(siteUrl: string): ZimMetadata {
  const metadata: ZimMetadata = {
    name: `alianza-cpc_${localeCodes.join('-')}`,
    title: 'Alianza CPC',
    description: 'Prevenir la trata de niñas, niños y adolescentes: Perú, castellano y quechua',
    creator: 'Alianza CPC',
    publisher: 'Alianza CPC',
    language: zimLanguages(),
    source: siteUrl,
  };
  const problems = [
    ...([...metadata.title].length > TITLE_MAX ? [`Title has ${[...metadata.title].length} characters, more than ${TITLE_MAX}`] : []),
    ...([...metadata.description].length > DESCRIPTION_MAX ? [`Description has ${[...metadata.description].length} characters, more than ${DESCRIPTION_MAX}`] : []),
  ];
  if (problems.length > 0) throw new Error(`offline ZIM: ${problems.join('; ')}: shorten them in src/lib/offline-copy/zim.ts`);
  return metadata;
}

/** zimwriterfs' arguments for a copy in `dir` (holding the illustration) written to `zimFile`. */
export function zimwriterfsArgs(metadata: ZimMetadata, mainPage: string, dir: string, zimFile: string): string[] {
  return [
    `--welcome=${mainPage}`,
    `--illustration=${ILLUSTRATION_FILE}`,
    `--language=${metadata.language}`,
    `--title=${metadata.title}`,
    `--description=${metadata.description}`,
    `--creator=${metadata.creator}`,
    `--publisher=${metadata.publisher}`,
    `--name=${metadata.name}`,
    `--source=${metadata.source}`,
    '--scraper=alianza-cpc npm run offline',
    dir,
    zimFile,
  ];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An RGBA PNG of `size`×`size` pixels, each given by `pixel(x, y)` → [r, g, b, a]. */
export function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const raw = new Uint8Array(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 4);
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  header.set([8, 6, 0, 0, 0], 8);
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** In the favicon's 32-unit square: the rounded dark square, and the amber shield in it. */
function favicon(x: number, y: number): 'shield' | 'square' | 'none' {
  const corner = (c: number) => Math.max(0, 6 - c, c - 26);
  if (Math.hypot(corner(x), corner(y)) > 6) return 'none';
  const half = y < 6 ? -1 : y < 11 ? 8 * Math.sqrt((y - 6) / 5) : y < 17 ? 8 : y < 26 ? 8 * Math.sqrt(1 - ((y - 17) / 9) ** 2) : -1;
  return Math.abs(x - 16) <= half ? 'shield' : 'square';
}

/** The ZIM's illustration: the site's favicon at 48×48, smoothed by sampling each pixel 4×4 times. */
export function illustration(): Uint8Array {
  const colours = { shield: [0xfb, 0xbf, 0x24], square: [0x1e, 0x29, 0x3b], none: [0, 0, 0] } as const;
  return png(48, (x, y) => {
    let [r, g, b, a] = [0, 0, 0, 0];
    for (let i = 0; i < 16; i++) {
      const part = favicon(((x + ((i % 4) + 0.5) / 4) * 32) / 48, ((y + (Math.floor(i / 4) + 0.5) / 4) * 32) / 48);
      if (part === 'none') continue;
      const [pr, pg, pb] = colours[part];
      [r, g, b, a] = [r + pr, g + pg, b + pb, a + 1];
    }
    return a === 0 ? [0, 0, 0, 0] : [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a / 16) * 255)];
  });
}

/**
 * A page of the copy as it goes into the ZIM: without its Content-Security-Policy, which would
 * block the bar kiwix-serve adds to each page it serves (inline event handlers). The policy guards
 * a site whose pages are served among other things; a ZIM holds these files only.
 */
export function zimPage(html: string): string {
  return html.replace(/<meta http-equiv="content-security-policy" content="[^"]*">/i, '');
}
