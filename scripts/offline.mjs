#!/usr/bin/env node
// npm run offline [-- --dist <folder>] [--out <folder>] [--date YYYY-MM-DD] [--zim | --no-zim]
// Writes into offline/, from a fresh build (dist/ is built first when it is missing or older than
// the sources):
// - alianza-cpc-<date>.zip: the whole site as a folder that opens from files (no server, no
//   network), with its own search; the unpacked folder stays beside it;
// - alianza-cpc_es-qu_<month>.zim: the same copy for Kiwix, written by openZIM's zimwriterfs and
//   checked with zimcheck (scripts/lib/offline-zim.mjs).
// Prints the sizes and the ten largest files; exits 1 over a budget. docs/offline.md says how it
// works and how to use it.
//
// --dist <folder>  a built site to use as it is (never built again; the tests pass theirs)
// --out <folder>   where to write (default offline/)
// --date <day>     the day the copy says it was made (default BUILD_DATE, else today)
// --zim            the ZIM is required: exit 1 when it cannot be written (without zim-tools)
// --no-zim         write the zip only
// Without either, the ZIM is written when zim-tools is installed (or can be, as root); otherwise
// the zip is still written, and a message says how to install the tools.
//
// The code is src/lib/offline-copy/ (TypeScript), bundled here with esbuild to run on Node.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { freshDist } from './lib/fresh-dist.mjs';
import { writeZim, zimTools } from './lib/offline-zim.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const LIB = join(ROOT, 'src', 'lib', 'offline-copy');

const fail = (message) => {
  console.error(`offline: ${message}`);
  process.exit(1);
};

function parseArgs(argv) {
  const args = { dist: undefined, out: join(ROOT, 'offline'), date: process.env.BUILD_DATE, zim: 'if-possible' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i] ?? fail(`${flag} needs a value`);
    if (flag === '--dist') args.dist = resolve(value());
    else if (flag === '--out') args.out = resolve(value());
    else if (flag === '--date') args.date = value();
    else if (flag === '--zim') args.zim = 'required';
    else if (flag === '--no-zim') args.zim = 'no';
    else fail(`unknown option "${flag}" (options: --dist <folder>, --out <folder>, --date YYYY-MM-DD, --zim, --no-zim)`);
  }
  args.date ??= new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(args.date) || Number.isNaN(Date.parse(args.date))) fail(`--date (or BUILD_DATE) "${args.date}" is not a day like 2026-12-06`);
  return args;
}

/**
 * src/lib/offline-copy for Node (copy, package, ZIM), bundled whole into a temporary file (so it
 * runs from anywhere, as any user), and the search engine for the browser.
 */
async function bundle() {
  const dir = mkdtempSync(join(tmpdir(), 'alianza-offline-'));
  const lib = join(dir, 'offline-copy.mjs');
  try {
    await build({
      stdin: { contents: "export * from './copy.ts'; export * from './package.ts'; export * from './zim.ts'; export * from './published.ts';", resolveDir: LIB, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: lib,
      logLevel: 'error',
    });
    const engine = await build({ entryPoints: [join(LIB, 'search-browser.ts')], bundle: true, format: 'iife', minify: true, target: 'es2020', write: false, logLevel: 'error' });
    return { lib: await import(pathToFileURL(lib).href), engineScript: engine.outputFiles[0].text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let dist = args.dist;
  if (dist && !existsSync(join(dist, 'index.html'))) fail(`--dist ${dist} holds no built site (no index.html): build it, or leave --dist out to build dist/`);
  dist ??= freshDist(ROOT, {
    log: (message) => console.log(`offline: ${message}`),
    build: () => {
      const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
      if (result.status !== 0) fail('`npm run build` failed (its output is above): the copy is made from a complete build');
    },
  });
  const { lib, engineScript } = await bundle();
  const date = new Date(`${args.date}T12:00:00Z`);
  const name = lib.copyName(args.date);
  const folder = join(args.out, name);
  const started = Date.now();
  const result = lib.makeCopy({ dist, out: folder, date, engineScript });
  const zip = lib.zipCopy(folder, result, name, date);
  mkdirSync(args.out, { recursive: true });
  const zipFile = join(args.out, `${name}.zip`);
  writeFileSync(zipFile, zip);
  const report = lib.sizeReport(result, zip.byteLength);
  console.log(`offline: ${relative(process.cwd(), zipFile) || zipFile} (unpacked in ${relative(process.cwd(), folder) || folder}/) from ${dist}, for ${result.siteUrl}, in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  for (const line of report.lines) console.log(`offline: ${line}`);
  if (report.over.length > 0) fail(`over budget (docs/offline.md says what each budget is for):\n${report.over.map((o) => `  - ${o}`).join('\n')}`);
  const written = [{ kind: 'zip', file: `${name}.zip` }];
  const zimFile = args.zim === 'no' ? undefined : makeZim(args, lib, folder, result);
  if (zimFile) written.push({ kind: 'zim', file: zimFile });
  lib.writeManifest(args.out, args.date, written);
  console.log(`offline: ${relative(process.cwd(), join(args.out, lib.MANIFEST_FILE))} lists them: the next \`${args.out === join(ROOT, 'offline') ? '' : `OFFLINE_DIR=${args.out} `}npm run build\` publishes them on "Descargar el sitio completo" (docs/offline.md)`);
}

/** The ZIM file, when zim-tools is there (or can be installed): its name, else undefined. */
function makeZim(args, lib, folder, result) {
  const tools = zimTools((message) => console.log(`offline: ${message}`));
  if (tools.missing) {
    if (args.zim === 'required') fail(`--zim: ${tools.missing}`);
    console.log(`offline: no ZIM file written: ${tools.missing}`);
    return undefined;
  }
  const zimFile = join(args.out, lib.zimFileName(args.date));
  const zimStarted = Date.now();
  const bytes = writeZim({ lib, tools, folder, zimFile, siteUrl: result.siteUrl, readmeFiles: lib.README_FILES });
  console.log(`offline: ${relative(process.cwd(), zimFile) || zimFile}: ${(bytes / 1024 / 1024).toFixed(1)} MB, zimcheck --all passed, in ${((Date.now() - zimStarted) / 1000).toFixed(1)}s`);
  return lib.zimFileName(args.date);
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
