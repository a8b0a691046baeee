#!/usr/bin/env node
// npm run bench -- --pages N [--json] [--keep] [--profile] [--starlight] [--word <search word>]
//
// Build benchmark: copies content/ into a temporary folder, adds N synthetic entries (about half
// protocols, half lessons in kits, half of them with a Quechua draft; see bench-content.mjs),
// builds the site there the way `npm run build` does (astro build, then scripts/pagefind.mjs and
// scripts/precompress.mjs on the output folder), and prints: build seconds (each part and in all), ms per page, peak memory, size of the built
// folder, median and largest page brotli size, and what a first search transfers in Chromium.
// --json prints the figures as JSON; --keep leaves the temporary folder (its path is printed);
// --profile runs astro build under Node's CPU profiler and prints where its time went, by group
// (scripts/lib/cpu-profile.mjs), for the build's thread and the PDF workers (profiling slows it).
// --starlight then builds the same protocols, kits and lessons as an Astro Starlight site
// (scripts/lib/starlight-site.mjs), in a folder under .bench/ (a Starlight project must sit inside
// the repository to use its node_modules), and prints its figures beside ours (ms per page, first
// view): the issue's target is "no slower per page than Starlight", and this machine's speed
// varies too much from one hour to the next to compare with a figure measured another day.
// The build, its cache and the registry check all use the temporary folder (CONTENT_DIR,
// ASTRO_CACHE_DIR, REGISTRY_FILE, --outDir); in the repository only .astro/ is rewritten, as by
// every build (Astro keeps its generated types and prerender chunks there, git-ignored), so do not
// run the benchmark while another build or `npm test` runs in the same checkout.
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticContent } from './bench-content.mjs';
import { brotli } from '../src/lib/compression/compress.mjs';
import { createMeter } from './lib/page-weight.mjs';
import { GROUPS, summarizeProfiles } from './lib/cpu-profile.mjs';
import { writeStarlightSite } from './lib/starlight-site.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TIME = '/usr/bin/time';

// ---------------------------------------------------------------- arguments

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const pages = Number(option('--pages') ?? 200);
const json = args.includes('--json');
const keep = args.includes('--keep');
const profile = args.includes('--profile');
const starlight = args.includes('--starlight');
const word = option('--word') ?? 'trata';
if (!Number.isInteger(pages) || pages < 2) {
  console.error('bench: --pages must be a whole number of entries, at least 2, e.g. npm run bench -- --pages 200');
  process.exit(1);
}

/** Progress goes to stderr, so `--json` leaves stdout machine-readable. */
const say = (message) => process.stderr.write(`[bench] ${message}\n`);

// ---------------------------------------------------------------- the machine

