/**
 * The registry of everything the site has published (registry/published.json): every URL, and
 * the text of every protocol version that is no longer a draft. Citations point at these, so a
 * build may add to them but never silently lose or change one.
 */
import { createHash } from 'node:crypto';
import { escapeXml } from '../text/xml';
import { defaultLocale, htmlLang } from '../../i18n/locales';

export interface Registry {
  /** Every URL path ever published: "/protocolos/ruta/v1.0/", "/protocolos/ruta/v1.0.pdf". */
  urls: string[];
  /** Published protocol versions: source file → sha256 of its text. */
  versions: Record<string, string>;
}

export interface RegistryProblem {
  /** The URL or file concerned. */
  where: string;
  message: string;
}

export interface RegistryCheck {
  problems: RegistryProblem[];
  /** URLs built now that the registry does not list yet. */
  newUrls: string[];
  /** Published versions the registry does not list yet. */
  newVersions: Record<string, string>;
}

export const emptyRegistry = (): Registry => ({ urls: [], versions: {} });

/** A hash of a text. Line endings do not count as a change. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}

/**
 * The hash a published version is frozen with: its title and its text. Other frontmatter (status,
 * reviewed, sources) may still be corrected; what readers cite may not.
 */
export function versionHash(fileText: string): string {
  const text = fileText.replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  const title = /^title:\s*(.*)$/m.exec(match?.[1] ?? '')?.[1]?.trim() ?? '';
  return textHash(`${title}\n${match?.[2] ?? text}`);
}

/** Redirects declared in `_redirects` format: "/from /to [status]" per line, # for comments. */
export function parseRedirects(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [from, to] = line.split(/\s+/);
    if (from && to) map.set(from, to);
  }
  return map;
}

/**
 * Compares what a build produced with the registry.
 * - A registered URL that is neither built nor redirected is a problem.
 * - A registered version whose text changed, or whose file is gone, is a problem.
 * - What is new is reported, for `npm run registry` to record.
 */
export function checkRegistry(input: {
  registry: Registry;
  builtUrls: Iterable<string>;
  redirects: Map<string, string>;
  /** Versions that count as published now (not drafts): file → hash of its current text. */
  publishedVersions: Record<string, string>;
  /** Every version file that exists now, published or not. */
  existingVersionFiles: Set<string>;
}): RegistryCheck {
  const built = new Set(input.builtUrls);
  const problems: RegistryProblem[] = [];
  for (const url of input.registry.urls) {
    if (built.has(url)) continue;
    const target = input.redirects.get(url);
    if (!target) {
      problems.push({
        where: url,
        message: `was published and is no longer built: restore the page, or declare where it moved with a line "${url} /new/address/ 301" in public/_redirects`,
      });
    } else if (!built.has(target) && !input.redirects.has(target)) {
      problems.push({ where: url, message: `redirects to ${target}, which the build does not produce: point the redirect in public/_redirects at a page that exists` });
    }
  }
  for (const [file, hash] of Object.entries(input.registry.versions)) {
    const now = input.publishedVersions[file];
    if (now === undefined) {
      if (!input.existingVersionFiles.has(file)) {
        problems.push({ where: file, message: 'is a published version and has been deleted: restore it; a published version is never removed' });
      } else {
        problems.push({ where: file, message: 'is a published version and has been turned back into a draft: restore its status; publish changes as a new version (npm run new:version)' });
      }
    } else if (now !== hash) {
      problems.push({
        where: file,
        message: 'is a published version and its text has changed: undo the change and publish it as a new version instead (npm run new:version -- <slug>)',
      });
    }
  }
  const registered = new Set(input.registry.urls);
  const newUrls = [...built].filter((u) => !registered.has(u)).sort();
  const newVersions = Object.fromEntries(
    Object.entries(input.publishedVersions).filter(([file]) => !(file in input.registry.versions)),
  );
  return { problems, newUrls, newVersions };
}

/** The registry with what is new added; nothing is ever removed. Sorted, for stable diffs. */
export function updatedRegistry(registry: Registry, check: RegistryCheck): Registry {
  const urls = [...new Set([...registry.urls, ...check.newUrls])].sort();
  const versions = Object.fromEntries(
    Object.entries({ ...registry.versions, ...check.newVersions }).sort(([a], [b]) => a.localeCompare(b)),
  );
  return { urls, versions };
}

/**
 * The policy of a redirect page: it loads nothing and runs nothing (the refresh and the link are
 * plain HTML), so everything is refused; and, like every page, it sends no referrer.
 */
export const REDIRECT_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'";

/** A static page that sends readers (and search engines) on to where a URL moved. */
export function redirectPage(to: string, siteUrl: string): string {
  const href = new URL(to, siteUrl).href;
  const safe = escapeXml(href);
  return `<!DOCTYPE html><html lang="${htmlLang(defaultLocale)}"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="content-security-policy" content="${REDIRECT_CSP}"><title>Esta página cambió de dirección</title><meta http-equiv="refresh" content="0; url=${safe}"><link rel="canonical" href="${safe}"><meta name="robots" content="noindex"></head><body><p>Esta página cambió de dirección: <a href="${safe}">${safe}</a></p></body></html>\n`;
}
