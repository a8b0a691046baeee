/**
 * src/lib/markdown/remark-smart-punctuation.ts gives every text of the content what Astro's own
 * remark-smartypants gives it: the site's content, the benchmark's synthetic protocols and
 * lessons (Spanish and Quechua), and awkward punctuation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import remarkSmartypants from 'remark-smartypants';
import { afterAll, describe, expect, it } from 'vitest';
import { remarkSmartPunctuation } from '../../src/lib/markdown/remark-smart-punctuation';
import { writeSyntheticContent } from '../../bench/content.mjs';
import { markdownFiles } from '../support/content';

/** A body's Markdown tree, as Astro parses it. */
function parse(body: string, mdx: boolean): Root {
  return mdx
    ? fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] })
    : fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The tree after remark-smartypants, and after this plugin. */
function both(source: string, mdx: boolean): { theirs: Root; ours: Root } {
  const theirs = parse(source, mdx);
  const ours = parse(source, mdx);
  (remarkSmartypants as unknown as () => (tree: Root) => void)()(theirs);
  remarkSmartPunctuation()(ours);
  return { theirs, ours };
}

describe('smart punctuation', () => {
  const synthetic = mkdtempSync(join(tmpdir(), 'alianza-smart-'));
  afterAll(() => rmSync(synthetic, { recursive: true, force: true }));

  it('gives each page of the content what remark-smartypants gives', () => {
    const files = markdownFiles('content');
    expect(files.length).toBeGreaterThan(50);
    let changed = 0;
    for (const { file, format, body } of files) {
      const { theirs, ours } = both(body, format === 'mdx');
      expect(ours, file).toEqual(theirs);
      if (JSON.stringify(theirs) !== JSON.stringify(parse(body, format === 'mdx'))) changed += 1;
    }
    // The comparison means something only if the punctuation changed somewhere.
    expect(changed).toBeGreaterThan(10);
  });

  it('gives the benchmark\'s synthetic protocols and lessons, Spanish and Quechua, what remark-smartypants gives', () => {
    writeSyntheticContent(synthetic, 24);
    const files = markdownFiles(synthetic);
    expect(files.filter(({ file }) => file.endsWith('qu.mdx')).length).toBeGreaterThan(5);
    for (const { file, format, body } of files) {
      const { theirs, ours } = both(body, format === 'mdx');
      expect(ours, file).toEqual(theirs);
    }
  });

  it.each([
    ["Llamk'ay, q'aqya, ch'aska: 'sapa' \"huk\"", true],
    ['Espera... y luego. . . sigue--o no -- quizá', true],
    ["``Citado'' y 'otro' con `código 'x'` al medio", true],
    ['"Una cita con [un enlace](https://a.example/) y **negrita**"', true],
    ['| "a" | b--c |\n| --- | --- |\n| \'d\' | e... |', true],
    ['# "Título"\n\nTexto <span>con "comillas" y...</span> fin.', true],
    ['Nada que cambiar: 1.2, a-b, «comillas», ¿sí?', false],
  ])('%s', (source, changes) => {
    const { theirs, ours } = both(source, true);
    expect(ours).toEqual(theirs);
    expect(JSON.stringify(theirs) !== JSON.stringify(parse(source, true))).toBe(changes);
  });
});
