/**
 * Search on the Pagefind JS API (not its bundled UIs), loaded only on /buscar/. Reads ?q= and the
 * filters from the address, so the header's plain form and shared links work; shows each result
 * with its type and an excerpt with the match marked; a live region says how many were found.
 * Strings come from data-* attributes of [data-search-app].
 */
import { findPages, parseSynonyms, RANKING } from '../../lib/search/query';
import { MAX_FILES_ALONE } from '../../lib/search/first-answer/lookup';
import { resultItem, showFirstAnswer } from './first-answer';
import { sentenceInOtherLanguage } from './other-sentence';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at once: each costs a fragment download, so the first query stays small. */
const PAGE_SIZE = 4;

export async function startSearch(doc: Document): Promise<void> {
  const app = doc.querySelector<HTMLElement>('[data-search-app]');
  const form = app?.querySelector<HTMLFormElement>('form');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = app?.querySelector<HTMLElement>('[data-search-status]');
  const list = app?.querySelector<HTMLOListElement>('[data-search-results]');
  const more = app?.querySelector<HTMLButtonElement>('[data-search-more]');
  // The script's address comes from the page (data-pagefind), like its strings.
  const script = app?.dataset['pagefind'];
  if (!app || !script || !form || !input || !status || !list || !more) return;
  const text = app.dataset;
  const synonyms = parseSynonyms(text['synonyms']);
  const say = (template = '', q = '', n = 0) => template.replace('{q}', q).replace('{n}', String(n));

  app.hidden = false;
  doc.querySelector<HTMLElement>('[data-search-fallback]')?.setAttribute('hidden', '');

  let pagefind: Pagefind | undefined;
  const load = async () => {
    if (!pagefind) {
      pagefind = (await import(/* @vite-ignore */ script)) as Pagefind;
      // The build's tag, so Pagefind asks for the entry file the page has already preloaded.
      const tag = doc.querySelector<HTMLLinkElement>('link[data-pagefind-tag]')?.dataset['pagefindTag'];
      await pagefind.options({ noWorker: true, excerptLength: 24, ranking: RANKING, ...(tag ? { metaCacheTag: tag } : {}) });
    }
    return pagefind;
  };

  const params = new URLSearchParams(doc.defaultView?.location.search);
  input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }

  const full = app.querySelector<HTMLButtonElement>('[data-search-full]');
  let pending: PagefindResult[] = [];
  let runs = 0;
  const show = async () => {
    // Every fragment of the batch is asked for at once (one round trip, not one each); each result
    // is shown, in order, as soon as its own has arrived.
    const batch = pending.splice(0, PAGE_SIZE).map((result) => result.data());
    for (const next of batch) {
      const data = await next;
      const item = resultItem(doc, data.url, data.meta['title'] ?? data.url, [data.filters['tipo']?.[0], data.meta['version'] && `v${data.meta['version']}`].filter(Boolean).join(' · '));
      const excerpt = doc.createElement('p');
      // Pagefind escapes the page text and marks the match with <mark>.
      excerpt.innerHTML = data.excerpt;
      item.append(excerpt);
      // A result the first answer already shows takes its place: the list never moves under a finger.
      const shown = [...list.querySelectorAll('[data-first] > a')].find((a) => a.getAttribute('href') === data.url)?.parentElement;
      if (shown) shown.replaceWith(item);
      else list.append(item);
    }
    more.hidden = pending.length === 0;
  };

  const run = async (push: boolean, all = false) => {
    const q = input.value.trim();
    const filters: Record<string, { any: string[] }> = {};
    const query = new URLSearchParams(q ? { q } : {});
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (filters[box.name] ??= { any: [] }).any.push(box.value);
      query.append(box.name, box.value);
    }
    if (push) doc.defaultView?.history.replaceState(null, '', `?${query.toString()}`);
    list.replaceChildren();
    more.hidden = true;
    if (!q) {
      status.textContent = '';
      return;
    }
    status.textContent = text['loading'] ?? '';
    const ticket = ++runs;
    let answered = false;
    const filtered = Object.keys(filters).length > 0;
    // Where Pagefind's own files alone pass a first query's budget, the build gives the page a
    // "full" button (src/lib/search/on-demand.ts): a page of results from the first answer is
    // then the answer, and Pagefind comes only when the reader asks for all results or a filter.
    const later = full && !all && !filtered;
    if (full) full.hidden = true;
    const loading = later ? undefined : load();
    // Until Pagefind has come, the build's small index answers with titles (first-answer.ts).
    const first = (later || !pagefind) && !filtered ? showFirstAnswer(app, list, q, synonyms, PAGE_SIZE, () => answered || ticket !== runs, later ? MAX_FILES_ALONE : undefined).catch(() => 0) : 0;
    if (later && (await first) >= PAGE_SIZE) {
      if (ticket === runs) {
        status.textContent = say(text['firstOnly'], q);
        full.hidden = false;
        // The extras clear what an earlier search left (its "no results" help).
        app.dataset['found'] = String(await first);
      }
      return;
    }
    const engine = await (loading ?? load());
    const found = await findPages(q, async (term) => (await engine.search(term, { filters }))?.results ?? [], { stopWords: text['stopWords'] ?? '', synonyms });
    answered = true;
    pending = found.results;
    const n = pending.length;
    if (n === 0) list.replaceChildren();
    status.textContent = say(text[n === 0 ? 'none' : found.partial ? 'partial' : n === 1 ? 'one' : 'results'], q, n);
    await show();
    // Tells the page's extras (src/components/search/extras-loader.ts) that the results are shown, and how many were found.
    app.dataset['found'] = String(n);
    // A sentence in the other language? (Here, not in the extras: they share no module with this script.)
    const otherLine = app.querySelector<HTMLElement>('[data-search-other]');
    if (otherLine) void sentenceInOtherLanguage(otherLine, q, found, text, () => ticket !== runs).catch(() => undefined);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).type === 'checkbox') void run(true);
  });
  more.addEventListener('click', () => void show());
  full?.addEventListener('click', () => void run(false, true));
  if (input.value) await run(false);
}
