// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import { contentCheck } from './src/integrations/content-check.ts';
import { sitemapOptions } from './src/integrations/sitemap-options.ts';
import { siteUrl } from './src/site.ts';

export default defineConfig({
  site: siteUrl,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: unified() },
  integrations: [contentCheck(), mdx(), sitemap(sitemapOptions())],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  prefetch: false,
});
