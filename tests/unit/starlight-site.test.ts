/**
 * The benchmark's yardstick (bench/lib/starlight-site.mjs, `npm run bench -- --starlight`): the
 * same protocols, kits and lessons, written as a Starlight project. Building it takes a minute, so
 * `npm run bench -- --pages 2 --starlight` is the check that it builds; this test checks that no
 * entry is left out or loses its text, which would make Starlight look faster than it is. Starlight
 * is the benchmark's own dependency (bench/package.json), not the site's: this test needs neither
 * installed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeStarlightSite } from '../../bench/lib/starlight-site.mjs';
import { benchContent, filesUnder } from '../support/content';

const ROOT = join(import.meta.dirname, '..', '..');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const temporary = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};

/** A package.json of the repository, parsed. */
const manifest = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** Frontmatter and body of a written page. */
const pageOf = (file: string) => {
  const [, head = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
  return { data: parse(head) as Record<string, unknown>, body };
};

describe('Starlight yardstick', () => {
  const { dir: content } = benchContent(20, 'starlight-content-');
  made.push(content);
  const site = temporary('starlight-site-');
  const counts = writeStarlightSite(site, content);
  const sources = filesUnder(content).filter((f) => /^(protocols|toolkits)\/.*\/(es|qu)\.mdx$/.test(f));
  const docs = join(site, 'src/content/docs');
  const pages = filesUnder(docs);

  it('writes one page per protocol version, kit and lesson in each language, and a home page in each', () => {
    expect(counts.pages).toBe(sources.length + 2);
    expect(pages).toHaveLength(counts.pages);
    expect(counts.protocols + counts.kits + counts.lessons).toBe(sources.length);
    expect(counts.quechua).toBe(sources.filter((f) => f.endsWith('qu.mdx')).length + 1);
    expect(pages).toContain('protocolos/ruta-de-derivacion/2.0.mdx');
    expect(pages).toContain('qu/protocolos/ruta-de-derivacion/2.0.mdx');
    expect(pages).toContain('protocolos/protocolo-de-ejemplo-0002/1.0.mdx');
    expect(pages).toContain('qu/protocolos/protocolo-de-ejemplo-0002/1.0.mdx');
    expect(pages).toContain('kits/kit-de-ejemplo-01.mdx');
    expect(pages).toContain('kits/kit-de-ejemplo-01/sesion-de-ejemplo-0001.mdx');
    expect(pages).toContain('index.mdx');
    expect(pages).toContain('qu/index.mdx');
  });

  it('keeps each page’s title, description and whole body', () => {
    const source = readFileSync(join(content, 'protocols/protocolo-de-ejemplo-0001/1.0/es.mdx'), 'utf8');
    const [, head = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
    const page = pageOf(join(docs, 'protocolos/protocolo-de-ejemplo-0001/1.0.mdx'));
    expect(page.data).toEqual({ title: parse(head).title, description: parse(head).description });
    expect(page.body.trim()).toBe(body.trim());
  });

  it('writes a lesson’s objectives, materials, steps, closing and activity sheet into its page', () => {
    const source = readFileSync(join(content, 'toolkits/kit-de-ejemplo-01/lessons/sesion-de-ejemplo-0001/es.mdx'), 'utf8');
    const lesson = parse(/^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '');
    const { body } = pageOf(join(docs, 'kits/kit-de-ejemplo-01/sesion-de-ejemplo-0001.mdx'));
    for (const heading of ['## Objetivos', '## Materiales', '## Pasos', '## Cierre', '## Evaluación']) expect(body).toContain(heading);
    for (const objective of lesson.objectives) expect(body).toContain(`- ${objective}`);
    for (const [i, step] of lesson.steps.entries()) {
      expect(body).toContain(`### ${i + 1}. ${step.title} (${step.minutes} min)`);
      expect(body).toContain(step.text);
    }
    expect(body).toContain(lesson.closing);
    expect(body).toContain(`## ${lesson.sheet.title}`);
    for (const item of lesson.sheet.items) expect(body).toContain(`- ${item}`);
  });

  it('is a Starlight project in Spanish and Quechua that depends on the Astro and Starlight bench/package.json pins', () => {
    const config = readFileSync(join(site, 'astro.config.mjs'), 'utf8');
    expect(config).toContain("from '@astrojs/starlight'");
    expect(config).toMatch(/root: \{ label: 'Español', lang: 'es' \}/);
    expect(config).toMatch(/qu: \{ label: 'Runasimi', lang: 'qu' \}/);
    expect(readFileSync(join(site, 'src/content.config.ts'), 'utf8')).toContain('docsLoader()');
    const bench = manifest('bench/package.json').dependencies;
    expect(JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')).dependencies).toEqual({
      astro: bench.astro,
      '@astrojs/starlight': bench['@astrojs/starlight'],
    });
  });

  it('builds with the Astro the site builds with, and the site does not depend on Starlight', () => {
    const bench = manifest('bench/package.json');
    const root = manifest('package.json');
    expect(bench.dependencies.astro).toBe(root.devDependencies.astro);
    // The same Vite: Starlight and the site are built by the same tool chain.
    expect(bench.overrides?.vite).toBe(root.overrides?.vite);
    for (const version of Object.values(bench.dependencies)) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(root.devDependencies).not.toHaveProperty('@astrojs/starlight');
    expect(root.dependencies ?? {}).not.toHaveProperty('@astrojs/starlight');
  });
});
