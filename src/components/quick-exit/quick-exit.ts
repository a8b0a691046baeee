/**
 * "Salir rápido": the link works on its own. With JavaScript, the page is hidden at once, leaving
 * replaces the current history entry (Back does not return here), and Escape twice or Shift three
 * times within a second leaves from anywhere on the page. Leaving also deletes everything offline
 * reading stored on this device, from the page itself (whether or not a worker controls it) and
 * through the worker, which then unregisters (src/components/offline/sw.ts, message "forget"), so
 * it does not show what was read to the next person who opens the browser.
 */
const WINDOW_MS = 1000;
/** Longest wait for the caches to be deleted before leaving: the reader must never wait long. */
const FORGET_MS = 400;

/** Deletes the site's caches (their names start with `prefix`) and its service worker. */
async function forget(win: Window, prefix: string): Promise<void> {
  const workers = win.navigator.serviceWorker;
  workers?.controller?.postMessage({ type: 'forget' });
  const registration = await workers?.getRegistration();
  registration?.active?.postMessage({ type: 'forget' });
  if ('caches' in win) await Promise.all((await win.caches.keys()).filter((name) => name.startsWith(prefix)).map((name) => win.caches.delete(name)));
  await registration?.unregister();
}

export function enhanceQuickExit(doc: Document, go: (url: string) => void = (url) => doc.defaultView?.location.replace(url)): void {
  const link = doc.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  const win = doc.defaultView;
  if (!link || !win) return;
  let leaving = false;
  const leave = () => {
    if (leaving) return;
    leaving = true;
    doc.body.hidden = true;
    const done = forget(win, link.dataset['quickExitCaches'] ?? '').catch(() => undefined);
    void Promise.race([done, new Promise((resolve) => win.setTimeout(resolve, FORGET_MS))]).then(() => go(link.href));
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
