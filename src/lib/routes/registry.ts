/**
 * The registry of everything the site has published (registry/published.json): every URL; the
 * title and text of every protocol version that is no longer a draft, and the day it took effect;
 * and the version in force of each protocol. Citations point at these, so a build may add to them
 * but never silently lose or change one, nor put an older version back in force.
 */
import { createHash } from 'node:crypto';
import { compareVersions } from '../protocols/versions';
import { escapeXml } from '../text/xml';
import { defaultLocale, htmlLang } from '../../i18n/locales';

export interface Registry {
  /** Every URL path ever published: "/protocolos/ruta/v1.0/", "/protocolos/ruta/v1.0.pdf". */
  urls: string[];
  /** Published protocol versions: source file → sha256 of its title and text (and so its sections). */
  versions: Record<string, string>;
  /** Published protocol versions: source file → the day it takes effect (YYYY-MM-DD). */
  effective?: Record<string, string> | undefined;
  /** Each protocol's version in force when the registry was last updated: slug → "2.0". */
  inForce?: Record<string, string> | undefined;
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
  /** Effective dates of published versions the registry does not hold yet. */
  newEffective: Record<string, string>;
  /** Protocols whose version in force is newer than the registry's (or not in it yet): slug → version. */
  newInForce: Record<string, string>;
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
  /** Published versions now: file → the day it takes effect (YYYY-MM-DD). */
  effective?: Record<string, string>;
  /** The line of each file's `effective:` field, for the message. */
  effectiveLines?: Record<string, number>;
  /** Each protocol's version in force in this build: slug → version. */
  inForce?: Record<string, string>;
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
  const effectiveNow = input.effective ?? {};
  for (const [file, day] of Object.entries(input.registry.effective ?? {})) {
    const now = effectiveNow[file];
    if (now !== undefined && now !== day) {
      const line = input.effectiveLines?.[file];
      problems.push({
        where: line === undefined ? file : `${file}, line ${line}`,
        message: `is a published version whose effective date changed from ${day} to ${now}: restore "effective: ${day}"; a later version can take effect on another day (npm run new:version -- <slug>)`,
      });
    }
  }
  const inForceNow = input.inForce ?? {};
  for (const [slug, version] of Object.entries(input.registry.inForce ?? {})) {
    const now = inForceNow[slug];
    if (now !== undefined && compareVersions(now, version) < 0) {
      problems.push({
        where: `protocol ${slug}`,
        message: `would put version ${now} in force, older than version ${version}, which already is: a version in force is only ever replaced by a later one; restore the status and dates of version ${version}`,
      });
    }
  }
  const registered = new Set(input.registry.urls);
  const newUrls = [...built].filter((u) => !registered.has(u)).sort();
  const newVersions = Object.fromEntries(
    Object.entries(input.publishedVersions).filter(([file]) => !(file in input.registry.versions)),
  );
  const newEffective = Object.fromEntries(Object.entries(effectiveNow).filter(([file]) => !(file in (input.registry.effective ?? {}))));
  const newInForce = Object.fromEntries(
    Object.entries(inForceNow).filter(([slug, version]) => {
      const before = input.registry.inForce?.[slug];
      return before === undefined || compareVersions(version, before) > 0;
    }),
  );
  return { problems, newUrls, newVersions, newEffective, newInForce };
}

/** The registry with what is new added; nothing is ever removed. Sorted, for stable diffs. */
export function updatedRegistry(registry: Registry, check: RegistryCheck): Registry {
  const sorted = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return {
    urls: [...new Set([...registry.urls, ...check.newUrls])].sort(),
    versions: sorted({ ...registry.versions, ...check.newVersions }),
    effective: sorted({ ...registry.effective, ...check.newEffective }),
    inForce: sorted({ ...registry.inForce, ...check.newInForce }),
  };
}

/** What a registry update would add: nothing when 0. */
export const newsCount = (check: RegistryCheck): number =>
  check.newUrls.length + Object.keys(check.newVersions).length + Object.keys(check.newEffective).length + Object.keys(check.newInForce).length;

/**
 * The redirects as the entries of an nginx `map` ("/alianza/" "/la-alianza/";), for hosts that
 * answer them with a 301 rather than with the static page. Addresses are quoted; a quote or a
 * backslash in one (which no path of the site has) is escaped.
 */
export function nginxRedirects(redirects: Map<string, string>): string {
  const quote = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;
  const lines = [...redirects].map(([from, to]) => `${quote(from)} ${quote(to)};`);
  return `# Written by the build from public/_redirects: one moved address per line, for nginx.\n${lines.join('\n')}\n`;
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
