/**
 * The editor at /admin/ in real Chromium with Decap's real local backend (decap-server) writing
 * into a temporary copy of content/ (never into the repository's): a news item made in Spanish
 * and Quechua is written as the site's files, which pass the content check; a required field left
 * empty is refused, naming the field; the editor asks nothing of any other host.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { formatProblems } from '../../src/lib/content/problems';
import { baseUrl, siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();
const PROXY = 'http://localhost:8081';
const root = mkdtempSync(join(tmpdir(), 'alianza-editor-'));
// Screenshots for docs/editing.md: written to reports/editing/ (not committed); the ones in
// docs/editing/ are copies of them.
const shots = join(import.meta.dirname, '..', '..', 'reports', 'editing');
let server: ChildProcess;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  cpSync(join(import.meta.dirname, '..', '..', 'content'), join(root, 'content'), { recursive: true });
  const entry = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  server = spawn(process.execPath, [entry], {
    env: { ...process.env, MODE: 'fs', GIT_REPO_DIRECTORY: root, PORT: '8081', BIND_HOST: '127.0.0.1' },
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
}, 40_000);

afterAll(() => {
  server?.kill();
  rmSync(root, { recursive: true, force: true });
});

/** Opens the editor, logs in to the local backend, and records every request to another host. */
async function openEditor(hash: string): Promise<{ page: Page; foreign: string[]; refused: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 720 } });
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
    const [esTitle, quTitle] = [0, 1].map((i) => page.locator('input[id^="title-field-"]').nth(i));
    const [esDesc, quDesc] = [0, 1].map((i) => page.locator('textarea[id^="description-field-"]').nth(i));
    await esTitle!.fill('Taller de prevención en Cusco');
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
    await esTitle!.scrollIntoViewIfNeeded();
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
});
