/**
 * What content may not smuggle into a page, and a rehype plugin that stops the build when it does.
 *
 * Content is written by several partner organisations. The content check (src/lib/content/check.ts)
 * refuses unsafe MDX and Markdown before Astro reads it, with the file, the line and the fix. This
 * plugin is the second layer, registered in astro.config.mjs: it looks at the HTML tree each MDX or
 * Markdown file turns into and throws, naming the file, if a script, a frame, an embedded object, an
 * inline event handler or a `javascript:` address reached it anyway (a gap in the first layer, a new
 * Markdown feature, HTML pieces that only combine into a tag once parsed together).
 *
 * The definitions below are shared by both layers, so they can never disagree about what is unsafe.
 * Pure TypeScript, no astro:* imports: unit-tested with strings (tests/unit/rehype-guard.test.ts).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Nodes, Root } from 'hast';
import { raw, type Options as RawOptions } from 'hast-util-raw';

/** Elements that content may never contain, with what each would do on the page. */
export const DANGEROUS_ELEMENTS: ReadonlyMap<string, string> = new Map([
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
]);

/**
 * Attributes that hold an address (lower-case, without "-" or ":"; hast writes `formAction`,
 * `xLinkHref`, `srcSet`).
 */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'srcset', 'action', 'formaction', 'xlinkhref', 'data', 'poster', 'background', 'cite',
  'ping', 'codebase', 'archive', 'classid', 'longdesc', 'manifest', 'icon', 'lowsrc', 'dynsrc', 'usemap',
]);

/** `data:` addresses of these types are pictures, and may stay. SVG is not one: it can hold scripts. */
const SAFE_DATA = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp)[;,]/;

/**
 * The scheme of an address that would run code or carry a hidden page: "javascript:", "vbscript:",
 * "data:" (except pictures). `undefined` for safe addresses (https:, tel:, mailto:, relative…).
 * Reads the address as a browser does: tabs and line breaks anywhere, and spaces or control
 * characters around it, are ignored; case does not matter.
 */
export function dangerousUrl(value: string): string | undefined {
  const cleaned = value
    .replace(/[\t\n\r]/g, '')
    // Only the start matters: the scheme, and a picture's type, are read from there.
    // eslint-disable-next-line no-control-regex
    .replace(/^[\u0000-\u0020]+/, '')
    .toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'livescript') return `${scheme}:`;
  if (scheme === 'data' && !SAFE_DATA.test(cleaned)) return 'data:';
  return undefined;
}

/** Why an address with this scheme is refused. */
export function urlRisk(scheme: string): string {
  return scheme === 'data:' ? 'which can carry a hidden page or script' : 'which would run code when followed';
}

/** An event-handler attribute: onclick, onError, onmouseover… */
export const isEventHandler = (name: string): boolean => /^on[a-z]/i.test(name);

const normalize = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
export const isUrlAttribute = (name: string): boolean => URL_ATTRIBUTES.has(normalize(name));

/** "a <script> element", "an <iframe> element". */
export function elementName(name: string): string {
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} <${name}> element`;
}

/** One unsafe thing found in a tree: where, and what it is ("a <script> element, which…"). */
export interface Hazard {
  line?: number | undefined;
  column?: number | undefined;
  what: string;
}

interface AnyNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: AnyNode[];
  value?: unknown;
  position?: { start: { line: number; column: number } } | undefined;
}

/**
 * The strings an attribute value holds (hast lists: `ping`, each `srcset` candidate). An address
 * is read from the start of each string, so "javascript:x() 2x" is seen as its "javascript:".
 */
function attributeStrings(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

/**
 * What is unsafe about one element (an HTML element or an MDX JSX element): its name, its event
 * handlers, its addresses. `attributes` are [name, value] pairs; a value that is not a string
 * (a JSX expression) is not read here.
 */
export function elementHazards(name: string, attributes: [string, unknown][]): string[] {
  const found: string[] = [];
  const lower = name.toLowerCase();
  const risk = DANGEROUS_ELEMENTS.get(lower);
  if (risk) found.push(`${elementName(lower)}, which ${risk}`);
  for (const [attr, value] of attributes) {
    if (isEventHandler(attr)) {
      found.push(`${elementName(name)} with the event handler ${attr.toLowerCase()}, which would run code in readers' browsers`);
    } else if (isUrlAttribute(attr)) {
      const scheme = attributeStrings(value).map(dangerousUrl).find(Boolean);
      if (scheme) found.push(`${elementName(name)} whose ${attr} is a "${scheme}" address, ${urlRisk(scheme)}`);
    }
  }
  return found;
}

