/**
 * After the build: compare what was built with registry/published.json (see src/lib/routes/registry.ts).
 * The build fails when a published URL disappears without a redirect in public/_redirects, when a
 * published protocol version's title, text or effective date changed, or when a protocol's version
 * in force would be older than the one registered. Redirects become static pages in dist/.
 * `npm run registry` (REGISTRY_UPDATE=1) records what is new; it never removes anything.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EDITOR_DIR } from '../lib/editor/policy.mjs';
import { checkContent } from '../lib/content/check';
import { checkedEntries } from './content-check';
import { checkRegistry, emptyRegistry, newsCount, nginxRedirects, parseRedirects, redirectPage, updatedRegistry, versionHash, type Registry } from '../lib/routes/registry';
import { buildDate, currentVersion, type VersionInfo } from '../lib/protocols/versions';
import type { CheckedEntry } from '../lib/content/problems';
import { contentDir, siteUrl } from '../site';
import * as routes from '../lib/routes/routes';
import { localizePath } from '../lib/routes/urls';
import { defaultLocale, localeCodes } from '../i18n/locales';

export const REGISTRY_FILE = 'registry/published.json';
/** The redirects as an nginx map, in dist/: included by docs/deploying-nginx.conf. */
export const NGINX_REDIRECTS = '_redirects.nginx';
/**
 * Not registered: hashed assets, Pagefind's index, and the offline packages (routes.offlinePackages),
 * which a deployment publishes only after `npm run offline`, so a build without them loses no URL;
 * nor the content editor (/admin/), a tool for editors that no reader is sent to and that may move.
 */
const SKIPPED_DIRS = new Set(['_astro', 'pagefind', routes.offlinePackages.replace(/\//g, ''), EDITOR_DIR]);
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

/** "3 URLs, 1 protocol version, 1 effective date and 1 version in force" */
function describeNews(check: ReturnType<typeof checkRegistry>): string {
  const count = (n: number, one: string, many: string) => (n > 0 ? [`${n} ${n === 1 ? one : many}`] : []);
  const parts = [
    ...count(check.newUrls.length, 'URL', 'URLs'),
    ...count(Object.keys(check.newVersions).length, 'protocol version', 'protocol versions'),
    ...count(Object.keys(check.newEffective).length, 'effective date', 'effective dates'),
    ...count(Object.keys(check.newInForce).length, 'version in force', 'versions in force'),
  ];
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'nothing');
}

/** Each protocol's version in force on the build's day, from its Spanish versions: slug → "2.0". */
function versionsInForce(protocolFiles: CheckedEntry[]): Record<string, string> {
  const bySlug = new Map<string, VersionInfo[]>();
  for (const e of protocolFiles) {
    if (e.lang !== defaultLocale) continue;
    const slug = e.id.split('/')[0] ?? '';
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), e.data as unknown as VersionInfo]);
  }
  const today = buildDate();
  return Object.fromEntries([...bySlug].flatMap(([slug, versions]) => {
    const current = currentVersion(versions, today);
    return current ? [[slug, current.version]] : [];
  }));
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
        // The same redirects for nginx, which answers them with a 301 (docs/deploying-nginx.conf).
        writeFileSync(join(dist, NGINX_REDIRECTS), nginxRedirects(redirects));
        built.push(`/${NGINX_REDIRECTS}`);

        const root = process.cwd();
        // The entries read when the build started, else read again.
        const entries = checkedEntries() ?? checkContent(contentDir, root).entries;
        const protocolFiles = entries.filter((e) => e.collection === 'protocols');
        const publishedVersions: Record<string, string> = {};
        const effective: Record<string, string> = {};
        const effectiveLines: Record<string, number> = {};
        for (const e of protocolFiles) {
          if (e.data['status'] === 'borrador') continue;
          const text = readFileSync(join(root, e.file), 'utf8');
          publishedVersions[e.file] = versionHash(text);
          if (e.data['effective'] instanceof Date) effective[e.file] = e.data['effective'].toISOString().slice(0, 10);
          const line = text.split('\n').findIndex((l) => l.startsWith('effective:'));
          if (line >= 0) effectiveLines[e.file] = line + 1;
        }
        const registry = readRegistry(registryFile);
        const check = checkRegistry({
          registry,
          builtUrls: built,
          redirects,
          publishedVersions,
          existingVersionFiles: new Set(protocolFiles.map((e) => e.file)),
          effective,
          effectiveLines,
          inForce: versionsInForce(protocolFiles),
        });
        if (check.problems.length > 0) {
          const list = check.problems.map((p) => `  - ${p.where}: ${p.message}`).join('\n');
          const error = new Error(`Something published would be lost or changed (${registryFile}):\n${list}`);
          error.name = 'RegistryError';
          throw error;
        }
        if (newsCount(check) === 0) return;
        if (process.env['REGISTRY_UPDATE']) {
          mkdirSync(dirname(registryFile), { recursive: true });
          writeFileSync(registryFile, `${JSON.stringify(updatedRegistry(registry, check), null, 2)}\n`);
          logger.info(`${registryFile}: recorded ${describeNews(check)}; commit it`);
        } else {
          logger.warn(`${describeNews(check)} are not in ${registryFile} yet: run "npm run registry" and commit the file`);
        }
      },
    },
  };
}
