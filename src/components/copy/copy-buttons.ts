/**
 * "Copiar" buttons beside texts a reader takes elsewhere: a protocol's citations
 * (../protocol/Cite.astro), a campaign's radio scripts and social media texts (CopyButtons.astro).
 * Added only where JavaScript and the clipboard are available; without them the texts are plain
 * text to select. The button goes after the text, never inside it, so what is copied is exactly
 * the text shown, without the button's label. Labels come from the block's data-copy-label and
 * data-copied-label, written by the server in the page's language.
 */

/** A text as shown: its words, spaces as the page shows them. */
export const shownText = (element: HTMLElement): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A "Copiar" button after each of `texts`, labelled from `block`'s data-copy-label and data-copied-label. */
export function addCopyButtons(doc: Document, block: HTMLElement, texts: Iterable<HTMLElement>): void {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (!clipboard) return;
  const label = block.dataset['copyLabel'] ?? 'Copiar';
  const done = block.dataset['copiedLabel'] ?? label;
  for (const text of texts) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'app-copy ml-1 min-h-11 min-w-11 rounded border border-slate-500 px-2 text-sm';
    button.textContent = label;
    button.addEventListener('click', () => {
      clipboard.writeText(shownText(text)).then(
        () => {
          button.textContent = done;
        },
        () => {},
      );
    });
    text.after(' ', button);
  }
}

/**
 * A button after each text to copy: each [data-copy-text] of a [data-copy-block], and each
 * citation ([data-cite-text], the citation alone) of the [data-cite] block.
 */
export function enhanceCopyBlocks(doc: Document): void {
  for (const block of doc.querySelectorAll<HTMLElement>('[data-copy-block]')) {
    addCopyButtons(doc, block, block.querySelectorAll<HTMLElement>('[data-copy-text]'));
  }
  for (const block of doc.querySelectorAll<HTMLElement>('[data-cite]')) {
    addCopyButtons(doc, block, block.querySelectorAll<HTMLElement>('[data-cite-text]'));
  }
}
