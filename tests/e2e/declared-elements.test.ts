/**
 * Every page, as Chromium builds it with JavaScript on (the way a reader's browser reads it, which
 * a build tool parsing with scripting off may not), holds only elements the site declares: the
 * tags its own components, layouts and drawings write, and those Markdown makes for content. No
 * event handler, inline style, ping, or <meta http-equiv> but the CSP (and the refresh of a
 * redirect page) anywhere. Content that smuggled HTML past the checks would show up here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { MARKDOWN_ELEMENTS } from '../../src/lib/markdown/rehype-guard';
import { parseRedirects } from '../../src/lib/routes/registry';
import { htmlPages } from '../support/dist';
import { sourceFiles } from '../support/imports';
import { siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();
const root = join(import.meta.dirname, '..', '..');

/** Tags the site's own code writes: in .astro templates, and in the strings of its SVG and HTML makers. */
function declaredTags(): Set<string> {
  // The document's own, and the stylesheet the build inlines into every page's <style>.
  const tags = new Set<string>(['html', 'head', 'body', 'title', 'meta', 'link', 'script', 'style', ...MARKDOWN_ELEMENTS]);
  for (const file of sourceFiles(root, 'src').filter((f) => /\.(astro|ts)$/.test(f))) {
    // Comments name tags the site refuses (<noscript>, <iframe>…): they declare nothing.
    const code = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$|<!--[\s\S]*?-->/gm, '');
    for (const match of code.matchAll(/<([a-z][a-z0-9]*)[\s>/]/g)) if (match[1]) tags.add(match[1]);
  }
  return tags;
}

const redirectPages = new Set(parseRedirects(readFileSync(join(root, 'public/_redirects'), 'utf8')).keys());

test('every page holds only declared elements, with no handler, style, ping or stray <meta http-equiv>', async () => {
  const declared = declaredTags();
  // Redirect pages leave at once (a refresh of 0 s); what they hold is tests/unit/registry.test.ts's.
  const pages = htmlPages().filter((path) => (path.endsWith('/') || path === '/404.html') && !redirectPages.has(path));
  expect(pages.length).toBeGreaterThan(200);
  const page = await browser.newPage();
  const found: string[] = [];
  for (const path of pages) {
    await page.goto(siteUrl(path), { waitUntil: 'load' });
    const seen = await page.evaluate(() => {
      const elements = [...document.querySelectorAll('*')];
      return {
        tags: [...new Set(elements.map((e) => e.localName))],
        handlers: elements.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name) || ['style', 'ping', 'formaction', 'srcdoc'].includes(a.name)).map((a) => `<${e.localName} ${a.name}>`)),
        metas: [...document.querySelectorAll('meta[http-equiv]')].map((m) => m.getAttribute('http-equiv')?.toLowerCase() ?? ''),
      };
    });
    for (const tag of seen.tags.filter((t) => !declared.has(t))) found.push(`${path}: <${tag}> is not declared by the site`);
    for (const attribute of seen.handlers) found.push(`${path}: ${attribute}`);
    for (const meta of seen.metas.filter((m) => m !== 'content-security-policy')) found.push(`${path}: <meta http-equiv="${meta}">`);
  }
  await page.context().close();
  expect(found).toEqual([]);
}, 300_000);
