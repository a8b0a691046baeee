/**
 * The files of /admin/: the page, Decap's configuration, the site's backend and Decap CMS's own
 * prebuilt bundle, copied from node_modules as published (never bundled again, never from a CDN).
 * The build writes them last (src/integrations/editor.ts), so no other step of the build (search
 * index, service worker, tel: links, precompression) ever sees them.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { collections as specs, type CollectionName } from '../../schemas/collections';
import { editorConfig, type ContentListing } from './config';
import { editorCsp, EDITOR_PROXY_URL } from './policy.mjs';
import { gitHostFromEnv } from './git-host';
import { defaultLocale, locales } from '../../i18n/locales';

const here = dirname(fileURLToPath(import.meta.url));

/** Decap CMS's prebuilt files: its bundle, the chunks it loads on demand and their WebAssembly. */
export function decapDist(): { dir: string; files: string[] } {
  const dir = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
  return { dir, files: readdirSync(dir).filter((f) => /(^|\.)decap-cms\.js$|\.wasm$/.test(f)) };
}

/** The kits and YAML list files of a content folder, which the configuration names one by one. */
export function listContent(contentDir: string): ContentListing {
  const dirs = (path: string) => (existsSync(path) ? readdirSync(path, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : []);
  const yamls = (path: string) => (existsSync(path) ? readdirSync(path).filter((f) => f.endsWith('.yaml')).sort() : []);
  const listFiles: ContentListing['listFiles'] = {};
  for (const [name, spec] of Object.entries(specs) as [CollectionName, (typeof specs)[CollectionName]][]) {
    if (spec.layout === 'lists') listFiles[name] = yamls(join(contentDir, spec.path));
  }
  return { kits: dirs(join(contentDir, 'toolkits')).filter((kit) => existsSync(join(contentDir, 'toolkits', kit, 'lessons'))), listFiles };
}

export const editorPage = () => `<!doctype html>
<html lang="${locales[defaultLocale].htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="${editorCsp(gitHostFromEnv(process.env)?.origins)}">
<title>Editor de contenido · Alianza CPC</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<noscript>El editor de contenido necesita JavaScript. El sitio público funciona sin él.</noscript>
<script src="manual-init.js"></script>
<script src="decap-cms.js"></script>
<script type="module" src="preview.js"></script>
<script type="module" src="backend.js"></script>
</body>
</html>
`;

const configFor = (contentDir: string) =>
  editorConfig({ contentDir: 'content', listing: listContent(contentDir), proxyUrl: EDITOR_PROXY_URL, gitHost: gitHostFromEnv(process.env) });

export const editorConfigYaml = (contentDir: string) =>
  `# Made by the build from src/schemas (src/lib/editor/); never edit it by hand.\n${stringify(configFor(contentDir))}`;

/** The preview script, told which collections hold pages (those with a Markdown text). */
function previewScript(contentDir: string): string {
  const pages = configFor(contentDir)
    .collections.filter((c) => Array.isArray(c.fields) && (c.fields as { widget: string }[]).some((f) => f.widget === 'markdown'))
    .map((c) => c.name);
  return `const PAGE_COLLECTIONS = ${JSON.stringify(pages)};\n${readFileSync(join(here, 'admin/preview.js'), 'utf8')}`;
}

/** The site's stylesheet, as the build inlined it into a page: the preview's. */
export function siteStylesheet(outDir: string): string {
  const home = readFileSync(join(outDir, 'index.html'), 'utf8');
  return [...home.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}

/** The editor's own files (not Decap's), by name. */
export function ownFiles(contentDir: string): Record<string, string> {
  return {
    'index.html': editorPage(),
    'config.yml': editorConfigYaml(contentDir),
    'backend.js': readFileSync(join(here, 'admin/backend.js'), 'utf8'),
    'manual-init.js': readFileSync(join(here, 'admin/manual-init.js'), 'utf8'),
    'next-version.js': readFileSync(join(here, 'admin/next-version.js'), 'utf8'),
    // The rules of a protocol's next version, shared with `npm run new:version`.
    'new-version.js': readFileSync(join(here, '../protocols/new-version.mjs'), 'utf8'),
    'preview.js': previewScript(contentDir),
  };
}

/** Writes /admin/ into a built site. */
export function writeEditor(outDir: string, contentDir: string): number {
  const target = join(outDir, 'admin');
  mkdirSync(target, { recursive: true });
  const own = ownFiles(contentDir);
  for (const [name, text] of Object.entries(own)) writeFileSync(join(target, name), text);
  writeFileSync(join(target, 'site.css'), siteStylesheet(outDir));
  const decap = decapDist();
  for (const file of decap.files) copyFileSync(join(decap.dir, file), join(target, file));
  return decap.files.length + Object.keys(own).length + 1;
}
