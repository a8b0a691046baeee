/**
 * What offline reading keeps on the device, for a reader whose phone someone else may look at:
 * reading pages keeps none of them; a saved page the site has removed is deleted; an address
 * written otherwise ("/%62uscar/") cannot get round a rule; and "Salir rápido", by click, Escape
 * twice or Shift three times, from a page the worker controls or one it does not, hides the page,
 * leaves no cache of the site behind and tells the next site nothing of where the reader was.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { es } from '../../src/i18n/es';
import { CACHE_PREFIX } from '../../src/lib/offline/shell';
import { quickExitUrl } from '../../src/site';
import { cachedPaths, controlledPage, saveWithButton, shellPaths, siteCaches, stored } from '../support/offline';
import { siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();
const PROTOCOL = '/protocolos/ruta-de-derivacion/';
const exitOrigin = new URL(quickExitUrl).origin;

describe('nothing is kept that the reader did not ask for', () => {
  test('reading pages, in both languages, keeps none of them: only the shell is on the device', async () => {
    const { page, errors } = await controlledPage(browser, siteUrl('/'));
    for (const path of ['/socios/oit/', '/regiones/cusco/', '/qu/socios/', '/herramientas/oferta-o-trampa/', PROTOCOL, '/kits/secundaria/']) {
      await page.goto(siteUrl(path));
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), path).toBe(true);
    }
    // Give the worker time to store anything it would store.
    await page.waitForTimeout(1000);
    expect(await cachedPaths(page)).toEqual(shellPaths());
    expect(shellPaths()).toEqual(expect.arrayContaining(['/', '/navegar-con-seguridad/', '/sin-conexion/', '/qu/', '/favicon.svg']));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a saved page that the site now answers 404 or 410 is deleted from the device', async () => {
    const { page } = await controlledPage(browser, siteUrl(PROTOCOL));
    await page.goto(siteUrl(PROTOCOL));
    await saveWithButton(page, es['offline.saveProtocol']);
    await stored(page, PROTOCOL);
    await page.context().route(siteUrl(PROTOCOL), (route) => route.fulfill({ status: 410, contentType: 'text/html', body: '<title>Gone</title>' }));
    await page.goto(siteUrl(PROTOCOL));
    await expect.poll(() => cachedPaths(page), { timeout: 15_000 }).not.toContain(PROTOCOL);
    await page.context().close();
  });

  test('an address written otherwise is read in one spelling: "/%62uscar/" is the search, never stored', async () => {
    const { page } = await controlledPage(browser, siteUrl('/'));
    await page.goto(siteUrl('/%62uscar/?q=trata'));
    const reply = await page.evaluate(
      (urls) =>
        new Promise<{ failed?: string[] }>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = (event: MessageEvent<{ type: string; failed?: string[] }>) => {
            if (event.data.type === 'done') resolve(event.data);
          };
          navigator.serviceWorker.controller?.postMessage({ type: 'save', urls }, [channel.port2]);
        }),
      ['/%62uscar/?q=trata', '/%70agefind/pagefind.js'],
    );
    expect(reply.failed).toEqual(['/%62uscar/?q=trata', '/%70agefind/pagefind.js']);
    expect((await cachedPaths(page)).filter((path) => /buscar|%62|pagefind|%70/.test(path))).toEqual([]);
    await page.context().close();
  });
});

/** How to leave: a click, Escape twice, Shift three times. */
const ways: [string, (page: Page) => Promise<void>][] = [
  ['a click', (page) => page.locator('a[data-quick-exit]').click()],
  ['Escape twice', async (page) => {
    for (let i = 0; i < 2; i++) await page.keyboard.press('Escape');
  }],
  ['Shift three times', async (page) => {
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  }],
];

describe('"Salir rápido" leaves nothing of the site on the device', () => {
  for (const controlled of [true, false]) {
    for (const [how, leave] of ways) {
      test(`by ${how}, from a page the worker ${controlled ? 'controls' : 'does not control (a hard reload)'}`, async () => {
        const { page } = await controlledPage(browser, siteUrl(PROTOCOL));
        await page.goto(siteUrl(PROTOCOL));
        await saveWithButton(page, es['offline.saveProtocol']);
        expect(await siteCaches(page)).toHaveLength(2);
        if (!controlled) {
          // A hard reload (Shift+reload, what the review did): the page comes from the network, and
          // no worker controls it.
          const cdp = await page.context().newCDPSession(page);
          await Promise.all([page.waitForEvent('load'), cdp.send('Page.reload', { ignoreCache: true })]);
          expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
        }
        // The exit site records when it was asked for, and what it was told.
        const arrived: { at: number; request: Request }[] = [];
        await page.context().route(`${exitOrigin}/**`, (route) => {
          arrived.push({ at: Date.now(), request: route.request() });
          return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>x</title>' });
        });
        // The page reports the moment it hides itself through a binding: a call reaches the test
        // even when the page navigates right after it (an evaluate's answer would not).
        let hiddenAt = 0;
        await page.exposeFunction('reportHidden', (at: number) => {
          hiddenAt ||= at;
        });
        await page.evaluate(() => {
          const report = (window as unknown as { reportHidden: (at: number) => void }).reportHidden;
          new MutationObserver(() => document.body.hidden && report(Date.now())).observe(document.body, { attributes: true });
        });
        for (let round = 0; round < 3 && arrived.length === 0; round++) {
          await leave(page);
          await page.waitForURL((url) => url.origin === exitOrigin, { timeout: 5_000 }).catch(() => page.waitForTimeout(1_100));
        }
        expect(new URL(page.url()).origin).toBe(exitOrigin);
        expect(hiddenAt, 'the page was hidden').toBeGreaterThan(0);
        expect(hiddenAt, 'before the next site was asked for').toBeLessThanOrEqual(arrived[0]?.at ?? 0);
        expect(await arrived[0]?.request.headerValue('referer'), 'no referrer reached the exit site').toBeNull();

        // Back on the site, on a file that runs no script (and so registers no worker): no cache of the site is left.
        const check = await page.context().newPage();
        await check.goto(siteUrl('/favicon.svg'));
        await expect.poll(() => check.evaluate(async (prefix) => (await caches.keys()).filter((n) => n.startsWith(prefix)), CACHE_PREFIX), { timeout: 15_000 }).toEqual([]);
        await page.context().close();
      }, 60_000);
    }
  }
});
