/**
 * The synonyms files (content/data/search-synonyms/<locale>.yaml, src/lib/search/synonyms.ts):
 * every mistake is reported with the file, the entry and the fix; the real files pass; the search
 * page's form keeps the editor's order and marks the words no page holds.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeSynonyms, readSynonyms, synonymsFile } from '../../src/lib/search/synonyms';
import { parseSynonyms } from '../../src/lib/search/query';
import { localeCodes } from '../../src/i18n/locales';

const ROOT = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => join(ROOT, 'tests', 'fixtures', 'search-synonyms', name);

describe('readSynonyms', () => {
  it('reads the real files of every language without a problem, each group with a note', () => {
    for (const locale of localeCodes) {
      const { groups, problems } = readSynonyms(synonymsFile(join(ROOT, 'content'), locale), ROOT);
      expect(problems, locale).toEqual([]);
      expect(groups.length, locale).toBeGreaterThan(3);
      expect(groups.every((g) => g.words.length >= 2 && g.note.length > 0)).toBe(true);
    }
  });

  it('has the groups of issue 25 and Quechua–Spanish pairs of the glossary', () => {
    const words = readSynonyms(synonymsFile(join(ROOT, 'content'), 'es'), ROOT).groups.map((g) => g.words);
    const together = (a: string, b: string) => words.some((w) => w.includes(a) && w.includes(b));
    for (const [a, b] of [['hotel', 'hospedaje'], ['doméstico', 'del hogar'], ['denunciar', 'reportar'], ['chamba', 'trabajo'], ['colegio', 'escuela'], ['celular', 'teléfono'], ['wawa', 'niño'], ['denuncia', 'denunciay'], ['trabajo', "llamk'ay"]] as const) {
      expect(together(a, b), `${a} / ${b}`).toBe(true);
    }
  });

  it('reports each mistake with the file, the entry and the fix, and returns no group then', () => {
    const { groups, problems } = readSynonyms(fixture('broken.yaml'), ROOT);
    expect(groups).toEqual([]);
    const said = problems.map((p) => `${p.field}: ${p.message}`);
    expect(problems.every((p) => p.file === 'tests/fixtures/search-synonyms/broken.yaml')).toBe(true);
    expect(said).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\[1\]\.words: needs at least two words/),
        expect.stringMatching(/^\[2\]\.note: is missing: add note: "…"/),
        expect.stringMatching(/^\[3\]: has "nota", which is not a field of a synonym group: only words and note/),
        expect.stringMatching(/^\[4\]\.words\[0\]: "Hotel" is also in group 1 \(hotel, hospedaje\); a word may be in one group only/),
        expect.stringMatching(/^\[5\]\.words\[1\]: "Escuela" is twice in this group/),
        expect.stringMatching(/^\[6\]\.words\[0\]: may hold only letters, digits, spaces, apostrophes and hyphens/),
        expect.stringMatching(/^\[6\]\.words\[1\]: is empty/),
      ]),
    );
    expect(problems).toHaveLength(7);
  });

  it('says how to write the file when it is not a list, or not YAML', () => {
    expect(readSynonyms(fixture('not-a-list.yaml'), ROOT).problems.map((p) => p.message)).toEqual([expect.stringMatching(/^must be a list of groups, each starting with "- words: \[...\]"/)]);
    expect(readSynonyms(fixture('bad-yaml.yaml'), ROOT).problems.map((p) => p.message)).toEqual([expect.stringMatching(/^the YAML cannot be read at line \d+/)]);
  });

  it('treats a missing file as no synonyms (a language may have none)', () => {
    expect(readSynonyms(fixture('none.yaml'), ROOT)).toEqual({ groups: [], problems: [] });
  });
});

describe('encodeSynonyms', () => {
  it('keeps the editor\'s order, marks the words no page holds, and drops a group with none to search', () => {
    const pages = new Map([
      ['hospedaje', 4],
      ['hotel', 1],
      ['trabajo', 30],
    ]);
    const encoded = encodeSynonyms(
      [{ words: ['hospedaje', 'hotel', 'hostal'] }, { words: ['combi', 'micro'] }, { words: ['chamba', 'trabajo'] }],
      (word) => pages.get(word) ?? 0,
    );
    expect(encoded).toBe('hospedaje|hotel|~hostal;~chamba|trabajo');
    // What the search page reads back.
    expect(parseSynonyms(encoded).map((s) => [s.words.join(' '), s.found, s.others])).toEqual([
      ['hospedaje', true, ['hotel']],
      ['hotel', true, ['hospedaje']],
      ['hostal', false, ['hospedaje']],
      ['chamba', false, ['trabajo']],
      ['trabajo', true, []],
    ]);
  });
});
