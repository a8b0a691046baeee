/**
 * One built page made into a page of the offline copy, on its parsed tree (hast):
 * - every address of the site becomes the relative address of a file of the copy
 *   ("/kits/" → "../kits/index.html"), so links, anchors, downloads, the language switch and the
 *   forms work from file://; the canonical and hreflang links keep naming the site online;
 * - what needs a server goes: the service worker's registration, "Guardar para leer sin
 *   conexión" and the list of saved pages (the offline page says instead that the whole copy is
 *   on the device), search prefetching, hints for Pagefind's files, and stepping a tool in place
 *   (it fetches the next step, which a page opened from file:// may not: answers stay plain links);
 * - a line says when the copy was made and where the site is kept up to date;
 * - the search page reads the copy's own index (search-engine.ts) instead of Pagefind.
 * What cannot be made right (an address the copy lacks) is returned as a problem, never dropped.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { copyAddress, relativeFile } from './paths';
import { moduleSource } from './search-engine';

export interface PageContext {
  /** The page's file in the copy: "kits/primaria/index.html". */
  file: string;
  /** Whether the copy holds a file. */
  has(file: string): boolean;
  /** The site's public address (SITE_URL). */
  siteUrl: string;
  /** The offline line for a page's `lang`, "{url}" where the link to the site goes. */
  line(lang: string): string;
  /** What the offline-reading page says in the copy instead of managing saved pages, in a page's `lang`. */
  offlinePage(lang: string): string;
  /** The search scripts (files of the copy, engine first) of a search page in `lang`. */
  searchScripts(lang: string): string[];
  /** The service worker's address, whose registration is taken out. */
  worker: string;
}

type Node = Root | RootContent | ElementContent;
const isElement = (node: Node): node is Element => node.type === 'element';
const list = (value: Properties[string]): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []);
const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

/** Properties (hast names) that hold one address, by element. */
const ADDRESSES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  form: ['action'],
  button: ['formAction'],
  input: ['formAction'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
};
/** Data attributes that name the site's addresses for scripts that cannot work from file://. */
const DROPPED_PROPERTIES = ['dataSearchPrefetch', 'dataFirstOnly', 'dataStepLink', 'dataFirst', 'dataFirstFiles', 'dataOtherFirst', 'dataOtherFirstFiles'];
const HINTS = new Set(['preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch']);

