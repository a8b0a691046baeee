/**
 * Adds a "Copiar" button after each citation where JavaScript and the clipboard are available.
 * Without them the citations are plain text to select. Labels come from data-copy-label and
 * data-copied-label on the [data-cite] block.
 */
export function enhanceCopy(doc: Document): void {
  const block = doc.querySelector<HTMLElement>('[data-cite]');
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (!block || !clipboard) return;
  const label = block.dataset['copyLabel'] ?? 'Copiar';
  const done = block.dataset['copiedLabel'] ?? label;
  for (const text of block.querySelectorAll<HTMLElement>('[data-cite-text]')) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'app-copy ml-1 rounded border border-slate-500 px-2 text-sm';
    button.textContent = label;
    button.addEventListener('click', () => {
      clipboard.writeText(text.textContent?.trim() ?? '').then(
        () => {
          button.textContent = done;
        },
        () => {},
      );
    });
    text.append(' ', button);
  }
}
