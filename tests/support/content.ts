/**
 * Content folders for tests: the Markdown and MDX files of one, for tests that run something over
 * all of them (the site's content/, or the benchmark's synthetic content written into a temporary
 * folder), and a temporary copy of content/ with the benchmark's synthetic entries.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { writeSyntheticContent } from '../../bench/content.mjs';

export interface MarkdownFile {
  /** Its path inside the folder. */
  file: string;
  format: 'mdx' | 'md';
  /** The text after the frontmatter. */
  body: string;
}

/** Every .md and .mdx file under a folder (READMEs left out), with its body. */
export function markdownFiles(dir: string): MarkdownFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file) && !file.endsWith('README.md'))
    .map((file) => ({
      file,
      format: file.endsWith('.mdx') ? 'mdx' : 'md',
      body: readFileSync(join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
    }));
}

/** Every file under a folder, as sorted paths inside it with "/" between folders. */
export const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();

/**
 * A temporary copy of content/ with `n` of the benchmark's synthetic entries, as
 * `npm run bench` builds it (bench/content.mjs). The caller removes `dir`.
 */
export function benchContent(n: number, prefix = 'bench-content-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(import.meta.dirname, '..', '..', 'content'), dir, { recursive: true });
  return { dir, stats: writeSyntheticContent(dir, n) };
}
