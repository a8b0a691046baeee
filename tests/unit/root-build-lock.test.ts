/**
 * The lock that keeps two `astro build`s of the repository's root from running at once
 * (tests/support/root-build.ts) is one for every test file: it lies in the temporary folder they
 * share, not in the folder of their own each file works in (tests/setup/temp-folders.ts), where a
 * build in another worker would never see it.
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { withRootBuild } from '../support/root-build.ts';

describe('the root-build lock', () => {
  it('is held in the temporary folder all test files share while a build runs', () => {
    const shared = process.env.ALIANZA_SHARED_TMPDIR ?? '';
    expect(shared).not.toBe('');
    expect(tmpdir()).not.toBe(shared);
    const locks = () => readdirSync(shared).filter((name) => name.startsWith('alianza-root-build-') && name.endsWith('.lock'));
    const during = withRootBuild(() => locks());
    expect(during.length).toBeGreaterThanOrEqual(1);
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('alianza-root-build-'))).toEqual([]);
  });
});
