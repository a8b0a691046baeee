/**
 * axe (WCAG 2.0 A to 2.2 AA, the tags of runAxe) on EVERY page of the sitemap (dist/sitemap-0.xml),
 * with JavaScript on, as readers get them. One test per page.
 *
 * Speed (two cores, ~150 pages): one browser context with two tabs, reused from page to page,
 * and two pages checked at a time (axe's own work, mostly the colour-contrast rule, is the
 * bulk of the time, and each tab runs it on its own core). axe-core is added to the context
 * as an init script, so it is already in every page when it loads instead of being sent
 * again after each navigation.
 * (tests/e2e/accessibility.test.ts covers pages without JavaScript and the 404 pages.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatViolations, runAxe, siteUrl, useBrowser } from '../setup/browser.ts';

/** Pages checked at the same time (one tab each). */
const TABS = 2;

/** The URL paths of the sitemap's pages ("https://site/qu/socios/" → "/qu/socios/"). */
function sitemapPaths(): string[] {
  const xml = readFileSync(join(inject('distDir'), 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => {
    const url = new URL((m[1] ?? '').replace(/&amp;/g, '&'));
    return `${url.pathname}${url.search}`;
  });
}

const paths = sitemapPaths();
const browser = useBrowser();
let context: BrowserContext | undefined;
const idle: Page[] = [];
const waiting: ((page: Page) => void)[] = [];

async function takeTab(): Promise<Page> {
  const tab = idle.pop();
  return tab ?? new Promise<Page>((resolve) => waiting.push(resolve));
}

function giveBack(tab: Page): void {
  const next = waiting.shift();
  if (next) next(tab);
  else idle.push(tab);
}

beforeAll(async () => {
  const first = await browser.newPage();
  context = first.context();
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await context.addInitScript({ path: axePath });
  idle.push(first);
  for (let i = 1; i < TABS; i++) idle.push(await context.newPage());
});

afterAll(async () => {
  await context?.close();
});

describe('axe on every page of the sitemap', () => {
  test('the sitemap lists the pages of both languages', () => {
    expect(paths.length).toBeGreaterThan(50);
    expect(paths).toContain('/');
    expect(paths).toContain('/qu/');
  });

  describe.concurrent('pages', () => {
    for (const path of paths) {
      test(`${path}: no axe violations`, async ({ expect }) => {
        const tab = await takeTab();
        try {
          const response = await tab.goto(siteUrl(path), { waitUntil: 'load' });
          expect(response?.status(), `${path} answered ${response?.status()}`).toBe(200);
          const violations = await runAxe(tab);
          expect(violations, `${path}: ${formatViolations(violations)}`).toEqual([]);
        } finally {
          giveBack(tab);
        }
      });
    }
  });
});
