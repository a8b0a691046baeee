/**
 * The benchmark's synthetic content (bench/content.mjs): added to a copy of content/, it
 * passes the content check the build runs first; the same N gives the same files; every entry is
 * marked as a sample; half of the entries have a draft Quechua text.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { formatProblems } from '../../src/lib/content/problems';
import { outline } from '../../src/lib/markdown/sections';
import { benchContent, filesUnder } from '../support/content';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of content/ with `n` synthetic entries, removed after the tests. */
function contentWith(n: number) {
  const content = benchContent(n);
  made.push(content.dir);
  return content;
}
const generated = (dir: string) => filesUnder(dir).filter((f) => /protocolo-de-ejemplo|kit-de-ejemplo/.test(f));

describe('bench content', () => {
  it('passes the content check, half protocols and half lessons, half of them with Quechua', () => {
    const { dir, stats } = contentWith(30);
    const { problems } = checkContent(dir);
    expect(formatProblems(problems)).toBe(formatProblems([]));
    expect(stats).toMatchObject({ protocols: 15, lessons: 15, kits: 2, quechua: 14 });
    const files = generated(dir);
    expect(files.filter((f) => f.endsWith('es.mdx'))).toHaveLength(30 + 2);
    expect(files.filter((f) => f.endsWith('qu.mdx'))).toHaveLength(14);
    for (const file of files) expect(readFileSync(join(dir, file), 'utf8'), file).toMatch(/^sample: true$/m);
    for (const words of stats.protocolWords) expect(words).toBeGreaterThanOrEqual(800);
    for (const words of stats.lessonWords) expect(words).toBeGreaterThanOrEqual(400);
  });

  it('links each lesson to a section its protocol has in every language (the build checks this)', () => {
    const { dir } = contentWith(40);
    const numbers = (file: string) => outline(readFileSync(join(dir, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '')).sections.map((s) => s.number);
    const lessons = generated(dir).filter((f) => /lessons\/.*\/es\.mdx$/.test(f));
    expect(lessons).toHaveLength(20);
    for (const lesson of lessons) {
      const [, protocol, section] = /protocol: (\S+)\n\s+section: "([\d.]+)"/.exec(readFileSync(join(dir, lesson), 'utf8')) ?? [];
      for (const lang of ['es', 'qu']) {
        const file = join('protocols', protocol ?? '', '1.0', `${lang}.mdx`);
        if (lang === 'qu' && !generated(dir).includes(file)) continue;
        expect(numbers(file), `${lesson} → ${file}`).toContain(section);
      }
    }
  });

  it('writes the same files for the same N', () => {
    const a = contentWith(12).dir;
    const b = contentWith(12).dir;
    const files = generated(a);
    expect(generated(b)).toEqual(files);
    for (const file of files) expect(readFileSync(join(b, file), 'utf8'), file).toBe(readFileSync(join(a, file), 'utf8'));
  });
});
