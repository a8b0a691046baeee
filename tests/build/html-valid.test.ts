/**
 * Every HTML page of the built site (dist/, Pagefind's files left out) is valid HTML by
 * html-validate, with the repository's .htmlvalidate.json: the `html-validate:recommended`
 * preset less two rules that conflict with deliberate choices of the site (JSON has no
 * comments, so the reasons are here):
 *
 * - long-title: titles name the step, then the tool, then the site ("¿…? · ¿Oferta de trabajo o
 *   trampa? · Alianza CPC") and protocols carry their full official title; being complete
 *   (WCAG 2.4.2) matters more here than the 70 characters a search engine shows.
 * - tel-non-breaking: a tel: link's text is the line's name and its number ("Línea gratuita de
 *   la Defensoría del Pueblo 0-800-15170"), so the link says what it calls (WCAG 2.4.4); the
 *   rule wants that whole text unbreakable, which would overflow a 320 px screen.
 *
 * One test per page; each failure lists rule, line:column and message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distDir, htmlPages } from '../support/dist';

const configFile = join(import.meta.dirname, '..', '..', '.htmlvalidate.json');
// Given as an object (not found by walking up from each file), so a TEST_DIST_DIR outside the
// repository is checked with the same rules.
const validator = new HtmlValidate(JSON.parse(readFileSync(configFile, 'utf8')) as ConfigData);

const dist = distDir();
const pages = htmlPages(dist);

function fileOf(path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

function describeMessages(path: string, messages: readonly Message[]): string {
  const lines = messages.map((m) => `  ${m.ruleId} at ${m.line}:${m.column}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
  return `${path}: ${messages.length} html-validate error(s):\n${lines.join('\n')}`;
}

describe('html-validate', () => {
  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(pages).toContain('/');
    expect(pages).toContain('/qu/');
  });

  for (const path of pages) {
    it(`${path} is valid HTML`, async () => {
      const file = fileOf(path);
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      const messages = report.results.flatMap((r) => r.messages);
      expect(messages.length, describeMessages(path, messages)).toBe(0);
    });
  }
});
