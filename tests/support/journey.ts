/**
 * Helpers of the journey tests (tests/e2e/journey-*.test.ts, call-and-cite.test.ts): whether an
 * element is on the first screen, and screenshots saved as a journey's record in reports/journeys/
 * (git-ignored), named by journey, language, screen, JavaScript and step.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const JOURNEYS_DIR = join(import.meta.dirname, '..', '..', 'reports', 'journeys');

/** Whether an element is visible and whole on the first screen, without scrolling. */
export async function onFirstScreen(page: Page, selector: string): Promise<boolean> {
  const element = page.locator(selector).first();
  const box = await element.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  return box !== null && box.y >= 0 && box.y + box.height <= height && (await element.isVisible());
}

/** Saves what the reader sees (the first screen) as reports/journeys/<name>.png. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  mkdirSync(JOURNEYS_DIR, { recursive: true });
  await page.screenshot({ path: join(JOURNEYS_DIR, `${name}.png`) });
}
