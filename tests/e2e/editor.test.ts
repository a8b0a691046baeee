/**
 * The editor at /admin/ in real Chromium with Decap's real local backend (decap-server) writing
 * into a temporary copy of content/ (never into the repository's): a news item made in Spanish
 * and Quechua is written as the site's files, which pass the content check; a required field left
 * empty is refused, naming the field; a published protocol version is read-only and its "Nueva
 * versión" button writes what `npm run new:version` writes; a lesson's duration is changed; one
 * build of the edited copy then has all of it; with the editorial workflow (decap-server's git
 * mode), a draft is a branch cms/news/<slug> of the site's files, read back; the editor asks
 * nothing of any other host.
 * The tests run in order and build on each other's files, in the one copy (decap-server's port is
 * the editor's, so this is the one file that starts it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { formatProblems } from '../../src/lib/content/problems';
import { baseUrl, siteUrl, useBrowser } from '../setup/browser.ts';
import { siteEnv } from '../../bench/lib/site.mjs';
import { withRootBuild } from '../support/root-build.ts';

const browser = useBrowser();
const PROXY = 'http://localhost:8081';
const repo = join(import.meta.dirname, '..', '..');
const root = mkdtempSync(join(tmpdir(), 'alianza-editor-'));
const content = join(root, 'content');
/** Every file under a folder of the copy, with its text. */
const textsOf = (dir: string): Record<string, string> =>
  Object.fromEntries(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[]).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );
const noProblems = () => expect(formatProblems(checkContent(content).problems)).toBe(formatProblems([]));
// Screenshots for docs/editing.md: written to reports/editing/ (not committed); the ones in
// docs/editing/ are copies of them.
const shots = join(import.meta.dirname, '..', '..', 'reports', 'editing');
let server: ChildProcess;

/** Starts decap-server on the editor's port: `fs` writes files, `git` commits (and keeps unpublished entries as branches). */
async function startServer(mode: 'fs' | 'git', dir: string): Promise<void> {
  const entry = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  server = spawn(process.execPath, [entry], {
    env: { ...process.env, MODE: mode, GIT_REPO_DIRECTORY: dir, PORT: '8081', BIND_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`decap-server did not start on 8081 in 30 s:\n${log}`)), 30_000);
    const read = (chunk: Buffer) => {
      log += String(chunk);
      if (/listening on (port |127\.0\.0\.1:)8081/.test(log)) clearTimeout(timer), resolve();
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
    server.on('exit', (code) => reject(new Error(`decap-server stopped (${code}):\n${log}`)));
  });
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  cpSync(join(repo, 'content'), content, { recursive: true });
  await startServer('fs', root);
}, 40_000);

afterAll(() => {
  server?.kill();
  rmSync(root, { recursive: true, force: true });
});

