/**
 * Remark plugin: numbers the headings of protocol texts (content/protocols/…) as src/lib/markdown/sections.ts
 * does, gives each the stable anchor `s-1-2`, and adds a visible link to the section itself, so a
 * reader can copy the address of any section, and a "Citar" link to the section's citations.
 * Other texts are left alone.
 */
import type { Link, Root } from 'mdast';
import { defaultLocale, isLocale, locales } from '../../i18n/locales';
import { anchorOf, numberHeadings } from './sections';

interface VFileLike {
  path?: string;
  history?: string[];
}

export function remarkSectionNumbers() {
  return (tree: Root, file: VFileLike) => {
    const path = file.path ?? file.history?.at(-1) ?? '';
    if (!/[\\/]protocols[\\/]/.test(path)) return;
    const code = /([a-z]{2,3})\.mdx?$/.exec(path)?.[1] ?? '';
    const strings = locales[isLocale(code) ? code : defaultLocale].strings;
    const label = strings['protocol.sectionLink'];
    numberHeadings(tree, (heading, number) => {
      const anchor = anchorOf(number);
      // `hProperties` is read by mdast-util-to-hast; mdast's own types do not declare it.
      const data = (heading.data ?? {}) as { hProperties?: Record<string, unknown> };
      heading.data = { ...data, hProperties: { ...data.hProperties, id: anchor } } as typeof heading.data;
      const link: Link = {
        type: 'link',
        url: `#${anchor}`,
        children: [{ type: 'text', value: '§' }],
        data: { hProperties: { className: ['app-anchor'], 'aria-label': label.replace('{n}', number) } },
      };
      // "Citar": to this section's citations in "Cómo citar" (src/components/protocol/Cite.astro).
      const cite: Link = {
        type: 'link',
        url: `#cita-${anchor}`,
        children: [{ type: 'text', value: strings['protocol.citeLink'] }],
        data: { hProperties: { className: ['app-cite-link'], 'aria-label': strings['protocol.citeSection'].replace('{n}', number) } },
      };
      heading.children = [{ type: 'text', value: `${number} ` }, ...heading.children, { type: 'text', value: ' ' }, link, { type: 'text', value: ' ' }, cite];
    });
  };
}
