/**
 * The Markdown and MDX files of a content folder, for tests that run something over all of them
 * (the site's content/, or the benchmark's synthetic content written into a temporary folder).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
