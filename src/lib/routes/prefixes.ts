/**
 * Paths per language from a table of URL prefixes, with no language list of its own: the server's
 * helpers (./urls.ts) give it the site's languages, and scripts that run in the browser (the service
 * worker, the saved-pages list) are given the same table by the page or the build, so they never
 * bundle the languages' strings.
 */
export interface LocalePaths {
  /** The language whose pages live at the root. */
  defaultLocale: string;
  /** Each language's prefix: "" for the default, "/qu" for Quechua. */
  prefixes: Readonly<Record<string, string>>;
}

/** The path of a route in a language: "/socios/" → "/qu/socios/". */
export function joinPath(paths: LocalePaths, route: string, locale: string): string {
  const clean = route.startsWith('/') ? route : `/${route}`;
  return `${paths.prefixes[locale] ?? ''}${clean}`;
}

/** Splits a URL path into its language and route: "/qu/socios/" → { locale: "qu", route: "/socios/" }. */
export function splitPath(paths: LocalePaths, pathname: string): { locale: string; route: string } {
  for (const [locale, prefix] of Object.entries(paths.prefixes)) {
    if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`))) {
      return { locale, route: pathname.slice(prefix.length) || '/' };
    }
  }
  return { locale: paths.defaultLocale, route: pathname };
}
