/**
 * A journey walked on a phone, counting what it costs its user: each tap, and each scroll (one
 * screen's height of swiping, rounded up) needed to bring the next thing to tap or read into
 * view. Screenshots of every step go to reports/journeys/<journey>/<variant>/NN-<step>.png
 * (git-ignored), so a person can look at what the test saw.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

const REPORTS = join(import.meta.dirname, '..', '..', 'reports', 'journeys');

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
    this.dir = join(REPORTS, journey, variant);
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