/**
 * Every unsafe element, event handler and address in a hast tree, in document order. Reads HTML
 * elements and the JSX elements MDX leaves in its tree. `raw` nodes (HTML written in a Markdown
 * file, before rehype-raw has parsed it) are parsed here the way rehype-raw will parse them, so
 * pieces of HTML that only make a tag together are seen as that tag.
 */
export function htmlHazards(tree: Nodes, file?: object): Hazard[] {
  const root = parsed(tree, file);
  const hazards: Hazard[] = [];
  const visit = (node: AnyNode) => {
    let found: string[] = [];
    if (node.tagName) {
      found = elementHazards(node.tagName, Object.entries(node.properties ?? {}));
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const attrs = (node.attributes ?? [])
        .filter((a) => a.type === 'mdxJsxAttribute' && a.name)
        .map((a): [string, unknown] => [a.name ?? '', a.value]);
      found = elementHazards(node.name, attrs);
    }
    for (const what of found) {
      hazards.push({ line: node.position?.start.line, column: node.position?.start.column, what });
    }
    // A <template>'s content is a separate fragment in hast.
    const content = (node as { content?: AnyNode }).content;
    if (content) visit(content);
    node.children?.forEach(visit);
  };
  visit(root);
  return hazards;
}

/**
 * The elements Markdown (with GFM tables, task lists and footnotes) makes, and the attributes it
 * and the site's remark plugins give them (hast names). Content declares nothing else: an element or
 * attribute outside these lists came from HTML that a browser may read otherwise than the build
 * (`<noscript>` read with scripting on), or would be blocked by the CSP (`style`, a picture from
 * another site); the guard refuses it.
 */
export const MARKDOWN_ELEMENTS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'em', 'strong', 'del', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'hr', 'br', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input', 'sup', 'section',
]);
const MARKDOWN_ATTRIBUTES = new Set([
  'href', 'title', 'alt', 'src', 'id', 'className', 'ariaLabel', 'ariaDescribedBy', 'align', 'start',
  'type', 'checked', 'disabled', 'dataFootnoteRef', 'dataFootnoteBackref', 'dataFootnotes',
]);

/**
 * A picture in the page (`data:image/…`) or at an address on this site (a path, not `//host/…`);
 * anything else loads from elsewhere. Spaces around the address are ignored, as browsers do.
 */
const ownPicture = (src: string) => {
  const address = src.trim();
  return /^data:image\//i.test(address) || !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(address);
};

/**
 * What in a hast tree Markdown could not have made (see MARKDOWN_ELEMENTS), in document order:
 * elements and attributes outside the lists, and pictures from another site. Elements
 * `htmlHazards` already names (a <script>…) are left to it.
 */
export function outsideMarkdown(tree: Nodes, file?: object): Hazard[] {
  const found: Hazard[] = [];
  const visit = (node: AnyNode) => {
    // hast elements have a tagName, MDX's JSX elements a name (null for a fragment <>…</>).
    const name = node.tagName ?? node.name;
    if (name) {
      const at = { line: node.position?.start.line, column: node.position?.start.column };
      const lower = name.toLowerCase();
      if (!MARKDOWN_ELEMENTS.has(lower) && !DANGEROUS_ELEMENTS.has(lower)) {
        found.push({ ...at, what: `${elementName(lower)}, which Markdown does not make and content may not hold` });
      }
      // Only hast elements have properties; a JSX element's attributes are htmlHazards' and the content check's.
      for (const [attr, value] of Object.entries(node.properties ?? {})) {
        if (!MARKDOWN_ATTRIBUTES.has(attr) && !isEventHandler(attr)) {
          found.push({ ...at, what: `${elementName(lower)} with the attribute ${attr}, which Markdown does not make and content may not hold` });
        } else if (attr === 'src' && !ownPicture(String(value))) {
          // Not only <img>: an <input type="image"> (an element and attributes task lists use) loads its picture too.
          const what = lower === 'img' ? 'a picture from another site' : `${elementName(lower)} that loads a file from another site`;
          found.push({ ...at, what: `${what} (${value}), which would tell that site who reads the page` });
        }
      }
    }
    const content = (node as { content?: AnyNode }).content;
    if (content) visit(content);
    node.children?.forEach(visit);
  };
  visit(parsed(tree, file));
  return found;
}

