// A built site that is not older than what it is built from: `npm run offline` makes its copy
// from dist/, building it first when it is missing or when a source changed after it was built.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build is made from: dist/ older than any of these is built again. */
export const SOURCES = ['src', 'content', 'public', 'registry', 'astro.config.mjs', 'package-lock.json'];

/** The newest modification time of a file or of any file under a folder (node_modules aside). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => (name === 'node_modules' ? max : Math.max(max, newest(join(path, name)))), stat.mtimeMs);
}

/**
 * `root`/dist, after `build()` when it has no index.html or a source changed after it; `log` says
 * which it was and why.
 */
export function freshDist(root, { log, build }) {
  const dist = join(root, 'dist');
  const index = join(dist, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const changed = SOURCES.filter((source) => newest(join(root, source)) > built);
  if (built > 0 && changed.length === 0) {
    log('dist/ is newer than the sources: using it');
    return dist;
  }
  log(built === 0 ? 'there is no build yet: running `npm run build`' : `${changed.join(', ')} changed after the last build: running \`npm run build\``);
  build();
  return dist;
}
