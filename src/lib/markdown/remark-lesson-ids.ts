/**
 * Remark plugin: the headings of a lesson's text (content/toolkits/<kit>/lessons/<lesson>/…) get
 * ids that start with the lesson's slug ("viajar-seguro-antes-de-empezar"). The printable kit shows
 * every lesson on one page, and two lessons with an "Antes de empezar" would otherwise share an id.
 * Other texts keep Astro's ids.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { slugify } from '../text/slug';

interface VFileLike {
  path?: string;
  history?: string[];
}

const LESSON_FILE = /[\\/]toolkits[\\/][^\\/]+[\\/]lessons[\\/]([^\\/]+)[\\/][^\\/]+\.mdx?$/;

export function remarkLessonIds() {
  return (tree: Root, file: VFileLike) => {
    const lesson = LESSON_FILE.exec(file.path ?? file.history?.at(-1) ?? '')?.[1];
    if (!lesson) return;
    const seen = new Map<string, number>();
    visit(tree, 'heading', (heading) => {
      const base = `${lesson}-${(slugify(toString(heading)) || 'nombre-del-tema')}`;
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      // `hProperties` is read by mdast-util-to-hast; mdast's own types do not declare it.
      const data = (heading.data ?? {}) as { hProperties?: Record<string, unknown> };
      heading.data = { ...data, hProperties: { ...data.hProperties, id: count ? `${base}-${count}` : base } } as typeof heading.data;
    });
  };
}
