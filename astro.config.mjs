// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import { contentCheck } from './src/integrations/content-check.ts';
import { urlRegistry } from './src/integrations/url-registry.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { pdfWorkers } from './src/integrations/pdf-workers.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { precompressed } from './src/integrations/precompress.ts';
import { telLinks } from './src/integrations/tel-links.ts';
import { editor } from './src/integrations/editor.ts';
import { printSiteUrl } from './src/integrations/print-site-url.ts';
import { sitemapOptions, sitemapOutDir } from './src/integrations/sitemap-options.ts';
import { siteUrl } from './src/site.ts';
import { remarkSectionNumbers } from './src/lib/markdown/remark-section-numbers.ts';
import { remarkLessonIds } from './src/lib/markdown/remark-lesson-ids.ts';
import { remarkSmartPunctuation } from './src/lib/markdown/remark-smart-punctuation.ts';
import { rehypeGuard } from './src/lib/markdown/rehype-guard.ts';
import { rehypeExternalLinks } from './src/lib/markdown/rehype-external-links.ts';

export default defineConfig({
  site: siteUrl,
  output: 'static',
  // Builds of other content (tests: CONTENT_DIR=…) keep their content cache apart, so two builds
  // running at once never share one data store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // No code blocks in the content: no syntax highlighter to load (Shiki's inline styles would
  // also break the CSP).
  markdown: {
    syntaxHighlight: false,
    // Smart punctuation by src/lib/markdown/remark-smart-punctuation.ts (the same text as Astro's, faster),
    // first, where Astro would put its own.
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkSmartPunctuation, remarkSectionNumbers, remarkLessonIds],
      // The guard first: it must see the content as written, before any plugin adds to it.
      rehypePlugins: [rehypeGuard, rehypeExternalLinks],
    }),
  },
  // pdfWorkers() first: it starts bundling its threads while contentCheck() reads the content.
  // At astro:build:done they run in this order: the sitemap, then telLinks() makes the phone
  // numbers of every page tel: links, then serviceWorker() writes dist/sw.js
  // before urlRegistry() lists the built files, then the search index, and precompressed() last,
  // so that every file written before it gets its .br and .gz copies. editor() writes /admin/
  // after all of them, so that none of them includes the editor.
  integrations: [
    pdfWorkers(),
    contentCheck(),
    printSiteUrl(),
    mdx(),
    sitemapOutDir(),
    sitemap(sitemapOptions()),
    telLinks(),
    serviceWorker(),
    urlRegistry(),
    pagefindIndex(),
    precompressed(),
    editor(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Every MDX module starts with Astro's "use astro:head-inject", which Rolldown warns about once
    // per file (hundreds of lines that hide the warnings that matter). Astro places head content
    // itself; every other warning is still shown.
    build: {
      // Astro inlines a page's script when it is under 4,096 bytes (Vite's default, kept for every
      // other script). The search page's (src/components/search/, with its first answer) may take
      // up to 8,192: inline it costs no request before the first search, and the page works offline
      // (docs/phone.md); its brotli budget (scripts/lib/page-weight.mjs) still holds it.
      assetsInlineLimit: (file, content) => (file.endsWith('.js') && content.includes('[data-search-app]') ? content.length < 8192 : undefined),
      rolldownOptions: {
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
  // Content-Security-Policy as a <meta> on every page (see docs/security-headers.md). Astro adds
  // the SHA-256 hashes of the scripts it bundles and inlines; no 'unsafe-inline', no 'unsafe-eval'.
  // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly (it allows no JavaScript eval).
  // "worker-src 'self'": the service worker of offline reading (/sw.js, written by
  // src/integrations/service-worker.ts) needs it; 'self' only, so no worker from blob:, data: or
  // another host. It would also let Pagefind start /pagefind/pagefind-worker.js, but the search
  // still runs with { noWorker: true }.
  // Headers a <meta> cannot carry (frame-ancestors, HSTS…): public/_headers, docs/deploying-nginx.conf.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "media-src 'none'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
        "frame-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
