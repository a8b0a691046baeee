/**
 * After the build: compare what was built with registry/published.json (see src/lib/routes/registry.ts).
 * The build fails when a published URL disappears without a redirect in public/_redirects, or when
 * a published protocol version's text changed. Redirects become static pages in dist/.
 * `npm run registry` (REGISTRY_UPDATE=1) records new URLs and versions; it never removes any.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content/check';
import { checkedEntries } from './content-check';
import { checkRegistry, emptyRegistry, parseRedirects, redirectPage, updatedRegistry, versionHash, type Registry } from '../lib/routes/registry';
import { contentDir, siteUrl } from '../site';
import * as routes from '../lib/routes/routes';
import { localizePath } from '../lib/routes/urls';
import { defaultLocale, localeCodes } from '../i18n/locales';

export const REGISTRY_FILE = 'registry/published.json';
const SKIPPED_DIRS = new Set(['_astro', 'pagefind']);
/** The not-found pages: the default language's as a file, the others' under their prefix ("/qu/404/"). */
const NOT_PUBLISHED = new Set([routes.notFoundFile, ...localeCodes.filter((l) => l !== defaultLocale).map((l) => localizePath(routes.notFound, l))]);

/** URL paths of every file in a built site, pages as "/path/". */
export function builtUrls(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return dir === dist && SKIPPED_DIRS.has(name) ? [] : walk(full);
      return [full];
    });
  return walk(dist)
    .map((file) => `/${relative(dist, file).split(sep).join('/')}`)
    .filter((path) => !/\.(br|gz)$/.test(path))
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .filter((path) => !NOT_PUBLISHED.has(path))
    .sort();
}

function readRegistry(file: string): Registry {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Registry) : emptyRegistry();
}

export function urlRegistry(): AstroIntegration {
  return {
    name: 'alianza:url-registry',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        // Builds of other content (fixtures, the benchmark) have no published history.
        if (process.env['CONTENT_DIR'] && !process.env['REGISTRY_FILE']) {
          logger.info('CONTENT_DIR is set: the URL registry is not checked for this build');
          return;
        }
        const registryFile = process.env['REGISTRY_FILE'] ?? REGISTRY_FILE;
        const dist = fileURLToPath(dir);
        const redirectsFile = 'public/_redirects';
        const redirects = existsSync(redirectsFile) ? parseRedirects(readFileSync(redirectsFile, 'utf8')) : new Map<string, string>();
        const built = builtUrls(dist);
        const builtSet = new Set(built);

        for (const [from, to] of redirects) {
          if (builtSet.has(from)) continue;
          const target = join(dist, from.endsWith('/') ? `${from}index.html` : from);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, redirectPage(to, siteUrl));
          built.push(from);
        }

        const root = process.cwd();
        // The entries read when the build started, else read again.
        const entries = checkedEntries() ?? checkContent(contentDir, root).entries;
        const protocolFiles = entries.filter((e) => e.collection === 'protocols');
        const publishedVersions: Record<string, string> = {};
        for (const e of protocolFiles) {
          if (e.data['status'] !== 'borrador') publishedVersions[e.file] = versionHash(readFileSync(join(root, e.file), 'utf8'));
        }
        const registry = readRegistry(registryFile);
        const check = checkRegistry({
          registry,
          builtUrls: built,
          redirects,
          publishedVersions,
          existingVersionFiles: new Set(protocolFiles.map((e) => e.file)),
        });
        if (check.problems.length > 0) {
          const list = check.problems.map((p) => `  - ${p.where}: ${p.message}`).join('\n');
          const error = new Error(`Something published would be lost or changed (${registryFile}):\n${list}`);
          error.name = 'RegistryError';
          throw error;
        }
        const news = check.newUrls.length + Object.keys(check.newVersions).length;
        if (news === 0) return;
        if (process.env['REGISTRY_UPDATE']) {
          mkdirSync(dirname(registryFile), { recursive: true });
          writeFileSync(registryFile, `${JSON.stringify(updatedRegistry(registry, check), null, 2)}\n`);
          logger.info(`${registryFile}: recorded ${check.newUrls.length} new URLs and ${Object.keys(check.newVersions).length} new versions; commit it`);
        } else {
          logger.warn(
            `${check.newUrls.length} URLs and ${Object.keys(check.newVersions).length} protocol versions are not in ${registryFile} yet: run "npm run registry" and commit the file`,
          );
        }
      },
    },
  };
}
