#!/usr/bin/env node
// Makes sure the programs the tests drive are installed, from Debian's packages (never a download
// by a test tool): Chromium (the browser tests), nginx with its brotli static module (the test that
// serves dist/ as docs/deploying-nginx.conf says), openssl (its test certificate), and openZIM's
// zimwriterfs and zimcheck (zim-tools) and kiwix-serve (kiwix-tools), which make, check and serve
// the site's ZIM file (the offline packages, docs/offline.md).
//
// Chromium is looked for at $CHROME_PATH, else /usr/bin/chromium. What is missing is installed with
// apt-get when this runs as root and apt-get exists; otherwise it exits 1 saying what to install.
//
// Plain ESM, no dependencies. Run by `npm test` before vitest.
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const say = (message) => console.log(`[ensure-test-tools] ${message}`);

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function chromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  if (fromEnv) say(`CHROME_PATH=${fromEnv} is not an executable file; trying /usr/bin/chromium`);
  return isExecutable('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** What the tests need: how to find it, and the Debian package that provides it. */
const TOOLS = [
  { name: 'Chromium', package: 'chromium', find: chromium },
  { name: 'nginx', package: 'nginx', find: () => (isExecutable('/usr/sbin/nginx') ? '/usr/sbin/nginx' : undefined) },
  {
    name: "nginx's brotli static module",
    package: 'libnginx-mod-http-brotli-static',
    find: () => ['/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'].find((path) => existsSync(path)),
  },
  { name: 'openssl', package: 'openssl', find: () => ['/usr/bin/openssl', '/bin/openssl'].find(isExecutable) },
  { name: 'zimwriterfs and zimcheck', package: 'zim-tools', find: () => (isExecutable('/usr/bin/zimwriterfs') && isExecutable('/usr/bin/zimcheck') ? '/usr/bin/zimwriterfs' : undefined) },
  { name: 'kiwix-serve', package: 'kiwix-tools', find: () => (isExecutable('/usr/bin/kiwix-serve') ? '/usr/bin/kiwix-serve' : undefined) },
];

function run(cmd, args) {
  say(`$ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with status ${result.status ?? result.signal}`);
}

function fail(message, packages) {
  console.error(`[ensure-test-tools] ${message}`);
  console.error(`[ensure-test-tools] Install them with \`sudo apt-get install ${packages.join(' ')}\` (Chromium may also be given by CHROME_PATH).`);
  process.exit(1);
}

const missing = TOOLS.filter((tool) => !tool.find());
if (missing.length === 0) {
  say(`using ${TOOLS.map((tool) => `${tool.name} (${tool.find()})`).join(', ')}`);
  process.exit(0);
}

const packages = missing.map((tool) => tool.package);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const aptGet = ['/usr/bin/apt-get', '/bin/apt-get'].find((path) => existsSync(path));
if (!isRoot || !aptGet) {
  fail(`${missing.map((tool) => tool.name).join(', ')} not found, and cannot be installed automatically (${!isRoot ? 'not running as root' : 'apt-get not available'}).`, packages);
}

say(`${missing.map((tool) => tool.name).join(', ')} not found; installing Debian's ${packages.join(', ')} with apt-get. This can take a few minutes.`);
try {
  run(aptGet, ['update']);
  run(aptGet, ['install', '-y', ...packages]);
} catch (error) {
  fail(`Installing ${packages.join(' ')} with apt-get failed: ${error instanceof Error ? error.message : String(error)}`, packages);
}
const still = TOOLS.filter((tool) => !tool.find());
if (still.length > 0) fail(`apt-get finished but ${still.map((tool) => tool.name).join(', ')} still cannot be found.`, still.map((tool) => tool.package));
say(`installed; using ${TOOLS.map((tool) => `${tool.name} (${tool.find()})`).join(', ')}`);
