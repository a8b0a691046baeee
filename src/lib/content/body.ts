/**
 * The text of content files read as untrusted: anything that would run code or load something in
 * readers' browsers is refused, naming the line. src/lib/markdown/rehype-guard.ts is the second
 * layer, inside Astro.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { fromHtml } from 'hast-util-from-html';
import { dangerousUrl, elementHazards, elementName, htmlHazards, urlRisk } from '../markdown/rehype-guard';
import { fieldPath } from './problems';

/**
 * JSX elements (components) an MDX body may use. None yet: content is text written in Markdown,
 * and the layouts add everything else. A component added here must be safe with any attributes an
 * editor gives it; its attributes are still checked (no event handlers, expressions or unsafe
 * addresses).
 */
export const ALLOWED_COMPONENTS: ReadonlySet<string> = new Set<string>([]);

/** A problem found in the text of a file; `line` and `column` count in the whole file. */
export interface BodyProblem {
  line?: number | undefined;
  column?: number | undefined;
  message: string;
}

interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown; position?: MdNode['position'] }[];
  children?: MdNode[];
  data?: { estree?: { body?: unknown[] } | null };
  position?: { start: { line: number; column: number; offset?: number } } | undefined;
}

const TEXT_ONLY = 'content files hold text written in Markdown, and the layout adds everything else';

/** A picture on another site: loading it would tell that site who reads the page (and the CSP blocks it). */
const isExternal = (url: string): boolean => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url.trim()) && !/^data:/i.test(url.trim());
const externalImage = (url: string) =>
  `has a picture from another site (${clip(url)}), which would tell that site who reads the page: save the picture in the site's public/images/ folder and write ![description](/images/name.webp)`;
export const clip = (s: string, max = 40) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * Checks the text of an MDX or Markdown file (after its frontmatter) for anything that would run
 * code or load something in readers' browsers: import/export lines and `{…}` expressions (MDX),
 * HTML elements and components other than ALLOWED_COMPONENTS (MDX), unsafe HTML (Markdown: script,
 * iframe, event handlers…), and links, images and link definitions to "javascript:", "vbscript:"
 * or "data:" addresses. `lineOffset` is the number of lines before the body, so that lines count
 * in the whole file.
 */
export function bodyProblems(body: string, format: 'mdx' | 'md', lineOffset = 0): BodyProblem[] {
  return mayHaveProblems(body) ? parsedBodyProblems(body, format, lineOffset) : [];
}

/**
 * Whether a body holds anything bodyProblems could refuse, without parsing it: "<" (HTML, a
 * component), "{" (an expression), "&" (a character reference could spell an address), "![" (a
 * picture, which may come from another site), an import
 * or export line, or "script:" or "data:" once spaces, control characters and backslashes are
 * taken out (a link to a javascript:, vbscript:, livescript: or data: address, however split or
 * escaped). A body without any of them is plain Markdown, which every MDX parser reads: most
 * content is, and the check then costs a scan instead of a parse.
 */
