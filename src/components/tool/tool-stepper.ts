/**
 * Steps through a decision tree in place: an answer loads the next step's page in the background
 * and swaps its [data-tool] part in, with its own history entry, so Back returns to the previous
 * step. Without JavaScript (or when anything fails) the answers are ordinary links.
 */
export function enhanceTool(doc: Document): void {
  const win = doc.defaultView;
  if (!win || typeof win.fetch !== 'function' || typeof DOMParser === 'undefined') return;

  const show = async (url: string, push: boolean) => {
    const current = doc.querySelector('[data-tool]');
    try {
      const response = await win.fetch(url);
      if (!current || !response.ok) throw new Error(String(response.status));
      const next = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = next.querySelector('[data-tool]');
      if (!fresh) throw new Error('no tool');
      current.replaceWith(doc.importNode(fresh, true));
      doc.title = next.title;
      if (push) win.history.pushState({ toolStep: url }, '', url);
      doc.querySelector<HTMLElement>('[data-step-heading]')?.focus();
    } catch {
      win.location.assign(url);
    }
  };

  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-step-link]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void show(link.href, true);
  });
  win.history.replaceState({ toolStep: win.location.href }, '');
  win.addEventListener('popstate', (event) => {
    if ((event.state as { toolStep?: string } | null)?.toolStep) void show(win.location.href, false);
  });
}
