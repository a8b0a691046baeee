// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import { contentCheck } from './src/integrations/content-check.ts';
import { urlRegistry } from './src/integrations/url-registry.ts';
import { sitemapOptions } from './src/integrations/sitemap-options.ts';
import { siteUrl } from './src/site.ts';
import { remarkSectionNumbers } from './src/lib/remark-section-numbers.ts';

export default defineConfig({
  site: siteUrl,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: unified({ remarkPlugins: [remarkSectionNumbers] }) },
  integrations: [contentCheck(), mdx(), sitemap(sitemapOptions()), urlRegistry()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  prefetch: false,
});
