/**
 * The site's own content passes the content check: the first thing `npm run build` does. Editors
 * run this alone (`npx vitest run tests/content/site-content.test.ts`) to see every problem in
 * seconds, without building.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { formatProblems } from '../../src/lib/content/problems';

describe('content/', () => {
  it('has no problems', () => {
    const { problems, entries } = checkContent(join(import.meta.dirname, '..', '..', 'content'));
    expect(formatProblems(problems)).toBe(formatProblems([]));
    expect(entries.length).toBeGreaterThan(50);
  });
});
