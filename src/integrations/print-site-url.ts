/**
 * Printed pages show the full address of a link to the site after its text
 * (src/styles/print-kits.css). CSS cannot know where the site is deployed, so the stylesheet
 * holds the placeholder "SITE_URL", replaced here, as Vite reads the file, with SITE_URL
 * (src/site.ts) as a CSS string. The page's stylesheet stays one inlined <style> (the CSP allows
 * no other).
 */
import type { AstroIntegration } from 'astro';
import { siteUrl } from '../site';

const STYLESHEET = '/src/styles/print-kits.css';
const PLACEHOLDER = '"SITE_URL"';

/** The stylesheet's text with the placeholder replaced by the site's address (no trailing slash). */
export function withSiteUrl(css: string, url = siteUrl): string {
  return css.replaceAll(PLACEHOLDER, JSON.stringify(url.replace(/\/+$/, '')));
}

export function printSiteUrl(): AstroIntegration {
  return {
    name: 'alianza:print-site-url',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'alianza:print-site-url',
                enforce: 'pre',
                transform(code: string, id: string) {
                  return id.split('?')[0]?.endsWith(STYLESHEET) ? withSiteUrl(code) : undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
