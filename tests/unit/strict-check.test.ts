/**
 * `npm run build:strict` (STRICT=1): what it refuses (sample content, draft translations shown
 * without a notice, facts not verified in the last 12 months) and what it only lists (draft
 * translations shown with one), on the fixture tree.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, writeFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import type { CheckedEntry } from '../../src/lib/content/problems';
import { formatStrict, strictProblems } from '../../src/lib/content/strict';
import { contentFor, fixturesDir, STALE_FACT } from '../support/fixtures';
import { withRootBuild } from '../support/root-build.ts';

const entriesOf = (dir: string): CheckedEntry[] => {
  const { entries, problems } = checkContent(dir);
  expect(problems).toEqual([]);
  return entries;
};

const lines = (entries: CheckedEntry[]) =>
  strictProblems(entries).map((p) => `${p.refused ? 'REFUSED' : 'listed '} ${p.file} ${p.field}`);

describe('strictProblems on the valid fixture', () => {
  // Checked before each test, not once at load, so that StrykerJS (npm run mutation) counts the
  // content check as covered by these tests.
  let entries: CheckedEntry[] = [];
  beforeEach(() => {
    entries = entriesOf(contentFor());
  });

  it('refuses every sample entry and lists the draft translation, shown with its notice', () => {
    expect(lines(entries).sort()).toEqual([
      'REFUSED content/data/hotlines.yaml [0].sample',
      'REFUSED content/news/primera-noticia/es.mdx sample',
      'REFUSED content/pages/inicio/es.mdx sample',
      'REFUSED content/partners/oit/es.mdx sample',
      'REFUSED content/partners/oit/qu.mdx sample',
      'REFUSED content/protocols/ruta-de-prueba/1.0/es.mdx sample',
      'REFUSED content/regions/cusco/es.mdx sample',
      'listed  content/partners/oit/qu.mdx translation',
    ]);
  });

  it('says what is wrong and how to fix it', () => {
    const problems = strictProblems(entries);
    expect(problems.find((p) => p.file === 'content/data/hotlines.yaml')?.message).toBe(
      'is true (linea-de-prueba): this is sample content, not real; replace it with real, sourced text and remove "sample: true", or delete the entry',
    );
    expect(problems.find((p) => p.field === 'translation')?.message).toBe(
      'is draft: the Quechua page is published with the notice that its translation awaits review by a speaker; set "translation: reviewed" with reviewedBy and reviewedOn once one has checked it',
    );
  });

  it('prints every refused entry, grouped by file, then the drafts it only lists', () => {
    const text = formatStrict(strictProblems(entries));
    expect(text).toMatch(/^npm run build:strict refuses to publish: 7 problems \(sample content, a draft translation shown without a notice, or a fact not verified in the last 12 months\)\. Fix them, or build with npm run build, which labels them\.\n\n/);
    expect(text).toContain('content/partners/oit/qu.mdx\n  - sample: is true: this is sample content');
    expect(text).toMatch(/\n\nDraft translations shown with a notice \(published, listed here for review\):\n\ncontent\/partners\/oit\/qu\.mdx\n {2}- translation: is draft: /);
  });
});

describe('strictProblems on real-looking content', () => {
  /** The valid fixture with every `sample: true` turned off, plus Quechua drafts in data files. */
  const realTree = () => {
    const dir = contentFor();
    const unsample = (file: string) => writeFileSync(file, readFileSync(file, 'utf8').replaceAll('sample: true', 'sample: false'));
    for (const f of ['news/primera-noticia/es.mdx', 'pages/inicio/es.mdx', 'partners/oit/es.mdx', 'partners/oit/qu.mdx', 'protocols/ruta-de-prueba/1.0/es.mdx', 'regions/cusco/es.mdx']) {
      unsample(join(dir, f));
    }
    // A protocol that is not a sample has its approval record (the values of a test, not real ones).
    const protocol = join(dir, 'protocols/ruta-de-prueba/1.0/es.mdx');
    const approval = 'approval:\n  body: "Órgano de prueba"\n  instrument: "Resolución de prueba N° 1"\n  date: 2024-01-15\n  source: { title: "Registro de prueba", url: "https://example.org/resolucion-de-prueba" }\n';
    writeFileSync(protocol, readFileSync(protocol, 'utf8').replace('sample: false\n', `sample: false\n${approval}`));
    const draft = '  translation: { qu: draft }\n';
    writeFileSync(
      join(dir, 'data/hotlines.yaml'),
      '- id: linea-de-prueba\n  order: 1\n  name: { es: Línea de prueba, qu: Pruebapaq línea }\n  number: linea-de-prueba-numero\n  operator: Prueba\n  purpose: { es: Probar el esquema. }\n  reviewed: 2026-11-01\n' +
        draft +
        '- id: linea-sin-quechua\n  order: 2\n  name: { es: Línea sin quechua }\n  number: linea-de-prueba-numero\n  operator: Prueba\n  purpose: { es: Probar el esquema. }\n  reviewed: 2026-11-01\n' +
        draft,
    );
    writeFileSync(
      join(dir, 'data/glossary.yaml'),
      '- id: trata\n  term: { es: trata de personas, qu: runa qhatuy }\n  definition: { es: Delito. }\n  reviewed: 2026-11-01\n' + draft,
    );
    writeFileSync(
      join(dir, 'data/calendar.yaml'),
      '- id: dia-contra-la-trata\n  day: "07-30"\n  name: { es: Día contra la trata, qu: Runa qhatuy p’unchaw }\n  description: { es: Un día. }\n  reviewed: 2026-11-01\n' + draft,
    );
    mkdirSync(join(dir, 'tools'));
    // The engine's valid tree already has Quechua text marked draft.
    writeFileSync(
      join(dir, 'tools/prueba.yaml'),
      readFileSync(join(fixturesDir, 'trees', 'valid.yaml'), 'utf8')
        .replace('sample: true', 'sample: false')
        .replace(/contacts: \[.*\]/g, 'contacts: ["linea-de-prueba"]'),
    );
    return dir;
  };

  it('refuses drafts shown without a notice (hotlines, calendar), lists those with one (pages, glossary, tools)', () => {
    const entries = entriesOf(realTree());
    expect(lines(entries).sort()).toEqual([
      'REFUSED content/data/calendar.yaml [0].translation.qu',
      'REFUSED content/data/hotlines.yaml [0].translation.qu',
      'listed  content/data/glossary.yaml [0].translation.qu',
      'listed  content/partners/oit/qu.mdx translation',
      'listed  content/tools/prueba.yaml translation.qu',
    ]);
    const hotline = strictProblems(entries).find((p) => p.file === 'content/data/hotlines.yaml');
    expect(hotline?.message).toBe(
      'is draft (linea-de-prueba): its Quechua text is shown in the hotlines strip of every page and on the home page with no notice that it is a draft; have a speaker review it and set "qu: { status: reviewed, reviewedBy, reviewedOn }", or remove its qu: texts (the Spanish text is then shown)',
    );
  });

  it('passes when nothing is sample content and every draft is shown with a notice', () => {
    const dir = realTree();
    for (const f of ['data/hotlines.yaml', 'data/calendar.yaml']) {
      writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8').replaceAll('qu: draft', 'qu: { status: reviewed, reviewedBy: Persona de Prueba, reviewedOn: 2026-12-01 }'));
    }
    const problems = strictProblems(entriesOf(dir));
    expect(problems.some((p) => p.refused)).toBe(false);
    expect(formatStrict(problems)).toMatch(
      /^npm run build:strict: no sample content, every draft translation is shown with a notice, and every fact was verified in the last 12 months\.\n\nDraft translations shown with a notice/,
    );
  });
});

