#!/usr/bin/env node
// `npm run bench -- …` from the repository's root. The benchmark is its own package (bench/), so
// that the site does not depend on what only the benchmark uses (Astro Starlight): this installs
// bench/'s dependencies the first time --starlight needs them, then runs the benchmark in this
// process, on the Node the npm script chose (the project's pinned Node 24).
import { say } from './lib/cli.mjs';
import { INSTALL, installDependencies, missingDependencies } from './lib/deps.mjs';

if (process.argv.includes('--starlight')) {
  const missing = missingDependencies();
  if (missing.length > 0) {
    say(`--starlight needs ${missing.join(', ')} in bench/node_modules: installing them (${INSTALL})…`);
    try {
      installDependencies();
    } catch (error) {
      console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  }
}

await import('./bench.mjs');
