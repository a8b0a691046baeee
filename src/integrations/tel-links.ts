/**
 * After the build: every phone number of the facts registry that a page of dist/ shows becomes a
 * tel: link (src/lib/phones/link.ts). Runs before the service worker, which hashes the pages it
 * keeps, and so before the search index and the precompressed copies too.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { keysOf } from '../lib/facts/scan';
import { linkPhones } from '../lib/phones/link';
import { contentDir } from '../site';

/** The scanner's keys of every callable phone number in content/facts/*.yaml ("phone 1818"). */
export function registryPhoneKeys(dir = join(contentDir, 'facts')): Set<string> {
  const keys = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const facts: unknown = parse(readFileSync(join(dir, name), 'utf8'));
    if (!Array.isArray(facts)) continue;
    for (const fact of facts as { kind?: unknown; value?: unknown; callable?: unknown }[]) {
      // A number announced but not known to work (callable: false) is shown, never offered to call.
      if (fact.kind === 'phone' && fact.callable !== false && typeof fact.value === 'string') for (const key of keysOf(fact.value, 'phone')) keys.add(key);
    }
  }
  return keys;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

export function telLinks(): AstroIntegration {
  return {
    name: 'alianza:tel-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const keys = registryPhoneKeys();
        let links = 0;
        let pages = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const linked = linkPhones(html, (key) => keys.has(key));
          if (linked === html) continue;
          links += linked.split('data-tel>').length - html.split('data-tel>').length;
          pages += 1;
          writeFileSync(file, linked);
        }
        logger.info(`${links} phone numbers made tel: links on ${pages} pages`);
      },
    },
  };
}