function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const field = (name) => new RegExp(`^${name}\\s*:\\s*(.+)$`, 'm').exec(info)?.[1]?.trim();
    cpu = `${field('model name') ?? cpu} (family ${field('cpu family')}, model ${field('model')}, ${Math.round(Number(field('cpu MHz')))} MHz)`;
  } catch {
    // not Linux: os.cpus() is all there is
  }
  return {
    cores: os.availableParallelism(),
    cpu,
    ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

const load = () => os.loadavg().map((n) => Math.round(n * 100) / 100);

// ---------------------------------------------------------------- running a part of the build

/**
 * Runs one part of the build as a child process, its output into `logFile`, and measures it:
 * - wall-clock milliseconds;
 * - peak memory of the largest process (GNU time -v, "Maximum resident set size", a kernel figure),
 *   and of the whole process tree (the sum of RSS, sampled from /proc every 250 ms);
 * - CPU time (user + system) of the tree: the larger of GNU time's figure (exact, but blind to a
 *   process that is never waited for, such as Pagefind's binary, killed when Node exits) and the
 *   sampled one (which misses at most the last 250 ms of each process). On a busy machine CPU time
 *   changes much less than the wall clock.
 * @returns {Promise<{ ms: number, cpuMs: number, peakRssMiB: number, treeRssMiB: number }>}
 */
async function run(label, command, commandArgs, env, logFile, cwd = ROOT) {
  const timed = existsSync(TIME);
  const timeFile = `${logFile}.time`;
  const [file, argv] = timed ? [TIME, ['-v', '-o', timeFile, command, ...commandArgs]] : [command, commandArgs];
  const started = performance.now();
  // The output goes straight to the log file (a long build's log is large; `--keep` to watch it).
  const log = createWriteStream(logFile);
  let sampled = { cpuMs: 0, peakKiB: 0 };
  const code = await new Promise((done, fail) => {
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const sampler = sampleTree(child.pid ?? 0);
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', fail);
    child.on('close', (status) => {
      sampled = sampler.stop();
      log.end(() => done(status));
    });
  });
  const ms = performance.now() - started;
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').replace(/\x1b\[[0-9;]*m/g, '').trimEnd().split('\n').slice(-40).join('\n');
    throw new Error(`${label} failed (exit code ${code}); the last lines of its output (${keep ? logFile : 'use --keep to keep the log'}):\n${tail}`);
  }
  let timeCpuMs = 0;
  let peakKiB = sampled.peakKiB;
  if (timed) {
    const report = readFileSync(timeFile, 'utf8');
    const field = (name) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(report)?.[1] ?? 0);
    timeCpuMs = (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000;
    peakKiB = field('Maximum resident set size \\(kbytes\\)');
  }
  return {
    ms,
    cpuMs: Math.max(timeCpuMs, sampled.cpuMs),
    peakRssMiB: Math.round(peakKiB / 1024),
    treeRssMiB: Math.round(sampled.peakKiB / 1024),
  };
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux
const PAGE_KIB = 4;

/**
 * Samples a process and its descendants from /proc every 250 ms until stopped: the peak of their
 * summed RSS (KiB) and the CPU time each process had used when last seen. Returns zeros where
 * /proc does not exist.
 */
function sampleTree(root) {
  /** @type {Map<number, number>} CPU ticks per process, when last seen */
  const ticks = new Map();
  let peakKiB = 0;
  const read = (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  };
  const sample = () => {
    let rss = 0;
    const queue = [root];
    for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
      const stat = read(`/proc/${pid}/stat`);
      if (!stat) continue;
      // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15, rss 24.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(pid, Number(f[11]) + Number(f[12]));
      rss += Number(f[21]) * PAGE_KIB;
      let tasks = [];
      try {
        tasks = readdirSync(`/proc/${pid}/task`);
      } catch {
        // gone meanwhile
      }
      for (const task of tasks) queue.push(...read(`/proc/${pid}/task/${task}/children`).split(' ').filter(Boolean).map(Number));
    }
    peakKiB = Math.max(peakKiB, rss);
  };
  const timer = setInterval(sample, 250);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      const total = [...ticks.values()].reduce((a, b) => a + b, 0);
      return { cpuMs: (total / TICKS_PER_SECOND) * 1000, peakKiB };
    },
  };
}

// ---------------------------------------------------------------- the built folder

/** Every file under `dir`, as absolute paths. */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const median = (sorted) => {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
};

function measureOut(dir) {
  const files = walk(dir);
  const originals = files.filter((f) => !/\.(br|gz)$/.test(f));
  const html = originals.filter((f) => f.endsWith('.html'));
  const pageBrotli = html
    // The .br copy precompress.mjs wrote (it writes none that would not be smaller).
    .map((f) => ({
      path: `/${relative(dir, f).split(sep).join('/')}`.replace(/index\.html$/, ''),
      bytes: existsSync(`${f}.br`) ? statSync(`${f}.br`).size : brotli(readFileSync(f)).length,
    }))
    .sort((a, b) => a.bytes - b.bytes);
  const largest = pageBrotli.at(-1) ?? { path: '', bytes: 0 };
  const size = (list) => list.reduce((sum, f) => sum + statSync(f).size, 0);
  const count = (pattern) => originals.filter((f) => pattern.test(f)).length;
  return {
    htmlPages: html.length,
    pdfs: count(/\.pdf$/),
    files: originals.length,
    bytes: size(originals),
    bytesWithPrecompressed: size(files),
    pagefindBytes: size(originals.filter((f) => f.startsWith(join(dir, 'pagefind') + sep))),
    precompressedFiles: files.filter((f) => f.endsWith('.br')).length,
    medianPageBrotli: median(pageBrotli.map((p) => p.bytes)),
    largestPageBrotli: largest.bytes,
    largestPage: largest.path,
  };
}

