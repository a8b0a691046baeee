/**
 * Paths in each language. A "route" is the language-independent path of a page ("/socios/oit/");
 * each language serves it under its prefix ("/qu/socios/oit/").
 */
import { defaultLocale, localeCodes, locales, type Locale } from '../../i18n/locales';
import { joinPath, splitPath, type LocalePaths } from './prefixes';
import * as routes from './routes';

/** The site's languages and their prefixes, as the browser's scripts are given them. */
export const localePaths: LocalePaths = {
  defaultLocale,
  prefixes: Object.fromEntries(localeCodes.map((locale) => [locale, locales[locale].prefix])),
};

/** The path of a route in a language: "/socios/" → "/qu/socios/". */
export const localizePath = (route: string, locale: Locale): string => joinPath(localePaths, route, locale);

/** Splits a URL path into its language and route: "/qu/socios/" → { locale: "qu", route: "/socios/" }. */
export const parsePath = (pathname: string): { locale: Locale; route: string } => splitPath(localePaths, pathname) as { locale: Locale; route: string };

/** The `[...locale]` route parameter for a language: undefined for the default (root) one. */
export function localeParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** The language a `[...locale]` parameter names. */
export function localeFromParam(param: string | undefined): Locale {
  const found = localeCodes.find((l) => localeParam(l) === param);
  if (!found) throw new Error(`Unknown language in the URL: "${param}"`);
  return found;
}

/** An absolute URL on the site. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** A tel: link from a number as written ("0-800-15170" → "tel:080015170"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}

/**
 * The first segment of every address the site makes for itself ("buscar", "socios", "feeds",
 * "sw.js"…) and every language's prefix ("qu"): a content page (content/pages/<slug>/) may not take
 * one, or it would collide with the site's own page.
 */
export function systemSegments(): Set<string> {
  // Content pages themselves (routes.page and the ones the site links to) are not the site's own.
  const contentPages = new Set<unknown>([routes.page, routes.about, routes.safety, routes.privacy]);
  const paths = Object.values(routes)
    .filter((value) => !contentPages.has(value))
    .flatMap((value) => (typeof value === 'string' ? [value] : typeof value === 'function' ? [(value as (...args: string[]) => string)('x', 'x', 'pdf')] : []));
  const prefixes = localeCodes.map((locale) => locales[locale].prefix);
  return new Set([...paths, ...prefixes].map((path) => path.split('/')[1] ?? '').filter(Boolean));
}

/**
 * The name a download is saved under (the `download` attribute), where its address alone would
 * give "v2.0.pdf": the site's name, the path after the section, and the language when it is not
 * the default one. "/protocolos/ruta-de-derivacion/v2.0.pdf" → "alianza-cpc_ruta-de-derivacion_v2.0.pdf",
 * "/qu/protocolos/ruta-de-derivacion/v2.0.pdf" → "alianza-cpc_ruta-de-derivacion_v2.0_qu.pdf".
 * The published address does not change.
 */
export function downloadName(href: string): string {
  const { locale, route } = parsePath(href.split(/[?#]/)[0] ?? href);
  const segments = route.split('/').filter(Boolean);
  const file = segments.pop() ?? '';
  const dot = file.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [file.slice(0, dot), file.slice(dot)] : [file, ''];
  const parts = ['alianza-cpc', ...segments.slice(1), stem, ...(locale === defaultLocale ? [] : [locale])];
  return `${parts.join('_')}${ext}`;
}