describe('STRICT=1 (npm run build:strict)', () => {
  const strictBuild = (content: string) => {
    const root = join(import.meta.dirname, '..', '..');
    const result = withRootBuild(() => spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', mkdtempSync(join(tmpdir(), 'alianza-strict-dist-'))], {
      cwd: root,
      env: { ...process.env, STRICT: '1', BUILD_DATE: '2026-12-01', ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'alianza-cache-')), CONTENT_DIR: content },
      encoding: 'utf8',
      timeout: 120_000,
    }));
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  it('refuses a fact of the registry not verified in the 12 months before the build, naming the fact, its file and the fix', () => {
    const content = contentFor();
    appendFileSync(join(content, 'facts/lineas.yaml'), STALE_FACT);
    const { status, output } = strictBuild(content);
    expect(status).toBe(1);
    expect(output).toContain('npm run build:strict refuses to publish: 8 problems');
    expect(output).toMatch(
      /content\/facts\/lineas\.yaml\n\s+- \[2\]\.verified: is 2024-01-15 \(dato-vencido\): this fact was last verified more than 12 months before 2026-12-01; check it against its sources again and set "verified:" to the day you did/,
    );
    expect(output).not.toContain('Building static entrypoints');
  });

  it('stops astro build before it writes anything, listing every refused entry, and exits 1', () => {
    const root = join(import.meta.dirname, '..', '..');
    const outDir = mkdtempSync(join(tmpdir(), 'alianza-strict-dist-'));
    const result = withRootBuild(() => spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, STRICT: '1', BUILD_DATE: '2026-12-01', ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'alianza-cache-')), CONTENT_DIR: contentFor() },
      encoding: 'utf8',
      timeout: 120_000,
    }));
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain('npm run build:strict refuses to publish: 7 problems');
    expect(output).toMatch(/content\/data\/hotlines\.yaml\n\s+- \[0\]\.sample: is true \(linea-de-prueba\): this is sample content/);
    expect(output).toContain('Draft translations shown with a notice');
    expect(output).not.toContain('Building static entrypoints');
  });
});
