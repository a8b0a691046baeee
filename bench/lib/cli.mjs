// The benchmark's command line: its options, read once, and its progress messages. Progress goes
// to stderr so that `npm run -s bench -- --json` leaves stdout machine-readable.

export const USAGE = 'npm run bench -- --pages N [--json] [--keep] [--profile] [--starlight] [--phone] [--word <search word>]';

/**
 * The options of one run, from the arguments after `npm run bench --`.
 * @param {string[]} args
 * @returns {{ pages: number, json: boolean, keep: boolean, profile: boolean, starlight: boolean, phone: boolean, word: string }}
 */
export function parseArgs(args) {
  const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const pages = Number(option('--pages') ?? 200);
  if (!Number.isInteger(pages) || pages < 2) {
    throw new Error('--pages must be a whole number of entries, at least 2, e.g. npm run bench -- --pages 200');
  }
  return {
    pages,
    json: args.includes('--json'),
    keep: args.includes('--keep'),
    profile: args.includes('--profile'),
    starlight: args.includes('--starlight'),
    phone: args.includes('--phone'),
    word: option('--word') ?? 'trata',
  };
}

/** A progress message, on stderr. @param {string} message */
export const say = (message) => process.stderr.write(`[bench] ${message}\n`);