/** The tree with its `raw` nodes (HTML in a Markdown file) parsed as rehype-raw will parse them. */
function parsed(tree: Nodes, file?: object): AnyNode {
  if (!containsRaw(tree as AnyNode)) return tree as AnyNode;
  return raw(structuredClone(tree), {
    // With the file, the elements parsed from raw HTML keep their lines and columns.
    file: file as RawOptions['file'],
    passThrough: ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'],
  }) as AnyNode;
}

function containsRaw(node: AnyNode): boolean {
  return node.type === 'raw' || (node.children ?? []).some(containsRaw);
}

/** Where a hazard is, for a message: "line 12, column 3". */
export const place = (h: { line?: number | undefined; column?: number | undefined }): string =>
  h.line === undefined ? '' : `line ${h.line}${h.column === undefined ? '' : `, column ${h.column}`}`;

/** The part of a vfile the guard reads. */
interface FileLike {
  path?: string | undefined;
  cwd?: string | undefined;
  value?: unknown;
}

/**
 * Astro renders a Markdown (.md) entry of a content collection while it syncs content, and only
 * logs an error thrown there: the build would go on with the entry's text left out. So the guard
 * also records each failure here, and the content-check integration fails the build with them at
 * `astro:build:start` (src/integrations/content-check.ts). Kept on globalThis so that every copy of
 * this module shares it.
 */
const FAILURES = Symbol.for('alianza.rehype-guard.failures');
const failures = ((globalThis as Record<symbol, unknown>)[FAILURES] ??= new Map<string, string>()) as Map<string, string>;

/** The guard's failures since the last call, by file, and forgets them. */
export function takeGuardFailures(): string[] {
  const list = [...failures.values()];
  failures.clear();
  return list;
}

/**
 * Lines before the text Astro gave the plugin: Astro renders a Markdown entry without its
 * frontmatter, so its lines would count from the end of the frontmatter. 0 when unknown.
 */
function linesBefore(file: FileLike): number {
  if (!file.path || typeof file.value !== 'string') return 0;
  try {
    const disk = readFileSync(file.path, 'utf8');
    const at = disk.indexOf(file.value);
    return at > 0 ? disk.slice(0, at).split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

/** The error the guard throws: the file, every hazard in it, and the fix. */
export function guardMessage(file: string, hazards: Hazard[]): string {
  const lines = hazards.map((h) => `  - ${place(h) ? `${place(h)}: ` : ''}${h.what}`);
  return (
    `${file}: unsafe content reached the HTML of the page, so the build stops.\n${lines.join('\n')}\n` +
    'Remove it from the file: content is text written in Markdown, with links to https://, tel: or mailto: addresses. ' +
    '(The content check, src/lib/content/check.ts, should have refused this first: tell the developers.)'
  );
}

/**
 * The rehype plugin: `unified({ rehypePlugins: [rehypeGuard] })`. Throws on the first file whose
 * HTML holds a hazard, listing every hazard of that file.
 */
export function rehypeGuard() {
  return (tree: Root, file: FileLike): undefined => {
    const hazards = [...htmlHazards(tree, file), ...outsideMarkdown(tree, file)];
    hazards.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    if (hazards.length === 0) return undefined;
    const offset = linesBefore(file);
    const placed = hazards.map((h) => (h.line === undefined ? h : { ...h, line: h.line + offset }));
    const path = file.path ? relative(file.cwd ?? process.cwd(), file.path) || file.path : 'an MDX or Markdown file';
    const message = guardMessage(path, placed);
    failures.set(path, message);
    const error = new Error(message);
    error.name = 'UnsafeContentError';
    throw error;
  };
}
