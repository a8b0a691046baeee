/**
 * "Salir rápido": the link works on its own. With JavaScript, leaving replaces the current history
 * entry (Back does not return here), and Escape twice or Shift three times within a second leaves
 * from anywhere on the page. Leaving also asks the offline-reading worker, when there is one, to
 * forget the pages stored on this device (src/components/offline/sw.ts, message "forget"), so
 * they do not show what was read to the next person who opens the browser.
 */
const WINDOW_MS = 1000;

export function enhanceQuickExit(doc: Document, go: (url: string) => void = (url) => doc.defaultView?.location.replace(url)): void {
  const link = doc.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (!link) return;
  const leave = () => {
    doc.body.hidden = true;
    doc.defaultView?.navigator.serviceWorker?.controller?.postMessage({ type: 'forget' });
    go(link.href);
  };
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  const presses: Record<string, number[]> = { Escape: [], Shift: [] };
  const needed: Record<string, number> = { Escape: 2, Shift: 3 };
  doc.addEventListener('keydown', (event) => {
    const list = presses[event.key];
    const count = needed[event.key];
    if (!list || !count || event.repeat) return;
    const now = event.timeStamp;
    list.push(now);
    while (list.length && now - (list[0] ?? now) > WINDOW_MS) list.shift();
    if (list.length >= count) leave();
  });
}
