/**
 * ZIP archives of the site's downloads (a kit with its lessons and posters), made with fflate.
 *
 * - Same files and date, same bytes: every entry gets `date` as its time, entries keep the order
 *   they are given in, and nothing else (no clock, no user, no machine) goes into the file.
 * - Files that are compressed already (PDF, PNG, ZIP…) are stored as they are: deflating them again
 *   costs time and saves nothing. Everything else (text, SVG, CSV) is deflated.
 * - Text is written as UTF-8 exactly as given: a LEEME.txt meant for Windows comes with CRLF line
 *   ends from the caller, and keeps them.
 */
import { zipSync, type Zippable } from 'fflate';

export interface ZipFile {
  /** The path inside the archive, with "/" between folders: "sesiones/01-senales.pdf". */
  name: string;
  /** Bytes, or text (written as UTF-8). */
  data: Uint8Array | string;
}

/** Extensions of formats that are compressed already: stored, not deflated. */
const STORED = new Set(['pdf', 'png', 'zip', 'jpg', 'jpeg', 'gif', 'webp', 'gz']);
const DEFLATE_LEVEL = 9;

/** ZIP times (MS-DOS) can only say years 1980 to 2107; fflate accepts up to 2099. */
const FIRST_YEAR = 1980;
const LAST_YEAR = 2099;

function extensionOf(name: string): string {
  const file = name.slice(name.lastIndexOf('/') + 1);
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(dot + 1).toLowerCase() : '';
}

/** Why a name cannot go into the archive, or undefined when it can. */
function nameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'is empty: give each file a name, e.g. "LEEME.txt"';
  if (name.startsWith('/')) return 'starts with "/": names are relative to the archive, e.g. "kit.pdf"';
  if (name.includes('\\')) return 'contains "\\": separate folders with "/", e.g. "sesiones/1.pdf"';
  if (name.split('/').includes('..')) return 'contains "..": a name must stay inside the archive';
  if (name.endsWith('/')) return 'ends with "/": give the file a name after its folder';
  // fflate takes the files as an object, whose keys that look like array indexes come first.
  if (/^(0|[1-9]\d*)$/.test(name)) return 'is only digits, which would move it to the start: add an extension, e.g. "1.txt"';
  return undefined;
}

/**
 * fflate writes the entries' times in the machine's time zone (ZIP times have none): this date
 * shows, in any time zone, the UTC day and time of `date`, so the bytes do not depend on where the
 * archive is made.
 */
function zipTime(date: Date): Date {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new Error(`zipFiles: the date ${String(date)} cannot be written in a ZIP file: use a date between ${FIRST_YEAR} and ${LAST_YEAR}`);
  }
  return new Date(year, date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
}

/** A ZIP archive of `files`, in that order, each dated `date`. Throws on a name that cannot be used. */
export function zipFiles(files: ZipFile[], date: Date): Uint8Array {
  const mtime = zipTime(date);
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  // Windows (and macOS) take "LEEME.txt" and "leeme.txt" for the same file: one would overwrite the other.
  const seen = new Map<string, string>();
  for (const { name, data } of files) {
    const problem = nameProblem(name);
    if (problem) throw new Error(`zipFiles: the name "${name}" ${problem}`);
    const previous = seen.get(name.toLowerCase());
    if (previous !== undefined) {
      const same = previous === name ? 'appears twice' : `is the same file as "${previous}" on Windows`;
      throw new Error(`zipFiles: the name "${name}" ${same}: give each file its own name`);
    }
    seen.set(name.toLowerCase(), name);
    const bytes = typeof data === 'string' ? encoder.encode(data) : data;
    entries[name] = [bytes, { level: STORED.has(extensionOf(name)) ? 0 : DEFLATE_LEVEL, mtime }];
  }
  return zipSync(entries);
}
