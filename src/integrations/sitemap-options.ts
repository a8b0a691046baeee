/**
 * Sitemap settings. Alternates are listed only for translations that exist: a Quechua page that
 * shows the Spanish text (a fallback, `data-fallback-notice`) is left out of the sitemap, and no
 * page names it as an alternate. The built HTML is the record of which pages are fallbacks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SitemapOptions } from '@astrojs/sitemap';
import { defaultLocale, locales } from '../i18n/locales';
import * as routes from '../lib/routes/routes';

const FALLBACK_MARK = 'data-fallback-notice';

/** Each page is read once, though it is asked about as an item and as the alternate of others. */
const fallbackCache = new Map<string, boolean>();

function isFallback(distDir: string, url: string): boolean {
  const path = new URL(url).pathname;
  let answer = fallbackCache.get(path);
  if (answer === undefined) {
    try {
      answer = readFileSync(join(distDir, path, 'index.html'), 'utf8').includes(FALLBACK_MARK);
    } catch {
      answer = false;
    }
    fallbackCache.set(path, answer);
  }
  return answer;
}

/** Where this build writes its pages: dist/, unless `astro build --outDir …` (the benchmark) says otherwise. */
let builtDir = 'dist';

/** Tells the sitemap options the build's output folder; list it before the sitemap integration. */
export function sitemapOutDir(): AstroIntegration {
  return {
    name: 'alianza:sitemap-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        builtDir = fileURLToPath(config.outDir);
      },
    },
  };
}

export function sitemapOptions(dir?: string): NonNullable<SitemapOptions> {
  const distDir = () => dir ?? builtDir;
  return {
    i18n: {
      defaultLocale,
      locales: Object.fromEntries(Object.entries(locales).map(([code, l]) => [code, l.htmlLang])),
    },
    filter: (page) => !new URL(page).pathname.endsWith(routes.notFound),
    serialize(item) {
      if (isFallback(distDir(), item.url)) return undefined;
      const links = (item.links ?? []).filter((link) => !isFallback(distDir(), link.url));
      return { ...item, links: links.length > 1 ? links : [] };
    },
  };
}
