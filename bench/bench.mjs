#!/usr/bin/env node
// npm run bench -- --pages N [--json] [--keep] [--profile] [--starlight] [--word <search word>]
// (`npm run bench` is bench/run.mjs, which installs this package's own dependencies for
// --starlight first, then runs this file on the project's Node.)
//
// Build benchmark: copies content/ into a temporary folder, adds N synthetic entries (about half
// protocols, half lessons in kits, half of them with a Quechua draft; see content.mjs), builds the
// site there the way `npm run build` does (lib/site.mjs: one astro build, which writes the search
// index and the precompressed copies too, from the root project), and prints: build
// seconds (each part and in all), ms per page, peak memory, size of the built folder, median and
// largest page brotli size, and what a first search transfers in Chromium.
// --json prints the figures as JSON; --keep leaves the temporary folder (its path is printed);
// --profile runs astro build under Node's CPU profiler and prints where its time went, by group
// (lib/cpu-profile.mjs), for the build's thread and the PDF workers (profiling slows it).
// --starlight then builds the same protocols, kits and lessons as an Astro Starlight site
// (lib/starlight.mjs, lib/starlight-site.mjs), in a folder under bench/.work/ (a Starlight project
// must sit inside this package to use bench/node_modules), and prints its figures beside ours (ms
// per page, first view): the issue's target is "no slower per page than Starlight", and this
// machine's speed varies too much from one hour to the next to compare with a figure measured
// another day.
// The build, its cache and the registry check all use the temporary folder (CONTENT_DIR,
// ASTRO_CACHE_DIR, REGISTRY_FILE, --outDir); in the repository only .astro/ is rewritten, as by
// every build (Astro keeps its generated types and prerender chunks there, git-ignored), so do not
// run the benchmark while another build or `npm test` runs in the same checkout.
//
// This file runs the steps in order and puts the figures together; each step is a module of lib/.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { writeSyntheticContent } from './content.mjs';
import { astroPhases } from './lib/astro-log.mjs';
import { firstView, measureOut, walk } from './lib/built-folder.mjs';
import { parseArgs, say } from './lib/cli.mjs';
import { GROUPS, summarizeProfiles } from './lib/cpu-profile.mjs';
import { firstSearch } from './lib/first-search.mjs';
import { astroRunningIn, load, machine } from './lib/machine.mjs';
import { median, round } from './lib/numbers.mjs';
import { table } from './lib/report.mjs';
import { buildSite, ROOT, siteEnv } from './lib/site.mjs';
import { buildStarlight, checkStarlightInstalled, makeStarlightDir, removeStarlightDir } from './lib/starlight.mjs';
import { memoryMethod } from './lib/timed-run.mjs';
import { PHONE_PAGES, phoneFigures, phoneTable, starlightPages } from './lib/phone.mjs';

/** Stops before anything is written: a wrong option, a missing dependency, a build already running. */
function refuse(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

let options;
try {
  options = parseArgs(process.argv.slice(2));
  if (options.starlight) checkStarlightInstalled();
} catch (error) {
  refuse(error instanceof Error ? error.message : String(error));
}
const { pages, json, keep, profile, starlight, phone, word } = options;

const busy = astroRunningIn(ROOT);
if (busy.length > 0) {
  refuse(
    `Astro is already running in this checkout (process ${busy.join(', ')}); both would rewrite .astro/ and break. ` +
      'Wait for it to finish (or run the benchmark from another clone).',
  );
}

const tmp = mkdtempSync(join(os.tmpdir(), 'alianza-bench-'));
/** The Starlight project, in bench/.work/ (see --starlight above). */
let starlightDir;
const cleanUp = () => {
  if (keep) say(`kept ${[tmp, starlightDir].filter(Boolean).join(' and ')}`);
  else {
    rmSync(tmp, { recursive: true, force: true });
    if (starlightDir) removeStarlightDir(starlightDir);
  }
};
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

/** Seconds of each group of the CPU profiles, largest first. */
function profileSeconds({ main, workers, workerThreads }) {
  const seconds = (ms) =>
    Object.fromEntries(Object.entries(ms).sort((a, b) => b[1] - a[1]).map(([group, v]) => [group, round(v / 1000)]));
  return { groups: GROUPS.map(([g]) => g), main: seconds(main), workers: seconds(workers), workerThreads };
}

try {
  const contentDir = join(tmp, 'content');
  const outDir = join(tmp, 'dist');
  say(`copying content/ and writing ${pages} synthetic entries into ${contentDir}`);
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  const generated = writeSyntheticContent(contentDir, pages);
  const env = siteEnv(tmp, contentDir);

  const loadBefore = load();
  say(`load average before: ${loadBefore.join(', ')}`);
  const profileDir = profile ? join(tmp, 'profile') : undefined;
  const { build, pagefind, precompress, astroLog: astroLogFile } = await buildSite({ outDir, env, tmp, profileDir, keep });
  // Astro's own part: the build less the two steps it runs at its end.
  const astro = { ms: build.ms - pagefind.ms - precompress.ms };
  const loadAfter = load();

  const out = measureOut(outDir);
  say('first search in Chromium…');
  const search = await firstSearch(outDir, word);
  const log = readFileSync(astroLogFile, 'utf8');
  const totalMs = build.ms;
  const astroLog = astroPhases(log);
  let yardstick;
  if (starlight) {
    starlightDir = makeStarlightDir();
    yardstick = await buildStarlight({ dir: starlightDir, contentDir, ours: out, oursMs: astro.ms + pagefind.ms, tmp, keep });
  }
  const ourFirstView = starlight ? firstView(outDir) : undefined;
  let phones;
  if (phone) {
    say('pages and the first search on a throttled phone (2G, 3G), three cold loads each…');
    phones = { ours: await phoneFigures(outDir, PHONE_PAGES, { word }) };
    if (yardstick) {
      const theirs = starlightPages(walk(yardstick.dist).filter((f) => f.endsWith('index.html')).map((f) => `/${f.slice(yardstick.dist.length + 1)}`));
      phones.starlight = await phoneFigures(yardstick.dist, theirs, { search: false });
    }
  }
  const cpuProfile = profileDir
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
    // One process does all three steps, so CPU time is the whole build's.
    cpuSeconds: { total: round(build.cpuMs / 1000) },
    cpuMsPerPage: { total: round(build.cpuMs / out.htmlPages) },
    msPerPage: {
      total: round(totalMs / out.htmlPages),
      astroAndPagefind: round((astro.ms + pagefind.ms) / out.htmlPages),
      astro: round(astro.ms / out.htmlPages),
    },
    // Largest process (GNU time) and whole tree (sampled); `bench` is this process (the content
    // generator, the small static server and Playwright's client).
    peakRssMiB: {
      astro: build.peakRssMiB,
      astroTree: build.treeRssMiB,
      bench: Math.round(process.resourceUsage().maxRSS / 1024),
    },
    memoryMethod: memoryMethod(),
    out,
    firstSearch: search,
    ...(cpuProfile ? { cpuProfileSeconds: profileSeconds(cpuProfile) } : {}),
    ...(yardstick ? { starlight: yardstick, firstView: ourFirstView } : {}),
    ...(phones ? { phone: phones } : {}),
    astroLog: { ...astroLog, startupSeconds: astroLog.buildSeconds === undefined ? undefined : round(build.ms / 1000 - astroLog.buildSeconds) },
  };

  if (json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(table(result));
    if (phones) console.log(`\n${phoneTable('this site', phones.ours)}${phones.starlight ? `\n${phoneTable('Starlight', phones.starlight)}` : ''}`);
  }
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  cleanUp();
}
