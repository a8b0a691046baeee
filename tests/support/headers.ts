/**
 * dist/_headers, read as Cloudflare Pages reads it: every matching rule applies, in file order, and
 * "! Name" removes a header an earlier rule set (Netlify differs only in skipping "! Name").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir } from './dist';

export interface HeaderRule {
  path: string;
  set: [name: string, value: string][];
  unset: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('/')) {
      rules.push({ path: line, set: [], unset: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: "${line}" comes before any path`);
    if (line.startsWith('!')) {
      rule.unset.push(line.slice(1).trim().toLowerCase());
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`_headers: "${line}" is neither a path, "Name: value" nor "! Name"`);
    rule.set.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function pathPattern(path: string): RegExp {
  const escaped = path.split('*').map((part) => part.replace(/[-/\\^$+?.()|[\]{}]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}

/** The headers a host following these rules adds to the response for a URL path. */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  const setByRules = new Set<string>();
  for (const rule of rules) {
    if (!pathPattern(rule.path).test(urlPath)) continue;
    for (const name of rule.unset) delete out[name];
    for (const [name, value] of rule.set) {
      const previous = out[name];
      out[name] = setByRules.has(name) && previous !== undefined ? `${previous}, ${value}` : value;
      setByRules.add(name);
    }
  }
  return out;
}

/**
 * Astro's `Name.a1B2c3D4.css` and Pagefind's `es_3a923f31e2.pf_meta` / `es_10d9ca7.pf_fragment`,
 * and their precompressed copies (`Name.a1B2c3D4.css.br`, src/lib/compression/precompress.mjs).
 */
export function hasContentHash(file: string): boolean {
  const name = (file.split('/').pop() ?? '').replace(/\.(br|gz)$/, '');
  return /\.[\w-]{8}\.(js|mjs|css|svg|png|jpe?g|webp|avif|woff2?)$/.test(name) || /_[0-9a-f]{7,}\.pf_(meta|index|fragment|filter)$/.test(name);
}

export const fromRepo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const headersText = (): string => readFileSync(join(distDir(), '_headers'), 'utf8');
