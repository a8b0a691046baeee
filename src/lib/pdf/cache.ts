/**
 * The PDFs of earlier builds, kept in node_modules/.cache/alianza-pdf/ (or `ALIANZA_PDF_CACHE`), so
 * an unchanged PDF costs nothing on the next build. A PDF is found by a key made of everything that
 * changes its bytes: the job (the entry's text and labels, as sent to the worker), the bundled
 * worker file (the makers' code, all of it), the font files, the versions of the packages that
 * write the PDF, and Node's (zlib compresses the streams). A key that differs in anything is
 * another file, so a changed PDF is always remade; when the worker file cannot be read, nothing is
 * cached. Files are written whole (a temporary name, then a rename), never half.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fontFiles } from './tagged/fonts';
import type { PdfJob } from './jobs';

export const PDF_CACHE_ENV = 'ALIANZA_PDF_CACHE';
/** The packages whose code writes the bytes of a PDF. */
const PACKAGES = ['pdfkit', 'fontkit', 'qrcode-generator', '@fontsource/noto-sans'];

const require = createRequire(import.meta.url);

function packageVersion(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    // A package whose package.json is not exported: found from its entry point.
    const entry = require.resolve(name);
    const root = entry.slice(0, entry.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}/`.length);
    return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  }
}

const bases = new Map<string, string | undefined>();

/** What every key of a build shares: the worker's code, the fonts, the packages, Node. */
function base(workerFile: string): string | undefined {
  if (bases.has(workerFile)) return bases.get(workerFile);
  let value: string | undefined;
  try {
    const hash = createHash('sha256').update(readFileSync(workerFile));
    for (const file of fontFiles()) hash.update(readFileSync(file));
    hash.update(JSON.stringify([PACKAGES.map((name) => [name, packageVersion(name)]), process.version]));
    value = hash.digest('hex');
  } catch {
    value = undefined;
  }
  bases.set(workerFile, value);
  return value;
}

export const cacheDir = (root = process.cwd()) => process.env[PDF_CACHE_ENV] || join(root, 'node_modules/.cache/alianza-pdf');

/** The file a job's PDF is kept in, or undefined when this build cannot cache. */
export function cacheFile(job: PdfJob, workerFile: string): string | undefined {
  const shared = base(workerFile);
  if (!shared) return undefined;
  const key = createHash('sha256').update(shared).update(JSON.stringify(job)).digest('hex');
  return join(cacheDir(), key.slice(0, 2), `${key}.pdf`);
}

export function readCached(file: string | undefined): Uint8Array | undefined {
  if (!file || !existsSync(file)) return undefined;
  try {
    const bytes = readFileSync(file);
    // A file cut short (a build stopped while writing it) is no PDF: made again.
    return bytes.subarray(-8).toString('latin1').includes('%%EOF') ? new Uint8Array(bytes) : undefined;
  } catch {
    return undefined;
  }
}

export function writeCached(file: string | undefined, bytes: Uint8Array): void {
  if (!file) return;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written only makes the next build slower.
  }
}