/** Opens the editor, logs in to the local backend, and records every request to another host. */
async function openEditor(hash: string, prepare?: (page: Page) => Promise<void>): Promise<{ page: Page; foreign: string[]; refused: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 720 } });
  await prepare?.(page);
  const foreign: string[] = [];
  // What the editor's policy refused: it must allow everything Decap needs, and nothing more.
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) refused.push(m.text());
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseUrl()) && !url.startsWith(PROXY) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  // Decap's 5 MB bundle: on a loaded machine it takes a while to start.
  await page.goto(siteUrl('/admin/'), { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.getByRole('button', { name: 'Iniciar sesión' }).click({ timeout: 120_000 });
  await page.getByText('Noticias').first().waitFor({ timeout: 15_000 });
  await page.goto(siteUrl(`/admin/${hash}`));
  await page.locator('input[id^="title-field-"]').first().waitFor({ timeout: 15_000 });
  return { page, foreign, refused };
}

/** Fills a news item in Spanish (titled `title`) and Quechua. */
async function fillNews(page: Page, title: string) {
  const [esTitle, quTitle] = [0, 1].map((i) => page.locator('input[id^="title-field-"]').nth(i));
  const [esDesc, quDesc] = [0, 1].map((i) => page.locator('textarea[id^="description-field-"]').nth(i));
  await esTitle!.fill(title);
  await esDesc!.fill('Un taller de ejemplo para probar el editor de contenido.');
  await page.locator('input[id^="updated-field-"]').first().fill('2026-12-01');
  await page.locator('input[id^="reviewed-field-"]').first().fill('2026-12-01');
  await page.locator('input[id^="date-field-"]').first().fill('2026-11-30');
  await page.locator('label[for^="sample-field-"]').first().click();
  await quTitle!.fill('Alianza CPCpa qhipa kaq watantin rimanakuynin Limapi');
  await quDesc!.fill('2024 watapi, octubre killapi, Perú, Estados Unidos ima Limapi Alianza CPCpa qhipa kaq watantin rimanakuyninta ruwarqanku.');
  const bodies = page.locator('[contenteditable="true"]');
  await bodies.nth(0).click();
  await page.keyboard.type('El texto de la noticia, en castellano.');
  await bodies.nth(1).click();
  await page.keyboard.type('Alianza CPCpa willakuynin.');
}

const publish = async (page: Page) => {
  await page.getByRole('button', { name: 'Publicar', exact: true }).click();
  await page.getByText('Publicar ahora').click();
};

describe('the editor at /admin/', () => {
  test('a required field left empty is refused, naming the field', async () => {
    const { page, foreign, refused } = await openEditor('#/collections/news/new');
    await publish(page);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toMatch(/Título es obligatorio/i);
    await page.screenshot({ path: join(shots, 'campo-obligatorio.png') });
    expect(foreign).toEqual([]);
    expect(refused).toEqual([]);
  }, 240_000);

  test('a news item made in Spanish and Quechua is written as the site reads it and passes the content check', async () => {
    const { page, foreign, refused } = await openEditor('#/collections/news/new');
    await fillNews(page, 'Taller de prevención en Cusco');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, 'nueva-noticia.png') });
    await publish(page);
    const es = join(root, 'content/news/taller-de-prevencion-en-cusco/es.mdx');
    const qu = join(root, 'content/news/taller-de-prevencion-en-cusco/qu.mdx');
    await expect.poll(() => existsSync(es) && existsSync(qu), { timeout: 15_000 }).toBe(true);
    expect(readFileSync(es, 'utf8')).not.toMatch(/^translation:/m);
    expect(readFileSync(qu, 'utf8')).toMatch(/^translation: draft$/m);
    expect(readFileSync(qu, 'utf8')).toMatch(/^translatedFrom: "?2026-12-01"?$/m);

    const { problems, entries } = checkContent(join(root, 'content'));
    expect(formatProblems(problems)).toBe(formatProblems([]));
    const made = entries.filter((e) => e.collection === 'news' && e.id === 'taller-de-prevencion-en-cusco');
    expect(made.map((e) => [e.lang, e.data.title])).toEqual([
      ['es', 'Taller de prevención en Cusco'],
      ['qu', 'Alianza CPCpa qhipa kaq watantin rimanakuynin Limapi'],
    ]);
    expect(foreign).toEqual([]);
    expect(refused).toEqual([]);
  }, 240_000);

  test("a page's preview is laid out as the site's page, with the site's stylesheet", async () => {
    const { page, foreign, refused } = await openEditor('#/collections/news/entries/dialogo-final-2024');
    await page.getByTitle('Toggle preview').click();
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('h1').first().textContent(), { timeout: 15_000 }).toBe('Diálogo anual final de la Alianza CPC en Lima');
    expect(await preview.locator('link[href$="site.css"]').count()).toBe(1);
    expect(await preview.locator('.app-prose').count()).toBe(1);
    expect(foreign).toEqual([]);
    expect(refused).toEqual([]);
  }, 240_000);

  test('a published protocol version is read-only: saving it is refused with how to make a new version', async () => {
    const file = join(root, 'content/protocols/coordinacion-local/1.1/es.mdx');
    const before = readFileSync(file, 'utf8');
    const { page } = await openEditor('#/collections/protocols-vigente/entries/coordinacion-local/1.1');
    expect(await page.getByText('Eliminar entrada').count()).toBe(0);
    await page.locator('input[id^="title-field-"]').first().press('End');
    await page.keyboard.type(' (cambio)');
    // This version has no Quechua text: only the Spanish side is shown (and checked).
    await page.getByTitle('Toggle i18n').click();
    await publish(page);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('no se cambia nunca');
    expect(readFileSync(file, 'utf8')).toBe(before);
  }, 240_000);

  test('"Nueva versión" on a published version writes the next version as a draft, the very file npm run new:version writes; the published versions do not change', async () => {
    const protocol = join(content, 'protocols/coordinacion-local');
    const published = textsOf(protocol);
    // What `npm run new:version` writes, on a second copy of the same content.
    const other = mkdtempSync(join(tmpdir(), 'alianza-new-version-'));
    cpSync(content, other, { recursive: true });
    const script = spawnSync(process.execPath, [join(repo, 'scripts/new-version.mjs'), 'coordinacion-local'], { env: { ...process.env, CONTENT_DIR: other }, encoding: 'utf8' });
    expect(script.status, script.stderr).toBe(0);
    const expected = readFileSync(join(other, 'protocols/coordinacion-local/1.2/es.mdx'), 'utf8');
    rmSync(other, { recursive: true, force: true });

    const { page, foreign, refused } = await openEditor('#/collections/protocols-vigente/entries/coordinacion-local/1.1');
    const button = page.getByRole('button', { name: 'Crear la versión siguiente (borrador)' });
    await button.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'nueva-version.png') });
    await button.click();
    const made = join(protocol, '1.2/es.mdx');
    await expect.poll(() => existsSync(made), { timeout: 15_000 }).toBe(true);
    // The editor then opens the new draft, to be edited in "Protocolos: borradores".
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('#/collections/protocols/entries/coordinacion-local/1.2');
    await expect.poll(() => page.locator('input[id^="title-field-"]').first().inputValue(), { timeout: 15_000 }).not.toBe('');
    expect(textsOf(protocol)).toEqual({ ...published, [made]: expected });
    expect(expected).toMatch(/^status: borrador$/m);
    noProblems();
    expect(foreign).toEqual([]);
    expect(refused).toEqual([]);
  }, 240_000);

  test("a lesson's duration changed in the editor is written to the lesson's file; one the steps do not add up to is refused by the content check, naming file, field and fix", async () => {
    const lesson = join(content, 'toolkits/primaria/lessons/personas-de-confianza');
    const file = join(lesson, 'es.mdx');
    expect(readFileSync(file, 'utf8')).toMatch(/^duration: 45$/m);
    const { page, foreign, refused } = await openEditor('#/collections/lessons-primaria/entries/personas-de-confianza');
    // This lesson has no Quechua text: only the Spanish side is shown.
    await page.getByTitle('Toggle i18n').click();
    await page.locator('input[id^="duration-field-"]').first().fill('50');
    await publish(page);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 }).toMatch(/^duration: 50$/m);
    // The editor cannot know the steps' sum; the content check (and so the build) refuses it.
    expect(formatProblems(checkContent(content).problems)).toContain(
      'toolkits/primaria/lessons/personas-de-confianza/es.mdx\n  - duration: is 50 minutes but the steps add up to 45: make the duration the sum of the steps\' minutes',
    );
    // Five more minutes for the second step ("Seguro o incómodo", 15 minutes).
    await page.locator('[id^="steps-field-"] [data-testid="expand-button"]').first().click();
    const second = page.locator('input[id^="minutes-field-"]').nth(1);
    await expect.poll(() => second.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await second.inputValue()).toBe('15');
    await second.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'duracion-de-sesion.png') });
    await second.fill('20');
    await publish(page);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 }).toMatch(/^ {4}minutes: 20$/m);
    // A source's date is text: written quoted, as it was, or the build would read a date.
    expect(readFileSync(file, 'utf8')).toMatch(/^ {4}date: "2021-01-17"$/m);
    // Decap would write a Quechua file holding only the shared fields: none is written.
    expect(readdirSync(lesson)).toEqual(['es.mdx']);
    const { problems, entries } = checkContent(content);
    expect(formatProblems(problems)).toBe(formatProblems([]));
    const made = entries.filter((e) => e.collection === 'lessons' && e.data.title === 'Mis personas de confianza');
    expect(made.map((e) => [e.lang, e.data.duration, (e.data.steps as { minutes: number }[]).map((s) => s.minutes)])).toEqual([['es', 50, [5, 20, 15, 5, 5]]]);
    expect(foreign).toEqual([]);
    expect(refused).toEqual([]);
  }, 240_000);

  test("one build of the edited copy has the news item in both languages, the lesson's new duration and the new draft version, and the published versions pass the URL registry", () => {
    // The build `npm run bench` makes of a copy: its own cache, and the registry of published
    // URLs and versions pointed at the copy, so a changed published version would stop it.
    const out = join(root, 'dist');
    const result = withRootBuild(() => spawnSync(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
      cwd: repo,
      env: siteEnv(root, content),
      encoding: 'utf8',
      timeout: 290_000,
    }));
    expect(result.status, `${result.stdout}${result.stderr}`.slice(-3000)).toBe(0);
    const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
    expect(page('noticias/taller-de-prevencion-en-cusco')).toMatch(/<h1[^>]*>Taller de prevención en Cusco<\/h1>/);
    expect(page('qu/noticias/taller-de-prevencion-en-cusco')).toMatch(/<h1[^>]*>Alianza CPCpa qhipa kaq watantin rimanakuynin Limapi<\/h1>/);
    expect(page('kits/primaria/personas-de-confianza')).toContain('data-duration="50"');
    // The draft has its page (not yet the version in force); the published ones are unchanged.
    expect(page('protocolos/coordinacion-local/v1.2')).toContain('Escribe en una línea qué cambia en esta versión.');
  }, 300_000);

  test("the editorial workflow (decap-server's git mode, as on a git host): a saved draft is a branch cms/news/<slug> holding the site's files, read back into the editor", async () => {
    server.kill();
    await new Promise((resolve) => server.once('exit', resolve));
    const git = join(root, 'git');
    cpSync(join(repo, 'content'), join(git, 'content'), { recursive: true });
    const run = (...args: string[]) => {
      const result = spawnSync('git', ['-C', git, ...args], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout;
    };
    run('init', '-q', '-b', 'master'); // the branch decap-server's proxy backend uses
    run('-c', 'user.name=Prueba', '-c', 'user.email=prueba@example.org', 'add', '.');
    run('-c', 'user.name=Prueba', '-c', 'user.email=prueba@example.org', 'commit', '-q', '-m', 'contenido');
    run('config', 'user.name', 'Prueba');
    run('config', 'user.email', 'prueba@example.org');
    await startServer('git', git);
    // The configuration a git host gets (EDITOR_BACKEND=github or forgejo): the editorial workflow.
    const workflow = async (page: Page) => {
      await page.route('**/admin/config.yml', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: `${await response.text()}\npublish_mode: editorial_workflow\n` });
      });
    };
    const { page, foreign, refused } = await openEditor('#/collections/news/new', workflow);
    await fillNews(page, 'Feria escolar en Loreto');
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    const slug = 'feria-escolar-en-loreto';
    await expect.poll(() => run('branch', '--list', `cms/news/${slug}`).trim(), { timeout: 15_000 }).toBe(`cms/news/${slug}`);
    expect(run('ls-tree', '-r', '--name-only', `cms/news/${slug}`, `content/news/${slug}`).trim().split('\n')).toEqual([`content/news/${slug}/es.mdx`, `content/news/${slug}/qu.mdx`]);
    expect(run('show', `cms/news/${slug}:content/news/${slug}/qu.mdx`)).toMatch(/^translation: draft$/m);
    expect(run('ls-tree', '-r', '--name-only', 'master', 'content/news').split('\n').filter((p) => p.includes(slug))).toEqual([]);
    // Opened again, the draft is read from its branch through the site's paths.
    await page.goto(siteUrl(`/admin/#/collections/news/entries/${slug}`));
    await page.reload();
    const titles = page.locator('input[id^="title-field-"]');
    await expect.poll(() => titles.nth(1).inputValue().catch(() => ''), { timeout: 60_000 }).toBe('Alianza CPCpa qhipa kaq watantin rimanakuynin Limapi');
    expect(await titles.nth(0).inputValue()).toBe('Feria escolar en Loreto');
    expect(foreign).toEqual([]);
    expect(refused).toEqual([]);
  }, 240_000);
});
