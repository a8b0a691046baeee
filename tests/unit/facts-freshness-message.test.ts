/**
 * What a normal build prints about stale facts (src/lib/facts/freshness.ts): the field to fix in a
 * registry file that holds one fact or a list, and the count in words. Found untested by the
 * mutation run of 6 December 2026 (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest';
import { formatStale, staleFacts } from '../../src/lib/facts/freshness';

const today = new Date('2026-12-06T00:00:00Z');
const old = new Date('2025-01-15T00:00:00Z');

describe('stale facts', () => {
  it('name the field "verified" of a file holding one fact, and "[n].verified" in a list', () => {
    const stale = staleFacts(
      [
        { id: 'linea-1818', file: 'content/facts/lineas.yaml', index: 2, verified: old },
        { id: 'ley-28950', file: 'content/facts/ley-28950.yaml', verified: old },
      ],
      today,
    );
    expect(stale.map((s) => `${s.file} ${s.field}`)).toEqual(['content/facts/lineas.yaml [2].verified', 'content/facts/ley-28950.yaml verified']);
  });

  it('are printed with their count in words, one file and field per fact', () => {
    const one = staleFacts([{ id: 'linea-1818', file: 'content/facts/lineas.yaml', index: 0, verified: old }], today);
    const two = staleFacts(
      [
        { id: 'linea-1818', file: 'content/facts/lineas.yaml', index: 0, verified: old },
        { id: 'ley-28950', file: 'content/facts/normas.yaml', index: 1, verified: old },
      ],
      today,
    );
    const message = (p: { field: string }) => `  - ${p.field}: is 2025-01-15 (${p.field.startsWith('[0]') ? 'linea-1818' : 'ley-28950'}): this fact was last verified more than 12 months before 2026-12-06; check it against its sources again and set "verified:" to the day you did, correcting the value or the sources if they changed`;
    expect(formatStale(one)).toBe(`1 fact was not verified in the last 12 months; npm run build:strict refuses to publish it:\n\ncontent/facts/lineas.yaml\n${message({ field: '[0].verified' })}`);
    expect(formatStale(two)).toBe(
      '2 facts were not verified in the last 12 months; npm run build:strict refuses to publish them:\n\n' +
        `content/facts/lineas.yaml\n${message({ field: '[0].verified' })}\ncontent/facts/normas.yaml\n${message({ field: '[1].verified' })}`,
    );
  });
});
