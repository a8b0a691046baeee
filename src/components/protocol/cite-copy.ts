/**
 * Adds a "Copiar" button after each citation ([data-cite-text], which holds the citation alone)
 * where JavaScript and the clipboard are available (../copy/copy-buttons.ts). Without them the
 * citations are plain text to select. Labels come from data-copy-label and data-copied-label on
 * the [data-cite] block.
 */
import { addCopyButtons } from '../copy/copy-buttons';

export function enhanceCopy(doc: Document): void {
  const block = doc.querySelector<HTMLElement>('[data-cite]');
  if (block) addCopyButtons(doc, block, block.querySelectorAll<HTMLElement>('[data-cite-text]'));
}
