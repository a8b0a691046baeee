// `npm run edit`: the development server and Decap's local backend (decap-server), so that the
// editor at http://localhost:4321/admin/ writes into this working copy's content/ and the site
// shows the change at once. Ctrl+C stops both. docs/editing.md explains it in Spanish.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const children = [
  // fs mode: decap-server writes the files and leaves committing them to the editor (git add, commit).
  spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    cwd: root,
    stdio: 'inherit',
    // Only this computer may write through it: never the office network.
    env: { ...process.env, MODE: 'fs', GIT_REPO_DIRECTORY: root, PORT: '8081', BIND_HOST: '127.0.0.1' },
  }),
  // `npm run` puts node_modules/.bin (with the pinned Node) first on the PATH.
  spawn('astro', ['dev', '--port', '4321'], { cwd: root, stdio: 'inherit' }),
];
console.log('Editor de contenido: http://localhost:4321/admin/ (Ctrl+C para salir)');
const stop = (code = 0) => {
  for (const child of children) if (child.exitCode === null) child.kill();
  process.exitCode = code;
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
