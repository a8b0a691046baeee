/**
 * Steps through a decision tree in place: an answer loads the next step's page in the background
 * and swaps its [data-tool] part in, with its own history entry, so Back returns to the previous
 * step. Without JavaScript (or when anything fails) the answers are ordinary links.
 * It also keeps the way the reader came: "Anterior" ([data-step-back]) leads to the step they
 * answered last (the first [data-step-back]; without JavaScript the fragment of the address picks
 * the parent, ../../lib/tools/came-from/).
 */
export function enhanceTool(doc: Document): void {
  const win = doc.defaultView;
  if (!win || typeof win.fetch !== 'function' || typeof DOMParser === 'undefined') return;
  /** The steps the reader answered, oldest first. */
  const trail: string[] = [];

  const show = async (url: string, push: boolean) => {
    const current = doc.querySelector('[data-tool]');
    try {
      const response = await win.fetch(url);
      if (!current || !response.ok) throw new Error(String(response.status));
      const next = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = next.querySelector('[data-tool]');
      if (!fresh) throw new Error('no tool');
      const back = fresh.querySelector<HTMLAnchorElement>('[data-step-back]');
      if (back && trail.length > 0) back.href = trail[trail.length - 1] as string;
      current.replaceWith(doc.importNode(fresh, true));
      doc.title = next.title;
      if (push) win.history.pushState({ toolStep: url }, '', url);
      // Each step opens at the top, as a page would, its question and answers on the first screen.
      win.scrollTo(0, 0);
      doc.querySelector<HTMLElement>('[data-step-heading]')?.focus({ preventScroll: true });
    } catch {
      win.location.assign(url);
    }
  };

  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-step-link]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (link.hasAttribute('data-answer')) trail.push(win.location.href);
    else if (link.hasAttribute('data-step-back')) trail.pop();
    else trail.length = 0;
    void show(link.href, true);
  });
  win.history.replaceState({ toolStep: win.location.href }, '');
  win.addEventListener('popstate', (event) => {
    if (!(event.state as { toolStep?: string } | null)?.toolStep) return;
    if (trail[trail.length - 1] === win.location.href) trail.pop();
    void show(win.location.href, false);
  });
}
