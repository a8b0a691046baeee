/**
 * Enhances each [data-save-offline] block (SaveOffline.astro): shows its button, which sends the
 * block's URLs to the service worker and says in the block's live region how far it got and what
 * was saved. Strings come from data-strings, in the page's language.
 */
import type { SaveReply, SaveRequest } from '../../lib/offline/shell';

interface Strings {
  saving: string;
  saved: string;
  failed: string;
  and: string;
  pages: [string, string];
  pdfs: [string, string];
  files: [string, string];
}

/** How long to wait for a worker that is still installing before saying it did not work. */
const READY_MS = 20_000;

const fill = (template: string, values: Record<string, number | string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** "6 páginas y 1 PDF": the counts that are not zero, joined in the page's language. */
export function savedList(s: Strings, reply: { pages: number; pdfs: number; files: number }): string {
  const parts = (
    [
      [reply.pages, s.pages],
      [reply.pdfs, s.pdfs],
      [reply.files, s.files],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, [one, many]]) => fill(n === 1 ? one : many, { n }));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${s.and} ${parts.at(-1) ?? ''}` : (parts[0] ?? '');
}

export function enhanceSaveOffline(doc: Document): void {
  const container = doc.defaultView?.navigator.serviceWorker;
  if (!container) return;
  for (const block of doc.querySelectorAll<HTMLElement>('[data-save-offline]')) {
    const button = block.querySelector('button');
    const status = block.querySelector<HTMLElement>('[data-save-status]');
    if (!button || !status) continue;
    const urls = JSON.parse(block.dataset['urls'] ?? '[]') as string[];
    const s = JSON.parse(block.dataset['strings'] ?? '{}') as Strings;
    const say = (text: string) => {
      status.textContent = text;
    };
    let busy = false;
    block.hidden = false;
    button.addEventListener('click', async () => {
      if (busy) return;
      busy = true;
      button.setAttribute('aria-disabled', 'true');
      say(fill(s.saving, { n: 0, total: urls.length }));
      const done = (text: string) => {
        say(text);
        busy = false;
        button.removeAttribute('aria-disabled');
      };
      const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, READY_MS));
      const registration = await Promise.race([container.ready, timeout]);
      const active = registration?.active;
      if (!active) {
        done(fill(s.failed, { n: urls.length, total: urls.length }));
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = (event: MessageEvent<SaveReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') {
          say(fill(s.saving, { n: reply.done, total: reply.total }));
          return;
        }
        const saved = fill(s.saved, { list: savedList(s, reply) });
        const failed = fill(s.failed, { n: reply.failed.length, total: urls.length });
        done(reply.failed.length === 0 ? saved : reply.failed.length === urls.length ? failed : `${saved} ${failed}`);
        channel.port1.close();
      };
      const request: SaveRequest = { type: 'save', urls };
      active.postMessage(request, [channel.port2]);
    });
  }
}
