/**
 * The import graph of the project's own modules, read from the source text: which file imports
 * which. Used by the architecture test to keep dependencies running one way.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SOURCE = /\.(ts|mts|mjs|js|astro)$/;
const EXTENSIONS = ['', '.ts', '.mjs', '.js', '.astro', '/index.ts'];

/** Every source file under a folder, relative to `root`, with "/" separators. */
export function sourceFiles(root: string, folder: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return name === 'node_modules' || name.startsWith('.') ? [] : walk(full);
      return SOURCE.test(name) ? [relative(root, full).split(sep).join('/')] : [];
    });
  return existsSync(join(root, folder)) ? walk(join(root, folder)).sort() : [];
}

/** The script part of a file: an .astro file's frontmatter and <script> blocks; other files whole. */
function code(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [frontmatter, ...scripts].join('\n');
}

/** The specifiers a file imports: static, dynamic and re-exports. */
export function specifiers(file: string, text: string): string[] {
  const source = code(file, text).replace(/^\s*(\/\/|\*).*$/gm, '');
  const found = [
    ...source.matchAll(/\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((m) => m[1] ?? '');
}

/** A relative specifier resolved to a project file (relative to `root`), or undefined. */
export function resolveImport(root: string, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(root, dirname(from), specifier);
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate).split(sep).join('/');
  }
  return undefined;
}

export interface ImportGraph {
  /** file → the project files it imports */
  edges: Map<string, string[]>;
  /** file → the package or virtual modules it imports ("astro:content", "pdfmake") */
  external: Map<string, string[]>;
}

export function importGraph(root: string, folders: string[]): ImportGraph {
  const edges = new Map<string, string[]>();
  const external = new Map<string, string[]>();
  for (const file of folders.flatMap((folder) => sourceFiles(root, folder))) {
    const specs = specifiers(file, readFileSync(join(root, file), 'utf8'));
    edges.set(file, specs.flatMap((s) => resolveImport(root, file, s) ?? []));
    external.set(file, specs.filter((s) => !s.startsWith('.')));
  }
  return { edges, external };
}

/** The import cycles of a graph, each as the files around it (first file repeated at the end). */
export function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of [...edges.keys()].sort()) if (!state.has(file)) visit(file);
  return found;
}
