// Runs one part of a build (ours: astro build, Pagefind, precompression; or Starlight's build) as
// a child process and measures it: wall-clock time, CPU time and peak memory. The same
// measurement for every part and both sites, so that their figures can be compared.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';

/** GNU time: the kernel's peak memory and CPU time of a process it waits for. */
export const TIME = '/usr/bin/time';

/** How memory was measured, as the report says it. */
export const memoryMethod = () =>
  existsSync(TIME) ? 'largest process: GNU time -v; tree: /proc sampled every 250 ms' : 'sampled from /proc every 250 ms (no /usr/bin/time)';

/**
 * Runs one part of the build as a child process, its output into `logFile`, and measures it:
 * - wall-clock milliseconds;
 * - peak memory of the largest process (GNU time -v, "Maximum resident set size", a kernel figure),
 *   and of the whole process tree (the sum of RSS, sampled from /proc every 250 ms);
 * - CPU time (user + system) of the tree: the larger of GNU time's figure (exact, but blind to a
 *   process that is never waited for, such as Pagefind's binary, killed when Node exits) and the
 *   sampled one (which misses at most the last 250 ms of each process). On a busy machine CPU time
 *   changes much less than the wall clock.
 * @param {string} label what runs, for the error message
 * @param {string} command
 * @param {string[]} commandArgs
 * @param {{ env: NodeJS.ProcessEnv, logFile: string, cwd: string, keep: boolean }} how: its environment, its
 *   log file (kept with --keep), its folder
 * @returns {Promise<{ ms: number, cpuMs: number, peakRssMiB: number, treeRssMiB: number }>}
 */
export async function run(label, command, commandArgs, { env, logFile, cwd, keep }) {
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

