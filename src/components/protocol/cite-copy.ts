/**
 * Adds a "Copiar" button after each citation ([data-cite-text], which holds the citation alone) where JavaScript and the clipboard are available.
 * Without them the citations are plain text to select. Labels come from data-copy-label and
 * data-copied-label on the [data-cite] block.
 */
/** The citation as shown: its text, spaces as the page shows them. */
export const citationOf = (element: HTMLElement): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

export function enhanceCopy(doc: Document): void {
  const block = doc.querySelector<HTMLElement>('[data-cite]');
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (!block || !clipboard) return;
  const label = block.dataset['copyLabel'] ?? 'Copiar';
  const done = block.dataset['copiedLabel'] ?? label;
  for (const text of block.querySelectorAll<HTMLElement>('[data-cite-text]')) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'app-copy ml-1 min-h-11 min-w-11 rounded border border-slate-500 px-2 text-sm';
    button.textContent = label;
    button.addEventListener('click', () => {
      clipboard.writeText(citationOf(text)).then(
        () => {
          button.textContent = done;
        },
        () => {},
      );
    });
    // Beside the citation, not in it: the button's label must not be copied with it.
    text.after(' ', button);
  }
}
