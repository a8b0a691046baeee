import { appendFileSync, cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');
export const validContent = join(fixturesDir, 'content-valid');
export const errorCases = join(fixturesDir, 'content-errors');

/** The names of the broken-content cases (folders of tests/fixtures/content-errors/). */
export function errorCaseNames(): string[] {
  return readdirSync(errorCases).sort();
}

export interface ContentOptions {
  /**
   * Files (paths under content/) to grow, after the overlay, to at least this many bytes by
   * appending paragraphs of Markdown: for cases too big to commit, like a file over the size limit.
   */
  grow?: Record<string, number>;
}

/**
 * A content tree for one case: the valid fixture with the case's files laid over it, copied to a
 * temporary folder as `<tmp>/content`, so messages show "content/…" as in a real build.
 */
export function contentFor(caseName?: string, options: ContentOptions = {}): string {
  return contentWith(caseName ? join(errorCases, caseName) : undefined, options);
}

/** The valid fixture with the files of `overlay` (a folder laid out like content/) on top. */
export function contentWith(overlay?: string, options: ContentOptions = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'alianza-content-'));
  const dir = join(root, 'content');
  cpSync(validContent, dir, { recursive: true });
  if (overlay) cpSync(overlay, dir, { recursive: true });
  for (const [file, bytes] of Object.entries(options.grow ?? {})) {
    const path = join(dir, file);
    const missing = bytes - statSync(path).size;
    const paragraph = '\nTexto de relleno para que el archivo supere el tamaño permitido.\n';
    if (missing > 0) appendFileSync(path, paragraph.repeat(Math.ceil(missing / Buffer.byteLength(paragraph))));
  }
  return dir;
}

/** A fact last verified in January 2024: stale for any build after January 2025. */
export const STALE_FACT =
  '\n- id: dato-vencido\n  kind: phone\n  value: "1818"\n  statement: { es: Un número comprobado hace mucho. }\n  confidence: CONFIRMED\n' +
  '  verified: 2024-01-15\n  sources:\n    - { title: Fuente de prueba, publisher: Prueba, document: Archivo interno de pruebas }\n';
