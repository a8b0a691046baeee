/**
 * Addresses in the offline copy: a page opened from file:// has no server to turn "/kits/" into
 * "kits/index.html", so every link names its file, relative to the page that holds it.
 */
import { posix } from 'node:path';

/**
 * The file of the copy that a site path names ("/kits/" → "kits/index.html", "/kits/a.pdf" →
 * "kits/a.pdf", "/kits" → "kits/index.html"), or undefined when the copy has none.
 */
export function fileOfPath(pathname: string, has: (file: string) => boolean): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  if (path === '' || path.endsWith('/')) return has(`${path}index.html`) ? `${path}index.html` : undefined;
  if (has(path)) return path;
  return has(`${path}/index.html`) ? `${path}/index.html` : undefined;
}

/** The address of `to` from the page `from` (both files of the copy): "../kits/index.html". */
export function relativeFile(from: string, to: string): string {
  const path = posix.relative(posix.dirname(from), to) || posix.basename(to);
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * The relative address in the copy for an address of a page, when it is one of the site's:
 * root-relative ("/kits/?x#y"), or absolute on the site's own address when `absoluteToo`.
 * Returns the same value for addresses outside the site (https://…, tel:, #…), and undefined for
 * a site address the copy lacks.
 */
export function copyAddress(value: string, from: string, has: (file: string) => boolean, siteUrl: string, absoluteToo: boolean): string | undefined {
  const site = siteUrl.replace(/\/+$/, '');
  let rest: string;
  if (value.startsWith('/') && !value.startsWith('//')) rest = value;
  else if (absoluteToo && (value === site || value.startsWith(`${site}/`) || value.startsWith(`${site}?`) || value.startsWith(`${site}#`))) rest = value.slice(site.length) || '/';
  else return value;
  const url = new URL(rest.startsWith('/') ? rest : `/${rest}`, 'https://copy.invalid');
  const file = fileOfPath(url.pathname, has);
  return file === undefined ? undefined : `${relativeFile(from, file)}${url.search}${url.hash}`;
}
