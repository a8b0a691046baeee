// The benchmark's yardstick (bench/bench.mjs --starlight): the protocols, kits and lessons of a
// content folder, written as an Astro Starlight site, so that both sites are built from the same
// text on the same machine, one after the other. Starlight is what the issue compares the build
// with; it is pinned in bench/package.json, the benchmark's own package, and used only here.
//
// Each protocol version, kit and lesson becomes one Starlight page in its language (Spanish at the
// root, Quechua under /qu/, Starlight's two-locale setup), with its title, description and body.
// A lesson's frontmatter (objectives, materials, steps, closing, evaluation, activity sheet) is
// written into its page as Markdown (under Spanish headings in both languages: the benchmark
// measures size, not wording), since Starlight would not show it otherwise and our site
// does. Everything else is Starlight's defaults: its sidebar, its search (Pagefind, built inside
// `astro build`), its fallback pages for untranslated Quechua pages.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { pinned } from './deps.mjs';

const CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.org',
  integrations: [
    starlight({
      title: 'Alianza CPC',
      defaultLocale: 'root',
      locales: { root: { label: 'Español', lang: 'es' }, qu: { label: 'Runasimi', lang: 'qu' } },
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Frontmatter (parsed) and body of an MDX file. */
function split(file) {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`starlight-site: ${file} has no frontmatter block`);
  return { data: parse(match[1]) ?? {}, body: match[2] };
}

const list = (items) => (Array.isArray(items) && items.length > 0 ? items.map((item) => `- ${item}`).join('\n') : '');

/** A lesson's frontmatter, as the Markdown a reader of its page would see. */
function lessonMarkdown(data) {
  const parts = [];
  const section = (title, text) => {
    if (text) parts.push(`## ${title}\n\n${text}`);
  };
  section('Objetivos', list(data.objectives));
  section('Materiales', list(data.materials));
  if (Array.isArray(data.steps) && data.steps.length > 0) {
    parts.push(
      `## Pasos\n\n${data.steps.map((step, i) => `### ${i + 1}. ${step.title} (${step.minutes} min)\n\n${step.text}`).join('\n\n')}`,
    );
  }
  section('Cierre', data.closing);
  section('Evaluación', data.evaluation);
  if (data.sheet) section(data.sheet.title ?? 'Hoja de actividad', [data.sheet.instructions, list(data.sheet.items)].filter(Boolean).join('\n\n'));
  return parts.join('\n\n');
}

const quoted = (text) => JSON.stringify(String(text ?? ''));

/** Folders directly inside `dir`, sorted; none if it does not exist. */
const folders = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];

/** The language files of a folder (es.mdx, qu.mdx), each with its language, parsed. */
const languageFiles = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => /^[a-z]{2,3}\.mdx?$/.test(name))
        .sort()
        .map((name) => ({ lang: name.replace(/\.mdx?$/, ''), ...split(join(dir, name)) }))
    : [];

/**
 * Writes a Starlight project into `dir` (config, package.json, content config, one docs page per
 * protocol version, kit and lesson of `contentDir`, in each of its languages). To be built, `dir`
 * must be inside bench/ (bench/.work/), so that the project finds bench/node_modules as a package
 * in a monorepo does (Astro does not build a project whose node_modules is a link). Returns how
 * many pages of each kind it wrote.
 * @param {string} dir an empty or new folder
 * @param {string} contentDir a content folder (content/, or the benchmark's copy of it)
 */
export function writeStarlightSite(dir, contentDir) {
  const docs = join(dir, 'src', 'content', 'docs');
  const counts = { protocols: 0, kits: 0, lessons: 0, quechua: 0, pages: 0 };
  const page = (lang, path, data, body) => {
    const file = join(docs, lang === 'es' ? '' : lang, `${path}.mdx`);
    mkdirSync(dirname(file), { recursive: true });
    const description = data.description ? `description: ${quoted(data.description)}\n` : '';
    writeFileSync(file, `---\ntitle: ${quoted(data.title)}\n${description}---\n\n${body.trim()}\n`);
    counts.pages += 1;
    if (lang !== 'es') counts.quechua += 1;
  };

  const protocols = join(contentDir, 'protocols');
  for (const slug of folders(protocols)) {
    for (const version of folders(join(protocols, slug))) {
      for (const { lang, data, body } of languageFiles(join(protocols, slug, version))) {
        page(lang, `protocolos/${slug}/${version}`, data, body);
        counts.protocols += 1;
      }
    }
  }

  const toolkits = join(contentDir, 'toolkits');
  for (const kit of folders(toolkits)) {
    for (const { lang, data, body } of languageFiles(join(toolkits, kit))) {
      page(lang, `kits/${kit}`, data, body);
      counts.kits += 1;
    }
    const lessons = join(toolkits, kit, 'lessons');
    for (const lesson of folders(lessons)) {
      for (const { lang, data, body } of languageFiles(join(lessons, lesson))) {
        page(lang, `kits/${kit}/${lesson}`, data, `${body.trim()}\n\n${lessonMarkdown(data)}`);
        counts.lessons += 1;
      }
    }
  }

  // A home page in each language, as a Starlight site has.
  page('es', 'index', { title: 'Alianza CPC', description: 'Protocolos, kits y sesiones.' }, 'Protocolos, kits y sesiones del sitio.');
  page('qu', 'index', { title: 'Alianza CPC', description: 'Protocolokuna, kitkuna, yachachiykuna.' }, 'Protocolokuna, kitkuna, yachachiykuna.');

  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  // Astro bundles the packages a project depends on that hold Astro components (Starlight's): it
  // finds them in this file. The versions are bench/package.json's, which bench/node_modules holds.
  const versions = pinned();
  const dependencies = Object.fromEntries(['astro', '@astrojs/starlight'].map((name) => [name, versions[name]]));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'starlight-yardstick', private: true, type: 'module', dependencies }, null, 2)}\n`);
  return counts;
}
