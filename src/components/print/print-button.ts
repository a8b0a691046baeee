/** Shows each "Imprimir" button of PrintButton.astro, which prints the page, and hides its hint. */
export function enhancePrint(doc: Document): void {
  const view = doc.defaultView;
  if (!view || typeof view.print !== 'function') return;
  for (const block of doc.querySelectorAll<HTMLElement>('[data-print]')) {
    const button = block.querySelector<HTMLButtonElement>('[data-print-button]');
    if (!button) continue;
    button.addEventListener('click', () => view.print());
    button.hidden = false;
    block.querySelector<HTMLElement>('[data-print-hint]')?.setAttribute('hidden', '');
  }
}