function scriptText(script: Element): string {
  return script.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/** Rewrites the page in place; returns its problems ("<file>: …"), none when all went well. */
export function rewritePage(tree: Root, context: PageContext): string[] {
  const problems: string[] = [];
  const html = find(tree, (e) => e.tagName === 'html');
  const lang = String(html?.properties['lang'] ?? '');
  let canonical = context.siteUrl;
  let searchApp: Element | undefined;

  const address = (e: Element, property: string, value: string, absoluteToo: boolean) => {
    const rewritten = copyAddress(value, context.file, context.has, context.siteUrl, absoluteToo);
    if (rewritten === undefined) problems.push(`${context.file}: <${e.tagName} ${property}="${value}"> names an address of the site that the copy does not hold`);
    return rewritten ?? value;
  };

  const visit = (parent: Root | Element) => {
    parent.children = parent.children.filter((child) => {
      if (!isElement(child)) return true;
      const e = child;
      if (e.tagName === 'script' && /serviceWorker\.register\(/.test(scriptText(e))) return false;
      if (e.properties['dataSaveOffline'] !== undefined) return false;
      if (e.properties['dataOfflinePage'] !== undefined) {
        Object.assign(e, element('p', { className: ['mt-2'], dataOfflineCopyPage: '' }, [{ type: 'text', value: context.offlinePage(lang) }]));
        return true;
      }
      const rel = list(e.properties['rel']);
      if (e.tagName === 'link' && rel.some((r) => HINTS.has(r))) return false;
      if (e.tagName === 'link' && rel.includes('canonical')) canonical = String(e.properties['href']);
      // The canonical and hreflang links say where each page lives online: they stay absolute.
      const online = e.tagName === 'link' && (rel.includes('canonical') || (rel.includes('alternate') && e.properties['hrefLang'] !== undefined));
      // A link marked data-online names what the copy leaves out on purpose (the packages, on
      // "Descargar el sitio completo"): it leads to the site online.
      const toSite = e.properties['dataOnline'] !== undefined && typeof e.properties['href'] === 'string' && e.properties['href'].startsWith('/');
      if (toSite) e.properties['href'] = `${context.siteUrl.replace(/\/+$/, '')}${String(e.properties['href'])}`;
      for (const property of online || toSite ? [] : (ADDRESSES[e.tagName] ?? [])) {
        const value = e.properties[property];
        if (typeof value === 'string') e.properties[property] = address(e, property, value, e.tagName !== 'link');
      }
      // srcset: candidates separated by commas, each an address and a size ("/a.avif 1x, /b.avif 2x").
      const srcSet = e.properties['srcSet'];
      if (srcSet !== undefined && srcSet !== null) {
        e.properties['srcSet'] = list(srcSet).join(' ').split(',').map((candidate) => candidate.trim().replace(/^\S+/, (url) => address(e, 'srcset', url, false))).join(', ');
      }
      if (e.tagName === 'meta' && String(e.properties['httpEquiv'] ?? '').toLowerCase() === 'refresh') {
        e.properties['content'] = String(e.properties['content'] ?? '').replace(/(url\s*=\s*)(\S+)/i, (_, key: string, url: string) => `${key}${address(e, 'content', url, true)}`);
      }
      for (const property of DROPPED_PROPERTIES) delete e.properties[property];
      if (e.properties['dataSearchApp'] !== undefined) searchApp = e;
      visit(e);
      return true;
    });
  };
  visit(tree);

  const body = find(tree, (e) => e.tagName === 'body');
  if (!body) return [...problems, `${context.file}: the page has no <body>`];
  const leftover = findAll(tree, (e) => e.tagName === 'script' && scriptText(e).includes(context.worker));
  if (leftover.length > 0) problems.push(`${context.file}: a script still names the service worker ${context.worker}; take its registration out in src/lib/offline-copy/rewrite.ts`);
  if (searchApp) problems.push(...useOfflineSearch(tree, searchApp, lang, context));
  insertLine(body, offlineLine(context.line(lang), canonical));
  return problems;
}

/** The line "Copia sin conexión del … La versión al día está en <SITE_URL>", linking to the page online. */
function offlineLine(template: string, online: string): Element {
  const [before = '', after = ''] = template.split('{url}');
  const shown = new URL(online).origin;
  const link = element('a', { href: online, rel: ['noreferrer', 'noopener'], className: ['underline'] }, [{ type: 'text', value: shown }]);
  return element('p', { dataOfflineCopy: '', className: ['border-b', 'border-slate-300', 'bg-slate-50', 'px-3', 'py-1', 'text-sm'] }, [
    element('span', { className: ['mx-auto', 'block', 'max-w-3xl'] }, [{ type: 'text', value: before }, link, { type: 'text', value: after }]),
  ]);
}

/** After the hotlines when the page has them (under the header, above the text), else first in <body>. */
function insertLine(body: Element, line: Element): void {
  const hotlines = body.children.findIndex((child) => isElement(child) && child.properties['dataHotlines'] !== undefined);
  const skip = body.children.findIndex((child) => isElement(child) && child.tagName === 'a');
  const at = hotlines >= 0 ? hotlines + 1 : skip === 0 ? 1 : 0;
  body.children.splice(at, 0, line);
}

/** The search page's module imports the copy's engine, whose scripts load just before it runs. */
function useOfflineSearch(tree: Root, app: Element, lang: string, context: PageContext): string[] {
  const module = `data:text/javascript;base64,${Buffer.from(moduleSource()).toString('base64')}`;
  app.properties['dataPagefind'] = module;
  const scripts = context.searchScripts(lang);
  const missing = scripts.filter((file) => !context.has(file));
  if (missing.length > 0) return [`${context.file}: the search scripts ${missing.join(', ')} are not in the copy (no page in "${lang}" is indexed?)`];
  const parent = findParent(tree, app);
  if (!parent) return [`${context.file}: the search app has no parent element`];
  const tags = scripts.map((file) => element('script', { src: relativeFile(context.file, file) }, []));
  parent.children.splice(parent.children.indexOf(app) + 1, 0, ...tags);
  // The page's own policy allows scripts from the copy ('self'); the module's data: address is added.
  const policy = find(tree, (e) => e.tagName === 'meta' && String(e.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy');
  if (policy) policy.properties['content'] = String(policy.properties['content'] ?? '').replace(/script-src /, 'script-src data: ');
  return [];
}

function find(node: Node, test: (e: Element) => boolean): Element | undefined {
  return findAll(node, test)[0];
}

function findAll(node: Node, test: (e: Element) => boolean, out: Element[] = []): Element[] {
  if (isElement(node) && test(node)) out.push(node);
  if ('children' in node) for (const child of node.children) findAll(child, test, out);
  return out;
}

function findParent(node: Root | Element, target: Element): Root | Element | undefined {
  for (const child of node.children) {
    if (child === target) return node;
    if (isElement(child)) {
      const found = findParent(child, target);
      if (found) return found;
    }
  }
  return undefined;
}
