/**
 * Every element the rehype guard (src/lib/markdown/rehype-guard.ts) refuses, each named here with
 * what it would do on the page, so that taking one off the guard's list fails a test: a static
 * mutation run showed that <frame>, <frameset>, <applet> and <portal> could leave the list unseen
 * (docs/mutation.md). Each is given as an element of the page's tree and as MDX's JSX element.
 */
import { describe, expect, it } from 'vitest';
import { htmlHazards } from '../../src/lib/markdown/rehype-guard';

const REFUSED: [string, string][] = [
  ['script', "would run code in readers' browsers"],
  ['iframe', 'would load another site inside the page'],
  ['frame', 'would load another site inside the page'],
  ['frameset', 'would load other sites inside the page'],
  ['object', 'would load a program or another site inside the page'],
  ['embed', 'would load a program or another site inside the page'],
  ['applet', 'would load a program inside the page'],
  ['portal', 'would load another site inside the page'],
  ['form', 'would send what readers type to another place'],
  ['style', 'would change how the whole page looks'],
  ['link', 'would load files from another place into the page'],
  ['meta', 'would change how the browser treats the page'],
  ['base', 'would change where every link of the page goes'],
];

const article = (tag: string) => (/^[aeiou]/.test(tag) ? 'an' : 'a');

describe('the elements the guard refuses', () => {
  it.each(REFUSED)('<%s>: refused in the page\'s tree, saying it %s', (tag, does) => {
    const tree = { type: 'root', children: [{ type: 'element', tagName: tag, properties: {}, children: [] }] };
    expect(htmlHazards(tree as never).map((h) => h.what)).toEqual([`${article(tag)} <${tag}> element, which ${does}`]);
  });

  it.each(REFUSED)('<%s>: refused as MDX\'s JSX element too', (tag, does) => {
    const tree = { type: 'root', children: [{ type: 'mdxJsxFlowElement', name: tag, attributes: [], children: [] }] };
    expect(htmlHazards(tree as never).map((h) => h.what)).toEqual([`${article(tag)} <${tag}> element, which ${does}`]);
  });
});
