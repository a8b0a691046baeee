#!/usr/bin/env node
// Makes sure a Chromium binary is available for the end-to-end tests.
//
// Looks at $CHROME_PATH (if set and executable), else /usr/bin/chromium.
// If neither exists and we run as root with apt-get available, installs
// Debian's `chromium` package (the only way this project gets a browser:
// never a download by a test tool). Otherwise exits 1 saying how to install it.
//
// Plain ESM, no dependencies. Run by `npm test` before vitest.
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const DEFAULT_PATH = '/usr/bin/chromium';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    console.warn(`[ensure-chromium] CHROME_PATH=${fromEnv} is not an executable file; trying ${DEFAULT_PATH}`);
  }
  if (isExecutable(DEFAULT_PATH)) return DEFAULT_PATH;
  return null;
}

function findAptGet() {
  for (const p of ['/usr/bin/apt-get', '/bin/apt-get']) {
    if (existsSync(p)) return p;
  }
  return null;
}

function run(cmd, args) {
  console.log(`[ensure-chromium] $ ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (res.error) throw res.error;
  if (res.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited with status ${res.status ?? res.signal}`);
  }
}

function fail(message) {
  console.error(`[ensure-chromium] ${message}`);
  console.error(
    '[ensure-chromium] Install Debian\'s Chromium with `sudo apt-get install chromium`, ' +
      'or set CHROME_PATH to an existing Chromium/Chrome executable.',
  );
  process.exit(1);
}

let found = findChromium();
if (found) {
  console.log(`[ensure-chromium] using ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const aptGet = findAptGet();
if (!isRoot || !aptGet) {
  fail(
    `Chromium not found (looked at ${process.env.CHROME_PATH ? `$CHROME_PATH and ` : ''}${DEFAULT_PATH}) ` +
      `and cannot install it automatically (${!isRoot ? 'not running as root' : 'apt-get not available'}).`,
  );
}

console.log(
  `[ensure-chromium] Chromium not found at ${DEFAULT_PATH}; installing Debian's "chromium" package with apt-get ` +
    '(apt-get update, then apt-get install -y chromium). This can take a few minutes.',
);
try {
  run(aptGet, ['update']);
  run(aptGet, ['install', '-y', 'chromium']);
} catch (err) {
  fail(`Installing chromium with apt-get failed: ${err instanceof Error ? err.message : String(err)}`);
}

found = findChromium();
if (!found) {
  fail(`apt-get finished but no Chromium executable was found at ${DEFAULT_PATH}.`);
}
console.log(`[ensure-chromium] installed; using ${found}`);
