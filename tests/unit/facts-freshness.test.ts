/**
 * The freshness rule (src/lib/facts/freshness.ts) with a fixed "today": a fact verified more than
 * 12 months ago is stale; the strict check refuses it (src/lib/content/strict.ts) and the normal
 * build's warning names it.
 */
import { describe, expect, it } from 'vitest';
import { formatStale, freshSince, staleFacts } from '../../src/lib/facts/freshness';
import { strictProblems } from '../../src/lib/content/strict';
import type { CheckedEntry } from '../../src/lib/content/problems';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const fact = (id: string, verified: string, index: number): CheckedEntry => ({
  collection: 'facts',
  id,
  file: 'content/facts/lineas.yaml',
  index,
  data: { id, verified: day(verified) },
});
const today = day('2026-12-06');

describe('freshness', () => {
  it('starts 12 months before today', () => {
    expect(freshSince(today).toISOString().slice(0, 10)).toBe('2025-12-06');
  });

  it('keeps a fact verified on the first day of the window, and refuses one verified the day before', () => {
    const facts = [fact('al-dia', '2025-12-06', 0), fact('vencido', '2025-12-05', 1), fact('reciente', '2026-11-28', 2)];
    const stale = staleFacts(facts.map((f) => ({ id: f.id, file: f.file, index: f.index, verified: f.data.verified as Date })), today);
    expect(stale).toEqual([
      {
        file: 'content/facts/lineas.yaml',
        field: '[1].verified',
        message:
          'is 2025-12-05 (vencido): this fact was last verified more than 12 months before 2026-12-06; check it against its sources again and set "verified:" to the day you did, correcting the value or the sources if they changed',
      },
    ]);
    expect(formatStale(stale)).toMatch(/^1 fact was not verified in the last 12 months; npm run build:strict refuses to publish it:\n\ncontent\/facts\/lineas\.yaml\n {2}- \[1\]\.verified: is 2025-12-05 \(vencido\)/);
  });

  it('is refused by the strict check given the day of the build, and not looked at without one', () => {
    const entries = [fact('vencido', '2024-01-15', 0)];
    expect(strictProblems(entries, today)).toEqual([expect.objectContaining({ file: 'content/facts/lineas.yaml', field: '[0].verified', refused: true })]);
    expect(strictProblems(entries)).toEqual([]);
  });
});
