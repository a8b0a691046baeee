/**
 * A fact is fresh when someone checked it against its sources in the last 12 months. A normal
 * build warns about the others; `npm run build:strict` refuses to publish them.
 */
import { isoDay } from '../text/format';

/** How long a verification holds. */
export const FRESH_MONTHS = 12;

export interface StaleFact {
  file: string;
  field: string;
  message: string;
}

/** The day `months` months before `today` (UTC): a fact verified before it is stale. */
export function freshSince(today: Date, months = FRESH_MONTHS): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
}

/** Every fact verified before the freshness window, with the file and field to fix. */
export function staleFacts(
  facts: readonly { id: string; file: string; index?: number | undefined; verified: Date }[],
  today: Date,
  months = FRESH_MONTHS,
): StaleFact[] {
  const since = freshSince(today, months);
  return facts
    .filter((f) => f.verified.getTime() < since.getTime())
    .map((f) => ({
      file: f.file,
      field: `${f.index === undefined ? '' : `[${f.index}].`}verified`,
      message:
        `is ${isoDay(f.verified)} (${f.id}): this fact was last verified more than ${months} months before ${isoDay(today)}; ` +
        `check it against its sources again and set "verified:" to the day you did, correcting the value or the sources if they changed`,
    }));
}

/** What a normal build prints about stale facts (it publishes them; the strict build refuses). */
export function formatStale(stale: readonly StaleFact[], months = FRESH_MONTHS): string {
  const n = stale.length === 1 ? '1 fact was' : `${stale.length} facts were`;
  return (
    `${n} not verified in the last ${months} months; npm run build:strict refuses to publish ${stale.length === 1 ? 'it' : 'them'}:\n\n` +
    stale.map((p) => `${p.file}\n  - ${p.field}: ${p.message}`).join('\n')
  );
}
