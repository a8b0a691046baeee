// The machine a run is measured on, printed with its figures because this machine's speed varies
// from one hour to the next: its CPU, memory and Node, its load average before and after, and
// whether another Astro process is running in the checkout (which would break both).
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import os from 'node:os';

/** The CPU (from /proc/cpuinfo on Linux), cores, RAM, Node and OS. */
export function machine() {
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

/** The load averages (1, 5, 15 minutes), to two decimals. */
export const load = () => os.loadavg().map((n) => Math.round(n * 100) / 100);

/**
 * Astro processes (build, dev, check, sync) running in the checkout `root`, from /proc. Every
 * build rewrites .astro/ in the project, whatever its CONTENT_DIR and cache: two at once break
 * each other ("Cannot find module …/.astro/.prerender/chunks/…").
 * @param {string} root
 * @returns {string[]} their process ids
 */
export function astroRunningIn(root) {
  const here = realpathSync(root);
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