// ---------------------------------------------------------------- first search, in Chromium

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** A static server over the built folder that answers with the .br file when the browser accepts brotli, as nginx with brotli_static does. */
function serve(dir) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = join(dir, decodeURIComponent(url.pathname));
    if (!path.startsWith(dir)) return void res.writeHead(400).end();
    if (url.pathname.endsWith('/')) path = join(path, 'index.html');
    try {
      const s = await stat(path);
      if (!s.isFile()) throw new Error('not a file');
    } catch {
      return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
    const headers = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    const brotli = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? '')) && existsSync(`${path}.br`);
    const body = await readFile(brotli ? `${path}.br` : path);
    res.writeHead(200, { ...headers, ...(brotli ? { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' } : {}), 'Content-Length': body.length });
    res.end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * Opens /buscar/?q=<word> in headless Chromium and adds up the bytes received (Chromium's
 * encodedDataLength, as tests/e2e/search.test.ts does): everything the visit loaded, and the
 * search's own part (/pagefind/ and /_astro/ files), which is what the test guards.
 */
async function firstSearch(dir) {
  const { chromium } = await import('playwright-core');
  const server = await serve(dir);
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  // The flags of tests/setup/browser.ts (this machine's closed network; no browser is downloaded).
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const urls = new Map();
    const sizes = new Map();
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => sizes.set(urls.get(e.requestId) ?? e.requestId, e.encodedDataLength));
    await page.goto(`http://127.0.0.1:${port}/buscar/?q=${encodeURIComponent(word)}`);
    await page.waitForFunction(() => /\d|No hay|Manam/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 60_000 });
    await page.waitForTimeout(500);
    const status = ((await page.locator('[data-search-status]').textContent()) ?? '').trim();
    const all = [...sizes];
    const search = all.filter(([u]) => u.includes('/pagefind/') || u.includes('/_astro/'));
    const sum = (list) => list.reduce((n, [, bytes]) => n + bytes, 0);
    return { word, status, requests: all.length, totalBytes: sum(all), searchBytes: sum(search) };
  } finally {
    await browser.close();
    server.close();
  }
}

// ---------------------------------------------------------------- Astro's own timings

/** Kinds of route, for the split of "generating static routes" (first match wins). */
const ROUTE_KINDS = [
  ['protocol PDFs', /^(\/qu)?\/protocolos\/.*\.pdf\/?$/],
  ['kit and lesson PDFs and ZIPs', /^\/kits\/.*\.(pdf|zip)\/?$/],
  ['posters (PDF, SVG)', /^\/campanas\/.*\.(pdf|svg)\/?$/],
  ['other files (citations, feeds, exports)', /\.(bib|ris|json|xml|ics|csv|vcf|txt)\/?$/],
  ['protocol version pages', /^(\/qu)?\/protocolos\/[^/]+\/v[\d.]+\/(index\.html)?$/],
  ['protocol change pages', /^(\/qu)?\/protocolos\/.*\/cambios\/(index\.html)?$/],
  ['other protocol pages (current version, list)', /^(\/qu)?\/protocolos\//],
  ['kit and lesson pages', /^(\/qu)?\/kits\//],
  ['other pages', /./],
];

/**
 * Reads Astro's build log: the time it reports for the whole build and its phases ("✓ Completed
 * in" after collecting build info, after generating the static routes, after the static build),
 * and the time it prints after each route ("├─ /path/ (+12ms)"), added up by kind of route. A
 * route's time is where the work happened first: a page that shows a PDF's size makes that PDF.
 */
function astroPhases(log) {
  const clean = log.replace(/\x1b\[[0-9;]*m/g, '');
  // Astro writes "850ms", "12.34s" or "12m 3s" (core/build/util.js, getTimeStat).
  const DURATION = String.raw`((?:\d+m )?[\d.]+(?:ms|s))`;
  const seconds = (m) => {
    const text = m?.[1];
    if (!text) return undefined;
    const parts = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(text);
    if (!parts) return undefined;
    return Number(parts[1] ?? 0) * 60 + Number(parts[2]) / (parts[3] === 'ms' ? 1000 : 1);
  };
  const completed = [...clean.matchAll(new RegExp(`Completed in ${DURATION}`, 'g'))].map(seconds);
  const built = new RegExp(`(\\d+) page\\(s\\) built in ${DURATION}`).exec(clean);
  const routes = new Map(ROUTE_KINDS.map(([kind]) => [kind, { count: 0, seconds: 0 }]));
  for (const m of clean.matchAll(new RegExp(`[├└]─ (\\S+) \\(\\+${DURATION}\\)`, 'g'))) {
    const path = m[1] ?? '';
    const kind = ROUTE_KINDS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other pages';
    const r = routes.get(kind);
    if (r) (r.count++, (r.seconds += seconds([m[0], m[2]]) ?? 0));
  }
  const types = new RegExp(`\\[types\\] Generated ${DURATION}`).exec(clean);
  const vite = [...clean.matchAll(new RegExp(`\\[vite\\] ✓ built in ${DURATION}`, 'g'))].map(seconds);
  return {
    pagesReported: built ? Number(built[1]) : undefined,
    buildSeconds: built ? seconds([built[0], built[2]]) : undefined,
    setupAndSyncSeconds: completed[0],
    typesSeconds: seconds(types),
    viteSeconds: vite.length ? round(vite.reduce((a, b) => a + (b ?? 0), 0)) : undefined,
    staticRoutesSeconds: completed[1],
    staticBuildSeconds: completed[2],
    routes: Object.fromEntries([...routes].map(([kind, r]) => [kind, { count: r.count, seconds: round(r.seconds) }])),
    routesSeconds: round([...routes.values()].reduce((n, r) => n + r.seconds, 0)),
  };
}

// ---------------------------------------------------------------- the run

/**
 * Astro processes (build, dev, check, sync) running in this checkout, from /proc. Every build
 * rewrites .astro/ in the project, whatever its CONTENT_DIR and cache: two at once break each
 * other ("Cannot find module …/.astro/.prerender/chunks/…").
 */
function astroRunningHere() {
  const here = realpathSync(ROOT);
  let pids = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
  } catch {
    return []; // no /proc: nothing to check
  }
  return pids.filter((pid) => {
    try {
      return realpathSync(`/proc/${pid}/cwd`) === here && /astro(\.m?js)?\0(build|dev|check|sync)\b/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
    } catch {
      return false;
    }
  });
}

const busy = astroRunningHere();
if (busy.length > 0) {
  console.error(
    `bench: Astro is already running in this checkout (process ${busy.join(', ')}); both would rewrite .astro/ and break. ` +
      'Wait for it to finish (or run the benchmark from another clone).',
  );
  process.exit(1);
}

const tmp = mkdtempSync(join(os.tmpdir(), 'alianza-bench-'));
/** The Starlight project, inside the repository (see --starlight above). */
let starlightDir;
const cleanUp = () => {
  if (keep) say(`kept ${[tmp, starlightDir].filter(Boolean).join(' and ')}`);
  else for (const dir of [tmp, starlightDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  // .bench/ itself, once empty.
  if (starlightDir && !keep) {
    try {
      rmdirSync(dirname(starlightDir));
    } catch {
      // not empty: another run's folder is there
    }
  }
};
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

try {
  const contentDir = join(tmp, 'content');
  const outDir = join(tmp, 'dist');
  say(`copying content/ and writing ${pages} synthetic entries into ${contentDir}`);
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  const generated = writeSyntheticContent(contentDir, pages);

  // The registry check runs as in a real build, against a copy of registry/published.json whose
  // version files point into the copied content: it passes (the site's own pages and versions are
  // all there), warns about the synthetic URLs, and writes nothing (REGISTRY_UPDATE is unset).
  const registryFile = join(tmp, 'published.json');
  const relContent = relative(ROOT, contentDir).split(sep).join('/');
  const registrySource = join(ROOT, 'registry', 'published.json');
  const registry = existsSync(registrySource) ? JSON.parse(readFileSync(registrySource, 'utf8')) : { urls: [], versions: {} };
  registry.versions = Object.fromEntries(Object.entries(registry.versions ?? {}).map(([file, hash]) => [file.replace(/^content\//, `${relContent}/`), hash]));
  writeFileSync(registryFile, JSON.stringify(registry));

  const env = { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(tmp, 'cache'), REGISTRY_FILE: registryFile, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.REGISTRY_UPDATE;
  delete env.STRICT;

  const loadBefore = load();
  say(`load average before: ${loadBefore.join(', ')}`);
  say('astro build…');
  const profileDir = join(tmp, 'profile');
  const profiling = profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const astro = await run('astro build', process.execPath, [...profiling, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], env, join(tmp, 'astro.log'));
  say(`astro build: ${(astro.ms / 1000).toFixed(1)} s`);
  say('pagefind…');
  const pagefind = await run('pagefind', process.execPath, [join(ROOT, 'scripts/pagefind.mjs'), outDir], env, join(tmp, 'pagefind.log'));
  say(`pagefind: ${(pagefind.ms / 1000).toFixed(1)} s`);
  say('precompress…');
  const precompress = await run('precompress', process.execPath, [join(ROOT, 'scripts/precompress.mjs'), outDir], env, join(tmp, 'precompress.log'));
  say(`precompress: ${(precompress.ms / 1000).toFixed(1)} s`);
  const loadAfter = load();

  const out = measureOut(outDir);
  say('first search in Chromium…');
  const search = await firstSearch(outDir);
  const log = readFileSync(join(tmp, 'astro.log'), 'utf8');
  const totalMs = astro.ms + pagefind.ms + precompress.ms;
  const astroLog = astroPhases(log);
  const yardstick = starlight ? await buildStarlight(contentDir, out, astro.ms + pagefind.ms) : undefined;
  const ourFirstView = starlight ? firstView(outDir) : undefined;
  const cpuProfile = profile
    ? summarizeProfiles(readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(profileDir, f)))
    : undefined;

  const result = {
    entries: pages,
    generated: {
      protocols: generated.protocols,
      lessons: generated.lessons,
      kits: generated.kits,
      quechuaFiles: generated.quechua,
      medianProtocolWords: median([...generated.protocolWords].sort((a, b) => a - b)),
      medianLessonWords: median([...generated.lessonWords].sort((a, b) => a - b)),
    },
    machine: machine(),
    load: { before: loadBefore, after: loadAfter },
    seconds: {
      astro: round(astro.ms / 1000),
      pagefind: round(pagefind.ms / 1000),
      precompress: round(precompress.ms / 1000),
      total: round(totalMs / 1000),
    },
    cpuSeconds: {
      astro: round(astro.cpuMs / 1000),
      pagefind: round(pagefind.cpuMs / 1000),
      precompress: round(precompress.cpuMs / 1000),
      total: round((astro.cpuMs + pagefind.cpuMs + precompress.cpuMs) / 1000),
    },
    cpuMsPerPage: {
      total: round((astro.cpuMs + pagefind.cpuMs + precompress.cpuMs) / out.htmlPages),
      astroAndPagefind: round((astro.cpuMs + pagefind.cpuMs) / out.htmlPages),
    },
    msPerPage: {
      total: round(totalMs / out.htmlPages),
      astroAndPagefind: round((astro.ms + pagefind.ms) / out.htmlPages),
      astro: round(astro.ms / out.htmlPages),
    },
    // Largest process (GNU time) and whole tree (sampled); `bench` is this process (the content
    // generator, the small static server and Playwright's client).
    peakRssMiB: {
      astro: astro.peakRssMiB,
      astroTree: astro.treeRssMiB,
      pagefind: pagefind.peakRssMiB,
      pagefindTree: pagefind.treeRssMiB,
      precompress: precompress.peakRssMiB,
      bench: Math.round(process.resourceUsage().maxRSS / 1024),
    },
    memoryMethod: existsSync(TIME) ? 'largest process: GNU time -v; tree: /proc sampled every 250 ms' : 'sampled from /proc every 250 ms (no /usr/bin/time)',
    out,
    firstSearch: search,
    ...(cpuProfile ? { cpuProfileSeconds: profileSeconds(cpuProfile) } : {}),
    ...(yardstick ? { starlight: yardstick, firstView: ourFirstView } : {}),
    astroLog: { ...astroLog, startupSeconds: astroLog.buildSeconds === undefined ? undefined : round(astro.ms / 1000 - astroLog.buildSeconds) },
  };

  if (json) console.log(JSON.stringify(result, null, 2));
  else console.log(table(result));
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  cleanUp();
}

/**
 * Builds the same protocols, kits and lessons as a Starlight site (its `astro build` includes its
 * Pagefind index) and returns its figures, and ours divided by them.
 */
async function buildStarlight(contentDir, ours, oursMs) {
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  starlightDir = mkdtempSync(join(ROOT, '.bench', 'starlight-'));
  const written = writeStarlightSite(starlightDir, contentDir, join(ROOT, 'node_modules'));
  say(`Starlight: ${written.pages} pages written into ${starlightDir}; astro build…`);
  const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of ['CONTENT_DIR', 'ASTRO_CACHE_DIR', 'REGISTRY_FILE', 'REGISTRY_UPDATE', 'STRICT']) delete env[name];
  const built = await run(
    'Starlight build',
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
    env,
    join(tmp, 'starlight.log'),
    starlightDir,
  );
  say(`Starlight build: ${(built.ms / 1000).toFixed(1)} s`);
  const htmlPages = walk(join(starlightDir, 'dist')).filter((f) => f.endsWith('.html')).length;
  const msPerPage = built.ms / htmlPages;
  return {
    sourcePages: written.pages,
    htmlPages,
    seconds: round(built.ms / 1000),
    cpuSeconds: round(built.cpuMs / 1000),
    msPerPage: round(msPerPage),
    peakRssMiB: built.peakRssMiB,
    firstView: firstView(join(starlightDir, 'dist')),
    // Ours (astro + Pagefind, as Starlight's build has both) divided by Starlight's.
    ratio: {
      msPerPage: Math.round((oursMs / ours.htmlPages / msPerPage) * 100) / 100,
      seconds: Math.round((oursMs / built.ms) * 100) / 100,
    },
  };
}

/**
 * What a first view of a page costs (scripts/lib/page-weight.mjs, as `npm run budget` measures
 * it: the HTML and everything it loads at once, brotli 11), median of 25 pages spread through
 * the site in path order. A sample, because Starlight's pages list the whole site (about 600 KB
 * of HTML each at N = 1000) and brotli 11 takes most of a second on one.
 */
function firstView(dir) {
  const meter = createMeter(dir);
  const paths = meter.pages();
  const n = Math.min(25, paths.length);
  const pages = Array.from({ length: n }, (_, i) => meter.measure(paths[Math.floor((i * paths.length) / n)]));
  const mid = (figure) => median(pages.map(figure).sort((a, b) => a - b));
  return {
    sampledPages: n,
    firstViewBr: mid((p) => p.firstViewBr),
    htmlBr: mid((p) => p.htmlBr),
    cssBr: mid((p) => p.cssBr),
    jsBr: mid((p) => p.jsBr),
    requests: mid((p) => p.requests.length),
  };
}

/** Seconds of each group of the CPU profiles, largest first. */
function profileSeconds({ main, workers, workerThreads }) {
  const seconds = (ms) =>
    Object.fromEntries(Object.entries(ms).sort((a, b) => b[1] - a[1]).map(([group, v]) => [group, round(v / 1000)]));
  return { groups: GROUPS.map(([g]) => g), main: seconds(main), workers: seconds(workers), workerThreads };
}

function describeFirstView(v) {
  return `median ${kb(v.firstViewBr)} brotli (HTML ${kb(v.htmlBr)}, CSS ${kb(v.cssBr)}, scripts ${kb(v.jsBr)}; ${v.requests} requests), of ${v.sampledPages} pages sampled`;
}

function describeGroups(seconds) {
  const total = round(Object.values(seconds).reduce((a, b) => a + b, 0));
  return `${total} s: ${Object.entries(seconds).map(([g, v]) => `${g} ${v}`).join(', ')}`;
}

function round(n) {
  return Math.round(n * 10) / 10;
}

function table(r) {
  const mb = (bytes) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  const rows = [
    ['entries generated', `${r.entries} (${r.generated.protocols} protocols, ${r.generated.lessons} lessons in ${r.generated.kits} kits, ${r.generated.quechuaFiles} Quechua files)`],
    ['median words', `protocol ${r.generated.medianProtocolWords}, lesson ${r.generated.medianLessonWords}`],
    ['HTML pages built', `${r.out.htmlPages} (and ${r.out.pdfs} PDFs)`],
    ['build seconds', `${r.seconds.total} s (astro ${r.seconds.astro}, pagefind ${r.seconds.pagefind}, precompress ${r.seconds.precompress})`],
    ['ms per page', `${r.msPerPage.total} (astro + pagefind ${r.msPerPage.astroAndPagefind}, astro alone ${r.msPerPage.astro})`],
    ['CPU seconds', `${r.cpuSeconds.total} s (astro ${r.cpuSeconds.astro}, pagefind ${r.cpuSeconds.pagefind}, precompress ${r.cpuSeconds.precompress})`],
    ['CPU ms per page', `${r.cpuMsPerPage.total} (astro + pagefind ${r.cpuMsPerPage.astroAndPagefind})`],
    ['peak memory (RSS)', `astro ${r.peakRssMiB.astro} MiB, pagefind ${r.peakRssMiB.pagefind} MiB (${r.peakRssMiB.pagefindTree} MiB with its binary), precompress ${r.peakRssMiB.precompress} MiB (${r.memoryMethod})`],
    ['built folder', `${mb(r.out.bytes)} in ${r.out.files} files (pagefind ${mb(r.out.pagefindBytes)}); ${mb(r.out.bytesWithPrecompressed)} with .br/.gz`],
    ['page, brotli', `median ${kb(r.out.medianPageBrotli)}, largest ${kb(r.out.largestPageBrotli)} (${r.out.largestPage})`],
    ['first search', `${kb(r.firstSearch.searchBytes)} for search files, ${kb(r.firstSearch.totalBytes)} with the page (${r.firstSearch.requests} requests, "${r.firstSearch.word}": ${r.firstSearch.status})`],
    ['astro log', `before Astro's timer ${r.astroLog.startupSeconds} s (Node start, loading Astro and the config); build ${r.astroLog.buildSeconds} s: setup and content sync ${r.astroLog.setupAndSyncSeconds} s (types ${r.astroLog.typesSeconds}), vite ${r.astroLog.viteSeconds} s, static routes ${r.astroLog.staticRoutesSeconds} s`],
    // Pages render four at a time (build.concurrency), so these times overlap: read them as shares.
    ...Object.entries(r.astroLog.routes).map(([kind, v]) => [`  ${kind}`, `${v.count} routes, ${v.seconds} s (overlapping)`]),
    ...(r.cpuProfileSeconds
      ? [
          ['CPU profile, build thread', describeGroups(r.cpuProfileSeconds.main)],
          [`CPU profile, ${r.cpuProfileSeconds.workerThreads} PDF workers`, describeGroups(r.cpuProfileSeconds.workers)],
        ]
      : []),
    ...(r.starlight
      ? [
          [
            'Starlight, same entries',
            `${r.starlight.htmlPages} HTML pages (from ${r.starlight.sourcePages} pages of content), ${r.starlight.seconds} s (astro with its Pagefind), ${r.starlight.msPerPage} ms per page, CPU ${r.starlight.cpuSeconds} s, peak ${r.starlight.peakRssMiB} MiB`,
          ],
          ['first view, this site', describeFirstView(r.firstView)],
          ['first view, Starlight', describeFirstView(r.starlight.firstView)],
          ['this site ÷ Starlight', `${r.starlight.ratio.msPerPage} × per page, ${r.starlight.ratio.seconds} × in all (astro + Pagefind; this site also makes ${r.out.pdfs} PDFs)`],
        ]
      : []),
    ['machine', `${r.machine.cores} cores, ${r.machine.cpu}, ${r.machine.ramGiB} GiB RAM, Node ${r.machine.node}`],
    ['load average', `before ${r.load.before.join(' ')}, after ${r.load.after.join(' ')}`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}
