import { describe, expect, it } from 'vitest';
import { buildDate, compareVersions, currentVersion, nextVersionNumber, previousVersion, sortVersions, type VersionInfo } from '../../src/lib/protocols/versions';

const v = (version: string, status: VersionInfo['status'], effective: string): VersionInfo => ({
  version,
  status,
  effective: new Date(`${effective}T00:00:00Z`),
});

describe('version numbers', () => {
  it('compares as numbers, not as text', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('2.0', '10.0')).toBeLessThan(0);
    expect(compareVersions('1.0', '1.00')).toBe(0);
  });

  it('sorts oldest first', () => {
    expect(sortVersions([{ version: '2.0' }, { version: '1.10' }, { version: '1.2' }]).map((x) => x.version)).toEqual(['1.2', '1.10', '2.0']);
  });

  it('refuses what is not a version', () => {
    expect(() => compareVersions('primera', '1.0')).toThrow('"primera" is not a version number like "1.0" or "2.1"');
  });

  it('gives the next number', () => {
    expect(nextVersionNumber('1.9')).toBe('1.10');
    expect(nextVersionNumber('1.9', 'major')).toBe('2.0');
  });
});

describe('the version in force', () => {
  const versions = [
    v('1.0', 'reemplazado', '2023-01-01'),
    v('1.1', 'vigente', '2024-03-01'),
    v('2.0', 'vigente', '2026-12-01'),
    v('2.1', 'borrador', '2025-01-01'),
  ];

  it('is the newest vigente version whose date has come', () => {
    expect(currentVersion(versions, new Date('2026-11-28T00:00:00Z'))?.version).toBe('1.1');
  });

  it('changes on the effective day of the next version, not before', () => {
    expect(currentVersion(versions, new Date('2026-11-30T23:59:59Z'))?.version).toBe('1.1');
    expect(currentVersion(versions, new Date('2026-12-01T00:00:00Z'))?.version).toBe('2.0');
  });

  it('is never a draft, nor a replaced version', () => {
    expect(currentVersion([v('1.0', 'reemplazado', '2020-01-01'), v('1.1', 'borrador', '2020-02-01')], new Date())).toBeUndefined();
  });

  it('is undefined before anything takes effect', () => {
    expect(currentVersion(versions, new Date('2022-12-31T00:00:00Z'))).toBeUndefined();
  });

  it('knows the previous version', () => {
    expect(previousVersion(versions, '2.0')?.version).toBe('1.1');
    expect(previousVersion(versions, '1.0')).toBeUndefined();
  });
});

describe('the build date', () => {
  it('is BUILD_DATE when set', () => {
    expect(buildDate({ BUILD_DATE: '2025-05-05' }).toISOString()).toBe('2025-05-05T00:00:00.000Z');
    expect(() => buildDate({ BUILD_DATE: 'mañana' })).toThrow('BUILD_DATE="mañana" is not a date');
  });
});
