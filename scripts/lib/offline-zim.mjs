// The ZIM step of `npm run offline` (scripts/offline.mjs): finds openZIM's zimwriterfs and zimcheck
// (Debian's zim-tools; installed with apt-get when this runs as root, as the tests install
// Chromium), writes the ZIM from the copy, and checks it with every check of zimcheck.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGE = 'zim-tools';
export const HOW_TO_INSTALL = `install Debian's ${PACKAGE} (\`sudo apt-get install ${PACKAGE}\`), then run \`npm run offline\` again`;

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const which = (name) => (process.env.PATH ?? '').split(':').map((dir) => join(dir || '.', name)).find(executable);

/**
 * zimwriterfs and zimcheck, installed first when they are missing and this runs as root with
 * apt-get. Returns their paths, or `{ missing }` saying why they cannot be had.
 */
export function zimTools(log) {
  const find = () => ({ zimwriterfs: which('zimwriterfs'), zimcheck: which('zimcheck') });
  let tools = find();
  if (tools.zimwriterfs && tools.zimcheck) return tools;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const aptGet = ['/usr/bin/apt-get', '/bin/apt-get'].find((path) => existsSync(path));
  if (!isRoot || !aptGet) return { missing: `zimwriterfs and zimcheck are not installed, and cannot be installed from here (${isRoot ? 'no apt-get' : 'not running as root'}): ${HOW_TO_INSTALL}` };
  log(`zimwriterfs or zimcheck not found: installing Debian's ${PACKAGE} with apt-get`);
  for (const args of [['update'], ['install', '-y', PACKAGE]]) {
    const run = spawnSync(aptGet, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) return { missing: `\`apt-get ${args.join(' ')}\` failed: ${HOW_TO_INSTALL}` };
  }
  tools = find();
  return tools.zimwriterfs && tools.zimcheck ? tools : { missing: `apt-get installed ${PACKAGE}, but zimwriterfs or zimcheck is still not on the PATH` };
}

/**
 * Writes `zimFile` from the copy in `folder` with zimwriterfs, then runs `zimcheck --all` on it.
 * `lib` is src/lib/offline-copy (bundled); `readmeFiles` are left out: Kiwix opens the main page;
 * each page goes in as `lib.zimPage` makes it.
 * Returns the ZIM's size; throws with the tools' own output when either fails.
 */
export function writeZim({ lib, tools, folder, zimFile, siteUrl, readmeFiles }) {
  const staging = `${zimFile}.d`;
  rmSync(staging, { recursive: true, force: true });
  cpSync(folder, staging, { recursive: true });
  for (const file of readmeFiles) rmSync(join(staging, file), { force: true });
  for (const page of readdirSync(staging, { recursive: true }).filter((file) => String(file).endsWith('.html'))) {
    const path = join(staging, String(page));
    writeFileSync(path, lib.zimPage(readFileSync(path, 'utf8')));
  }
  writeFileSync(join(staging, lib.ILLUSTRATION_FILE), lib.illustration());
  mkdirSync(join(zimFile, '..'), { recursive: true });
  rmSync(zimFile, { force: true });
  const args = lib.zimwriterfsArgs(lib.zimMetadata(siteUrl), 'index.html', staging, zimFile);
  try {
    const written = spawnSync(tools.zimwriterfs, args, { encoding: 'utf8' });
    if (written.status !== 0) throw new Error(`zimwriterfs failed (exit ${written.status ?? written.signal}):\n${`${written.stdout}${written.stderr}`.trim().slice(-3000)}`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const check = spawnSync(tools.zimcheck, ['--all', '--details', zimFile], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`zimcheck --all found problems in ${zimFile} (exit ${check.status ?? check.signal}):\n${`${check.stdout}${check.stderr}`.trim().slice(-3000)}`);
  return statSync(zimFile).size;
}
