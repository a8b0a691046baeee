/**
 * The phone numbers in a tool's flowchart (/herramientas/<slug>/mapa/) are tel: links: on every
 * map page, in Chromium, each number of the facts registry drawn in the SVG is inside a tel: link
 * with that number and a label saying what it is for, separate from the box's own link to its
 * step (a link cannot hold a link); a number marked `callable: false` is never a link; every box
 * still leads to its step, and a tap on a box's words (not its number) opens that step.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { htmlPages } from '../support/dist';
import { siteUrl, useBrowser } from '../setup/browser.ts';

const browser = useBrowser();
const FACTS = join(import.meta.dirname, '..', '..', 'content', 'facts');
const phones = readdirSync(FACTS)
  .filter((n) => n.endsWith('.yaml'))
  .flatMap((n) => parse(readFileSync(join(FACTS, n), 'utf8')) as { kind: string; value: unknown; callable?: boolean }[])
  .filter((f) => f.kind === 'phone' && typeof f.value === 'string')
  .map((f) => ({ number: f.value as string, callable: f.callable !== false }));

describe('phone numbers in the tools\' maps', () => {
  const maps = htmlPages().filter((p) => /\/herramientas\/[^/]+\/mapa\/$/.test(p));

  test('there are map pages, and some show a phone number in their SVG', () => {
    expect(maps.length).toBeGreaterThanOrEqual(2);
  });

  test('every number in a map\'s SVG is a labelled tel: link of its own (never a number not known to work)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const wrong: string[] = [];
    let linked = 0;
    for (const path of maps) {
      await page.goto(siteUrl(path));
      const found = await page.evaluate((numbers) => {
        const out: { number: string; callable: boolean; href: string | null; label: string | null; nested: boolean }[] = [];
        const svg = document.querySelector('[data-flowchart] svg');
        if (!svg) return out;
        const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest('title, desc')) continue;
          for (const { number, callable } of numbers) {
            const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            if (!new RegExp(`(?<![\\d.,/-])${escaped}(?![\\d]|[.,]\\d)`).test(node.textContent ?? '')) continue;
            const link = parent.closest('a');
            out.push({ number, callable, href: link?.getAttribute('href') ?? null, label: link?.getAttribute('aria-label') ?? null, nested: Boolean(link?.parentElement?.closest('a')) });
          }
        }
        return out;
      }, phones);
      for (const f of found) {
        const tel = `tel:${f.number.replace(/[^0-9+]/g, '')}`;
        if (!f.callable) {
          if (f.href?.startsWith('tel:')) wrong.push(`${path}: ${f.number} is marked callable: false but is a tel: link`);
          continue;
        }
        linked += 1;
        if (f.href !== tel) wrong.push(`${path}: ${f.number} is in ${f.href ?? 'no link'}, not ${tel}`);
        else if (!f.label?.includes(f.number) || f.label.trim() === f.number) wrong.push(`${path}: the link of ${f.number} is labelled "${f.label}", not what it is for`);
        if (f.nested) wrong.push(`${path}: the link of ${f.number} is inside another link`);
      }
      // Every box still leads to its step.
      const [boxes, stepLinks] = await page.locator('[data-flowchart] .fc-node').evaluateAll((nodes) => [
        nodes.length,
        nodes.filter((n) => (n.matches('a') ? n : n.querySelector(':scope > a'))?.getAttribute('href')?.includes('/herramientas/')).length,
      ]);
      if (boxes === 0 || stepLinks !== boxes) wrong.push(`${path}: ${stepLinks} step links for ${boxes} boxes`);
    }
    await page.context().close();
    expect(wrong).toEqual([]);
    expect(linked, 'the maps show phone numbers (the "¿Qué hago si sospecho un caso?" endings)').toBeGreaterThan(3);
  }, 120_000);

  test('a tap on the words of a box with a number opens its step; a tap on the number is the tel: link', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const path = maps.find((p) => p === '/herramientas/que-hago-si-sospecho/mapa/') ?? '';
    await page.goto(siteUrl(path));
    const box = page.locator('[data-flowchart] .fc-node:has(a[href^="tel:"])').first();
    const step = (await box.locator('a:not([href^="tel:"])').getAttribute('href')) ?? '';
    const number = box.locator('a[href^="tel:"]').first();
    const hit = await number.evaluate((a) => {
      const r = a.getBoundingClientRect();
      const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return at?.closest('a')?.getAttribute('href') ?? null;
    });
    expect(hit).toBe(await number.getAttribute('href'));
    const words = await box.locator('text').first().evaluate((t) => {
      const r = t.getBoundingClientRect();
      // The left edge of the words' block: words, not the centred number.
      const at = document.elementFromPoint(r.x + 3, r.y + r.height / 2);
      return at?.closest('a')?.getAttribute('href') ?? null;
    });
    expect(words).toBe(step);
    await page.context().close();
  }, 60_000);
});
