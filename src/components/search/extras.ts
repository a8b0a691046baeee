/**
 * What the search page adds once a search has shown its results (./extras-loader.ts calls it),
 * on Pagefind's public API, each part only when it is needed:
 *
 * - the number of results beside each filter (Pagefind's `totalFilters` for the query as typed,
 *   once its filter files are loaded: only when the filters are open or one is ticked);
 * - "Quitar filtros" whenever a filter is ticked, and, when the filters leave nothing, a message
 *   naming them;
 * - when nothing is found: the page's line linking the A–Z index, and "¿Quisiste decir …?" from
 *   the site's own words (src/lib/search/suggest.ts; the list is fetched then, never before; not
 *   in the offline copy, which has no Pagefind folder);
 * - when a query of one or two words found fewer results than a page: "N resultados en quechua" ("… en castellano" on
 *   the Quechua page), linking the same query there, counted by a second Pagefind instance with
 *   the other language's index merged into it (`createInstance`, `mergeIndex` with `language`).
 *
 * Strings and addresses come from data-* attributes of [data-search-app].
 */
import { suggest } from '../../lib/search/suggest';

type Counts = Record<string, Record<string, number>>;
interface Found {
  results: unknown[];
  totalFilters?: Counts;
}
interface Instance {
  search(q: string, o?: Record<string, unknown>): Promise<Found | null>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
}
interface Pagefind extends Instance {
  filters(): Promise<Counts>;
  createInstance(o: Record<string, unknown>): Instance;
}

/** The filter the merged index's pages get, and only they, so a search can ask for them alone. */
const OTHER = 'otro-idioma';
/** Fewer results than a page shows: the reader may be on the wrong language's search. */
const FEW = 4;
/**
 * Counting the other language costs its index (and, where the host does not let it be cached, the
 * WebAssembly again), which a further query's 15 KB budget cannot pay for: it is done for a word or
 * two (someone typing a word of the other language); a sentence is looked up in the other
 * language's first-answer index instead, by the search script (./other-sentence.ts).
 */
const MAX_WORDS = 2;

let latest = 0;
let words: Promise<string[]> | undefined;
let other: Promise<Instance> | undefined;

/** A paragraph of `template` with `{key}` replaced by `node`. */
function sentence(doc: Document, template: string, key: string, node: Node | string): HTMLParagraphElement {
  const p = doc.createElement('p');
  const [before = '', after = ''] = template.split(`{${key}}`);
  p.append(before, node, after);
  return p;
}

function link(doc: Document, href: string, label: string): HTMLAnchorElement {
  const a = doc.createElement('a');
  a.href = href;
  a.textContent = label;
  return a;
}

/** Called each time the search script has shown a search's results (`data-found` set). */
export async function searched(doc: Document): Promise<void> {
  const run = ++latest;
  const app = doc.querySelector<HTMLElement>('[data-search-app]');
  const form = app?.querySelector<HTMLFormElement>('form');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const filters = app?.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const help = app?.querySelector<HTMLElement>('[data-search-help]');
  const clear = app?.querySelector<HTMLButtonElement>('[data-search-clear]');
  const otherLine = app?.querySelector<HTMLElement>('[data-search-other]');
  const noneHelp = app?.querySelector<HTMLElement>('[data-search-none-help]');
  const script = app?.dataset['pagefind'];
  if (!app || !form || !input || !filters || !help || !clear || !otherLine || !script) return;
  const text = app.dataset;
  const q = input.value.trim();
  const found = Number(text['found']);
  const ticked = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')];

  clear.hidden = ticked.length === 0;
  clear.onclick = () => {
    for (const box of ticked) box.checked = false;
    // The search script searches again on a checkbox's change.
    ticked[0]?.dispatchEvent(new Event('change', { bubbles: true }));
    input.focus();
  };
  help.replaceChildren();
  otherLine.hidden = true;
  // "Prueba con otra palabra o mira el índice de la A a la Z": in the page, so its link works in the offline copy too.
  if (noneHelp) noneHelp.hidden = !q || found > 0;
  if (!q) return;

  if (found === 0) {
    if (ticked.length > 0) {
      const names = ticked.map((box) => `${box.closest('fieldset')?.querySelector('legend')?.textContent ?? ''}: ${box.value}`).join('; ');
      help.append(sentence(doc, text['filtersEmpty'] ?? '', 'filters', names));
    } else if (doc.location.protocol.startsWith('http')) void offerSuggestion(doc, run, q, help, input, form, new URL(text['words'] ?? '', new URL(script, doc.baseURI)).href, text);
  }

  const otherLanguage = found < FEW && q.trim().split(/\s+/).length <= MAX_WORDS;
  if (!(filters.open || ticked.length > 0 || otherLanguage)) return;
  // The same module the search script loaded; the offline copy's engine (src/lib/offline-copy/) has neither part.
  const pagefind = (await import(/* @vite-ignore */ script)) as Partial<Pagefind>;
  if ((filters.open || ticked.length > 0) && pagefind.filters && pagefind.search) await showCounts(pagefind as Pagefind, q, app);
  if (otherLanguage && run === latest && pagefind.createInstance) await countOtherLanguage(pagefind as Pagefind, script, q, otherLine, text, () => run === latest);
}

