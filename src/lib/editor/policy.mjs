/**
 * Where the editor lives and what its page may do. /admin/ is the only page whose
 * Content-Security-Policy allows what Decap CMS needs (docs/security-headers.md); every step that
 * walks the built site leaves it out through `isEditorPath`. Plain JavaScript, so that the scripts
 * of scripts/ read it too.
 */

/** The editor's folder in the built site. */
export const EDITOR_DIR = 'admin';

/** Whether a path of the built site ("/admin/", "admin/config.yml", "/admin/x.js") is the editor's. */
/** @param {string} path */
export const isEditorPath = (path) => /^\/?admin(\/|$)/.test(path.replace(/\\/g, '/'));

/** decap-server, started by `npm run edit` on the editor's own computer. */
export const EDITOR_PROXY_URL = 'http://localhost:8081/api/v1';

/**
 * The editor's policy. Decap CMS is a React application: its styles are injected at run time
 * ('unsafe-inline' for styles), its configuration check compiles validators ('unsafe-eval'), its
 * preview is a frame written by the page (frame-src 'self' blob:), and it talks to decap-server
 * on this computer; published with a git host (src/lib/editor/git-host.ts), also with that host's
 * API and login, the `origins` given. Nothing from any other host.
 * @param {string[]} [origins]
 */
export const editorCsp = (origins = []) =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ['connect-src', "'self'", 'http://localhost:8081', ...origins].join(' '),
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "media-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

/** The policy of the local editor (`npm run edit`). */
export const EDITOR_CSP = editorCsp();
