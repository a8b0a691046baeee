/**
 * Helpers of the journey tests (tests/e2e/journey-*.test.ts, call-and-cite.test.ts). A journey
 * walked on a phone counts what it costs its user: each tap, and each scroll (one screen's height of
 * swiping, rounded up) needed to bring the next thing to tap or read into view. Screenshots go to
 * reports/journeys/ (git-ignored), so a person can look at what the test saw: a Journey's steps to
 * reports/journeys/<journey>/<variant>/NN-<step>.png, saveScreen's to reports/journeys/<name>.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

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

export class Journey {
  taps = 0;
  scrolls = 0;
  private step = 0;
  private readonly dir: string;

  constructor(
    readonly page: Page,
    journey: string,
    variant: string,
  ) {
    this.dir = join(JOURNEYS_DIR, journey, variant);
    mkdirSync(this.dir, { recursive: true });
  }

  /** Scrolls until `target` is whole on the screen, counting one scroll per screen's height swiped. */
  async reach(target: Locator): Promise<void> {
    await target.waitFor({ state: 'visible', timeout: 15_000 });
    const box = await target.boundingBox();
    const height = this.page.viewportSize()?.height ?? 0;
    if (!box || height === 0) throw new Error('the journey’s target has no box on the screen');
    const below = box.y + box.height - height;
    const above = -box.y;
    const distance = below > 0 ? below : above > 0 ? above : 0;
    if (distance > 0) {
      this.scrolls += Math.ceil(distance / height);
      await target.scrollIntoViewIfNeeded();
    }
  }

  /** Taps `target` (scrolling to it first, counted) and waits for the page it leads to, if any. */
  async tap(target: Locator): Promise<void> {
    await this.reach(target);
    this.taps += 1;
    await target.click();
    await this.page.waitForLoadState('domcontentloaded');
  }

  /** A screenshot of what the screen shows now. */
  async shot(name: string): Promise<void> {
    this.step += 1;
    const file = `${String(this.step).padStart(2, '0')}-${name}.png`;
    await this.page.screenshot({ path: join(this.dir, file) });
  }
}
