/** Protocols in a browser: citing a section leads to it; version and changes pages pass axe. */
import { describe, expect, test } from 'vitest';
import { expectAccessible, siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();

describe('protocols', () => {
  test('a section citation carries the section address, and following it lands on the section', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/protocolos/ruta-de-derivacion/v2.0/'));
    const citation = (await page.locator('#cita-s-2 [data-cite-text="apa"]').textContent()) ?? '';
    const url = /https?:\/\/\S+#s-2\b/.exec(citation)?.[0];
    expect(url, `no section address in: ${citation}`).toBeTruthy();
    const local = new URL(url ?? '');
    await page.goto(siteUrl(`${local.pathname}${local.hash}`));
    const target = page.locator(':target');
    await expect(target.getAttribute('id')).resolves.toBe('s-2');
    expect(await target.evaluate((el) => el.tagName)).toBe('H2');
    expect((await target.textContent())?.startsWith('2 ')).toBe(true);
  });

  test('the section links and the table of contents lead to their sections', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/protocolos/primer-contacto/'));
    await page.locator('[data-toc] a[href="#s-1"]').click();
    expect(new URL(page.url()).hash).toBe('#s-1');
    await expect(page.locator('#s-1').isVisible()).resolves.toBe(true);
  });

  test('with JavaScript, each citation gets a copy button that copies it', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(siteUrl('/protocolos/ruta-de-derivacion/v2.0/'));
    const button = page.locator('[data-cite] > p > [data-cite-text="apa"] + button');
    await expect(button.textContent()).resolves.toBe('Copiar');
    await button.click();
    await expect.poll(() => button.textContent(), { timeout: 5000 }).toBe('Copiado');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('/protocolos/ruta-de-derivacion/v2.0/');
  });

  for (const path of [
    '/protocolos/',
    '/protocolos/ruta-de-derivacion/v2.0/',
    '/protocolos/ruta-de-derivacion/v1.0/',
    '/protocolos/ruta-de-derivacion/v2.0/cambios/',
    '/qu/protocolos/ruta-de-derivacion/v2.0/',
    '/qu/protocolos/primer-contacto/v2.0/cambios/',
  ]) {
    test(`${path}: no axe violations`, async () => {
      await expectAccessible(browser, path);
    });
  }
});