export function mayHaveProblems(body: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[<{&]|!\[|^[ \t]*(?:import|export)\b/m.test(body) || /(?:script|data):/i.test(body.replace(/[\u0000-\u0020\\]/g, ''));
}

/**
 * Where in the body an MDX parser's error is: the line and column it gives, or else the place its
 * reason ends with ("Expected a closing tag for `<div>` (4:1-4:6)"), then taken out of the reason.
 */
export function errorPlace(reason: string, line?: number, column?: number): { reason: string; line?: number | undefined; column?: number | undefined } {
  const place = line === undefined ? / \((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(reason) : null;
  if (!place) return { reason, line, column };
  return { reason: reason.slice(0, place.index), line: Number(place[1]), column: Number(place[2]) };
}

/** bodyProblems, by parsing the body: for any body, and for the test that compares with mayHaveProblems. */
export function parsedBodyProblems(body: string, format: 'mdx' | 'md', lineOffset = 0): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const at = (pos: MdNode['position'], message: string) =>
    problems.push({ line: pos ? pos.start.line + lineOffset : undefined, column: pos?.start.column, message });

  let tree: MdNode;
  try {
    tree = (
      format === 'mdx' ? fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) : fromMarkdown(body)
    ) as MdNode;
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number; column?: number };
    const { reason, line, column } = errorPlace((e.reason ?? e.message ?? String(error)).replace(/\.$/, ''), e.line, e.column);
    problems.push({
      line: line === undefined ? undefined : line + lineOffset,
      column,
      message: `cannot be read as MDX: ${reason}. In MDX, "<" starts an HTML element and "{" starts code: write \\< or \\{ to show the character itself`,
    });
    return problems;
  }

  const visit = (node: MdNode) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const word = /^\s*import\b/.test(node.value ?? '') ? 'import' : 'export';
        at(node.position, `has an "${word}" line, which would bring code into the page: remove it; ${TEXT_ONLY}`);
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        // `{/* a comment */}` runs nothing: MDX's way of writing a comment may stay.
        const program = node.data?.estree;
        if (program && Array.isArray(program.body) && program.body.length === 0) break;
        at(
          node.position,
          `has the expression {${clip((node.value ?? '').trim())}}, which would run code: remove the braces and write the text itself (to show a brace, write \\{)`,
        );
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        jsxProblems(node, at);
        break;
      case 'html': {
        // HTML is refused in Markdown (.md) as in MDX, whatever it holds: a browser can read it
        // otherwise than a parser does (`<noscript>` with scripting on). What is known to be
        // dangerous is named; anything else is refused all the same.
        const hazards = htmlHazards(fromHtml(node.value ?? '', { fragment: true }));
        for (const h of hazards) at(node.position, `has ${h.what}: remove it; ${TEXT_ONLY}`);
        // A closing tag alone opens nothing: its opening tag is reported.
        if (hazards.length === 0 && !/^<\/[a-z][\w-]*\s*>$/i.test((node.value ?? '').trim())) {
          at(node.position, `has HTML (${clip((node.value ?? '').trim())}), which content files cannot use: remove it and write the text in Markdown (## for headings, [text](https://…) for links); ${TEXT_ONLY}`);
        }
        break;
      }
      case 'imageReference': {
        const url = definitions.get(String((node as { identifier?: string }).identifier ?? '').toLowerCase());
        if (url !== undefined && isExternal(url)) at(node.position, externalImage(url));
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = dangerousUrl(node.url ?? '');
        if (!scheme) break;
        const what = node.type === 'link' ? 'a link' : node.type === 'image' ? 'an image' : 'a link definition';
        const fix =
          node.type === 'image'
            ? 'use a picture file of the site, e.g. ![description](/images/name.webp)'
            : 'link to a web page (https://…), a phone number (tel:…) or an email address (mailto:…) instead';
        at(node.position, `has ${what} to a "${scheme}" address (${clip(node.url ?? '')}), ${urlRisk(scheme)}: ${fix}`);
        break;
      }
    }
    if (node.type === 'image' && isExternal(node.url ?? '')) at(node.position, externalImage(node.url ?? ''));
    node.children?.forEach(visit);
  };
  // Link definitions, for the pictures that use one (![description][name]).
  const definitions = new Map<string, string>();
  const collect = (node: MdNode) => {
    if (node.type === 'definition') definitions.set(String((node as { identifier?: string }).identifier ?? '').toLowerCase(), node.url ?? '');
    node.children?.forEach(collect);
  };
  collect(tree);
  visit(tree);
  return problems;
}

/** An MDX JSX element: refused unless allowed, and then only with safe, literal attributes. */
function jsxProblems(node: MdNode, at: (pos: MdNode['position'], message: string) => void): void {
  const name = node.name ?? '';
  const attributes = node.attributes ?? [];
  const literal = attributes
    .filter((a) => a.type === 'mdxJsxAttribute' && a.name)
    .map((a): [string, unknown] => [a.name ?? '', a.value]);
  const hazards = name ? elementHazards(name, literal) : [];
  const shown = name ? elementName(name) : 'a fragment <>…</>';
  if (hazards.length > 0) {
    for (const what of hazards) at(node.position, `has ${what}: remove it; ${TEXT_ONLY}`);
    return;
  }
  if (!ALLOWED_COMPONENTS.has(name)) {
    at(
      node.position,
      `has ${shown}, which content files cannot use: remove it and write the text in Markdown (## for headings, [text](https://…) for links, ![description](/images/name.webp) for pictures)`,
    );
    return;
  }
  // An allowed component: its literal attributes were checked above; code in one is refused.
  for (const a of attributes) {
    if (a.type === 'mdxJsxExpressionAttribute' || (a.value && typeof a.value === 'object')) {
      at(a.position ?? node.position, `has code in an attribute of ${shown}, which would run when the page is built: give the attribute a plain value in quotes`);
    }
  }
}

/**
 * Strings in frontmatter or YAML data that are unsafe addresses. Schemas check that a `url` is an
 * address; this makes sure none, whatever its field, is a "javascript:", "vbscript:" or "data:"
 * address that a page would turn into a link. A "data:" value must also have no space in it, so
 * that ordinary text ("data: …") is not mistaken for one.
 */
export function unsafeAddresses(value: unknown, path: PropertyKey[] = []): { field: string; scheme: string; value: string }[] {
  if (typeof value === 'string') {
    const scheme = dangerousUrl(value);
    if (!scheme || (scheme === 'data:' && /\s/.test(value.trim()))) return [];
    return [{ field: fieldPath(path), scheme, value }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => unsafeAddresses(v, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => unsafeAddresses(v, [...path, k]));
  }
  return [];
}

