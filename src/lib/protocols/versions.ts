/**
 * Versions of a protocol: ordering, the version in force, the next number.
 * A version number is "major.minor" ("1.0", "2.1", "1.10"), compared as numbers.
 */

export type VersionStatus = 'vigente' | 'reemplazado' | 'borrador';

export interface VersionInfo {
  version: string;
  status: VersionStatus;
  effective: Date;
}

const VERSION = /^(\d+)\.(\d+)$/;

function parts(version: string): [number, number] {
  const match = VERSION.exec(version);
  if (!match) throw new Error(`"${version}" is not a version number like "1.0" or "2.1"`);
  return [Number(match[1]), Number(match[2])];
}

/** Negative when a is older than b, 0 when they are the same number ("1.0" and "1.00"). */
export function compareVersions(a: string, b: string): number {
  const [am, an] = parts(a);
  const [bm, bn] = parts(b);
  return am - bm || an - bn;
}

/** Oldest first. */
export function sortVersions<T extends { version: string }>(list: readonly T[]): T[] {
  return [...list].sort((x, y) => compareVersions(x.version, y.version));
}

/**
 * The version in force on `today`: the newest one that is `vigente` and whose effective date has
 * come. Drafts and versions that take effect later are never current.
 */
export function currentVersion<T extends VersionInfo>(list: readonly T[], today: Date): T | undefined {
  return sortVersions(list)
    .reverse()
    .find((v) => v.status === 'vigente' && v.effective.getTime() <= today.getTime());
}

/** The version just before `version`, if any. */
export function previousVersion<T extends { version: string }>(list: readonly T[], version: string): T | undefined {
  return sortVersions(list)
    .filter((v) => compareVersions(v.version, version) < 0)
    .at(-1);
}

/** The number after `version`: "1.2" → "1.3" (minor) or "2.0" (major). */
export function nextVersionNumber(version: string, kind: 'minor' | 'major' = 'minor'): string {
  const [major, minor] = parts(version);
  return kind === 'major' ? `${major + 1}.0` : `${major}.${minor + 1}`;
}

/** The day a build considers "today": BUILD_DATE (YYYY-MM-DD) when set, for reproducible builds. */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env['BUILD_DATE'];
  if (fixed) {
    const date = new Date(`${fixed}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) throw new Error(`BUILD_DATE="${fixed}" is not a date: write it as YYYY-MM-DD`);
    return date;
  }
  return new Date();
}
