/**
 * The offline page with JavaScript (SavedPages.astro): lists what this device keeps for offline
 * reading, read from Cache Storage (title and link, grouped by section), with a button to remove
 * each saved page and one to remove them all. When the worker serves this page in place of one that
 * is not saved, it says so. Strings come from data-strings, in the page's language, with the
 * languages' prefixes and names.
 */
import { PAGES_CACHE, isSearchPage, isShellCache, kindOf } from '../../lib/offline/shell';
import { splitPath, type LocalePaths } from '../../lib/routes/prefixes';
import * as routes from '../../lib/routes/routes';

interface Strings {
  shell: string;
  other: string;
  files: string;
  remove: string;
  removed: string;
  removedAll: string;
  /** Section label by the first folder of an address: { protocolos: "Protocolos" … }. */
  sections: Record<string, string>;
  paths: LocalePaths;
  /** Each language's name in that language: { qu: "Runasimi" }. */
  labels: Record<string, string>;
}

interface Entry {
  /** The cached request's URL, to remove it. */
  key: string;
  path: string;
  title: string;
  lang: string;
  group: string;
  /** The shell of the build is always kept; what the reader opened or saved can be removed. */
  removable: boolean;
}

/**
 * Everything stored for offline reading, but the stylesheet, the favicon and the offline page
 * itself. A page in another language than `locale` says which: "Alianza CPC (Runasimi)".
 */
async function savedEntries(s: Strings, locale: string): Promise<Entry[]> {
  const parser = new DOMParser();
  const pages: Entry[] = [];
  const files: Entry[] = [];
  /** Saved files are named after a saved page that links to them: "Ruta de derivación (PDF)". */
  const linkedFrom = new Map<string, Entry>();
  for (const name of await caches.keys()) {
    const shell = isShellCache(name);
    if (!shell && name !== PAGES_CACHE) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      const path = new URL(request.url).pathname;
      const { locale: language, route } = splitPath(s.paths, path);
      const kind = kindOf(response?.headers.get('content-type') ?? null);
      if (!response || (shell && kind !== 'page') || route === routes.offline) continue;
      const entry: Entry = { key: request.url, path, title: decodeURIComponent(path), lang: '', group: s.files, removable: !shell };
      if (kind !== 'page') {
        files.push(entry);
        continue;
      }
      const page = parser.parseFromString(await response.text(), 'text/html');
      entry.title = page.querySelector('meta[property="og:title"]')?.getAttribute('content') || page.title || entry.title;
      if (language !== locale) entry.title += ` (${s.labels[language] ?? language})`;
      entry.lang = page.documentElement.lang;
      entry.group = shell ? s.shell : (s.sections[route.split('/')[1] ?? ''] ?? s.other);
      pages.push(entry);
      for (const link of page.querySelectorAll('a[href]')) {
        const target = new URL(link.getAttribute('href') ?? '', request.url).pathname;
        if (!linkedFrom.has(target)) linkedFrom.set(target, entry);
      }
    }
  }
  for (const file of files) {
    const page = linkedFrom.get(file.path);
    if (!page) continue;
    file.title = `${page.title} (${file.path.split('.').pop()?.toUpperCase() ?? ''})`;
    file.lang = page.lang;
  }
  return [...pages, ...files];
}

export async function showSavedPages(doc: Document): Promise<void> {
  const root = doc.querySelector<HTMLElement>('[data-offline-page]');
  const win = doc.defaultView;
  if (!root || !win) return;
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-offline-${name}]`);
  const [app, list, empty, clear, status, heading] = [part('app'), part('list'), part('empty'), part('clear'), part('status'), root.querySelector<HTMLElement>('h2')];
  if (!app || !list || !empty || !clear || !status || !heading) return;
  const s = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  part('nojs')?.setAttribute('hidden', '');

  // Served by the worker at another address: there is no connection and that page is not saved.
  const here = new URL(win.location.href);
  if (here.pathname !== root.dataset['offlineRoute']) {
    part(isSearchPage(here.pathname, s.paths) ? 'search' : 'missing')?.removeAttribute('hidden');
    const address = part('address');
    if (address) address.textContent = decodeURIComponent(here.pathname);
  }
  if (!('serviceWorker' in win.navigator) || !('caches' in win)) {
    part('unsupported')?.removeAttribute('hidden');
    return;
  }
  app.hidden = false;

  const done = async (message: string) => {
    await render();
    status.textContent = message;
    heading.focus();
  };
  const render = async () => {
    const entries = await savedEntries(s, splitPath(s.paths, root.dataset['offlineRoute'] ?? '/').locale);
    // Groups in the order of the navigation: always available first, files last.
    const order = [s.shell, ...Object.values(s.sections), s.other, s.files];
    const groups = [...new Set(order)].map((group) => [group, entries.filter((e) => e.group === group)] as const).filter(([, items]) => items.length > 0);
    list.replaceChildren(
      ...groups.flatMap(([group, items]) => {
        const title = doc.createElement('h3');
        title.className = 'mt-4 font-bold';
        title.textContent = group;
        const ul = doc.createElement('ul');
        ul.className = 'mt-1 space-y-1';
        for (const entry of [...items].sort((a, b) => a.title.localeCompare(b.title, s.paths.defaultLocale))) {
          const li = doc.createElement('li');
          const link = doc.createElement('a');
          link.href = entry.path;
          link.textContent = entry.title;
          if (entry.lang) link.lang = entry.lang;
          li.append(link);
          if (entry.removable) {
            const button = doc.createElement('button');
            button.type = 'button';
            button.className = 'ml-2 rounded border border-slate-500 px-2 text-sm';
            const name = doc.createElement('span');
            name.className = 'sr-only';
            name.textContent = ` ${entry.title}`;
            button.append(s.remove, name);
            button.addEventListener('click', async () => {
              await (await caches.open(PAGES_CACHE)).delete(entry.key);
              await done(s.removed.replace('{t}', entry.title));
            });
            li.append(' ', button);
          }
          ul.append(li);
        }
        return [title, ul];
      }),
    );
    list.dataset['count'] = String(entries.length);
    empty.hidden = entries.length > 0;
    clear.hidden = !entries.some((e) => e.removable);
  };
  clear.addEventListener('click', async () => {
    await caches.delete(PAGES_CACHE);
    await done(s.removedAll);
  });
  await render();
  // The first visit: the worker installs while the page is open; list the shell once it is there.
  win.navigator.serviceWorker.addEventListener('controllerchange', () => void render());
}