/** "¿Quisiste decir …?" above the help, when the site's words suggest another query. */
async function offerSuggestion(doc: Document, run: number, q: string, help: HTMLElement, input: HTMLInputElement, form: HTMLFormElement, list: string, text: DOMStringMap) {
  // The list lies beside Pagefind's script (src/lib/search/suggest-words.ts).
  words ??= fetch(list)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
  const better = suggest(q, await words);
  if (!better || run !== latest) return;
  const a = link(doc, `?q=${encodeURIComponent(better)}`, better);
  a.dataset['searchSuggestion'] = '';
  a.addEventListener('click', (event) => {
    event.preventDefault();
    input.value = better;
    form.requestSubmit();
  });
  help.prepend(sentence(doc, text['didYouMean'] ?? '', 's', a));
}

/**
 * The number of results beside each filter, for the query as typed, in a `[data-count]` span
 * made the first time (not in the page: 21 empty spans cost the search page 180 bytes brotli).
 */
async function showCounts(pagefind: Pagefind, q: string, app: HTMLElement) {
  await pagefind.filters();
  const counts = (await pagefind.search(q))?.totalFilters ?? {};
  for (const box of app.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    let span = box.parentElement?.querySelector<HTMLElement>('[data-count]');
    if (!span) {
      span = app.ownerDocument.createElement('span');
      span.className = 'text-sm text-slate-700';
      span.dataset['count'] = `${box.name}:${box.value}`;
      box.parentElement?.append(span);
    }
    span.textContent = ` (${counts[box.name]?.[box.value] ?? 0})`;
  }
}

/** "N resultados en quechua", linking the same query on the other language's search page. */
async function countOtherLanguage(pagefind: Pagefind, script: string, q: string, line: HTMLElement, text: DOMStringMap, current: () => boolean) {
  const lang = text['otherLang'];
  if (!lang) return;
  const base = new URL('.', new URL(script, line.ownerDocument.baseURI));
  other ??= (async () => {
    const instance = pagefind.createInstance({ basePath: base.pathname, noWorker: true });
    // Pagefind skips merging the bundle it was made from under the same address: the full URL is another.
    await instance.mergeIndex(base.href, { language: lang, mergeFilter: { [OTHER]: lang } });
    return instance;
  })();
  const n = (await (await other).search(q, { filters: { [OTHER]: lang } }))?.results.length ?? 0;
  const a = line.querySelector('a');
  if (!a || !current() || n === 0) return;
  a.textContent = (n === 1 ? text['otherOne'] : text['otherMany'])?.replaceAll('{n}', String(n)) ?? '';
  a.href = `${text['otherHref'] ?? ''}?q=${encodeURIComponent(q)}`;
  a.hreflang = lang;
  line.hidden = false;
}
