/**
 * The packages a deployment publishes on the site ("Descargar el sitio completo"): `npm run
 * offline` lists what it wrote in `offline/paquetes.json`; the next build reads that list, serves
 * each package at a stable address (/descargas/alianza-cpc-sitio-completo.zip) and shows its size,
 * date and checksum. Without the list, the page says no package is published yet.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST_FILE = 'paquetes.json';

export type PackageKind = 'zip' | 'zim';
export const PACKAGE_KINDS: readonly PackageKind[] = ['zip', 'zim'];

/** The address each kind is published at, the same from one copy to the next (so links keep working). */
export const PUBLISHED_NAMES: Record<PackageKind, string> = {
  zip: 'alianza-cpc-sitio-completo.zip',
  zim: 'alianza-cpc_es-qu.zim',
};

export interface PublishedPackage {
  kind: PackageKind;
  /** The file in the packages' folder, with its day ("alianza-cpc-2026-12-06.zip"): the name it downloads as. */
  file: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  /** The day the copies were made (YYYY-MM-DD): the day every page of the copy shows. */
  made: string;
  packages: PublishedPackage[];
}

/** A package as the site publishes it: where the file is, to serve it. */
export interface Published extends PublishedPackage {
  path: string;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Writes the list of what `npm run offline` made into `dir` (the files must be there). */
export function writeManifest(dir: string, made: string, files: { kind: PackageKind; file: string }[]): Manifest {
  const manifest: Manifest = {
    made,
    packages: files.map(({ kind, file }) => ({ kind, file, bytes: statSync(join(dir, file)).size, sha256: sha256(join(dir, file)) })),
  };
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * What is published from `dir`: undefined when there is no list there (nothing published), else
 * each package, checked against its file. A list that does not match its files stops the build,
 * saying which file and field, and that `npm run offline` writes them again.
 */
export function readPublished(dir: string): { made: string; packages: Published[] } | undefined {
  const manifestPath = join(dir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) return undefined;
  const fix = 'run `npm run offline` again, which writes the packages and this list together';
  const fail = (what: string): never => {
    throw new Error(`${manifestPath}: ${what}: ${fix}`);
  };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    return fail(`not JSON (${(error as Error).message})`);
  }
  const manifest = data as Partial<Manifest> | null;
  if (typeof manifest?.made !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(manifest.made) || Number.isNaN(Date.parse(manifest.made))) fail('"made" must be a day like 2026-12-06');
  if (!Array.isArray(manifest?.packages)) fail('"packages" must be a list');
  const packages = (manifest?.packages ?? []).map((entry: Partial<PublishedPackage>, i): Published => {
    const field = (name: string) => `packages[${i}].${name}`;
    if (!PACKAGE_KINDS.includes(entry.kind as PackageKind)) fail(`${field('kind')} must be one of ${PACKAGE_KINDS.join(', ')}`);
    if (typeof entry.file !== 'string' || !/^[\w.-]+$/.test(entry.file)) fail(`${field('file')} must be a file name in ${dir}`);
    const path = join(dir, entry.file as string);
    if (!existsSync(path)) fail(`${field('file')}: ${path} does not exist`);
    if (entry.bytes !== statSync(path).size) fail(`${field('bytes')} is ${String(entry.bytes)}, but ${path} has ${statSync(path).size} bytes`);
    if (entry.sha256 !== sha256(path)) fail(`${field('sha256')} does not match ${path}`);
    return { ...(entry as PublishedPackage), path };
  });
  const kinds = packages.map((p) => p.kind);
  const twice = kinds.find((kind, i) => kinds.indexOf(kind) !== i);
  if (twice) fail(`two packages of kind "${twice}"`);
  return { made: manifest?.made as string, packages };
}
