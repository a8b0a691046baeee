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
import { heldKeys, type FactLike } from '../lib/facts/registry';
import { linkPhones } from '../lib/phones/link';
import { contentDir } from '../site';

/** The scanner's keys of every callable phone number in content/facts/*.yaml ("phone 1818"). */
export function registryPhoneKeys(dir = join(contentDir, 'facts')): Set<string> {
  const phones = readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .flatMap((name) => {
      const facts: unknown = parse(readFileSync(join(dir, name), 'utf8'));
      return Array.isArray(facts) ? (facts as (FactLike & { callable?: unknown })[]) : [];
    })
    // A number announced but not known to work (callable: false) is shown, never offered to call.
    .filter((fact) => fact.kind === 'phone' && fact.callable !== false);
  return new Set(heldKeys(phones).keys());
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
