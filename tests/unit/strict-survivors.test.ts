/**
 * The strict build (src/lib/content/strict.ts) in cases found by mutation testing
 * (docs/mutation.md): a draft shown with a notice, a draft of a collection whose page is not
 * named, the day's freshness rule on a mix of facts and other entries, and the printed text of
 * several problems in several files.
 */
import { describe, expect, it } from 'vitest';
import type { CheckedEntry } from '../../src/lib/content/problems';
import { formatStrict, strictProblems, type StrictProblem } from '../../src/lib/content/strict';

const draftTerm = (collection: CheckedEntry['collection'], file: string): CheckedEntry => ({
  collection,
  id: 'termino',
  file,
  index: 2,
  data: { term: { es: 'Trata', qu: 'Runa qhatuy' }, translation: { qu: 'draft' } },
});

describe('a draft translation of a data entry', () => {
  it('shown with a notice is listed with the notice it has', () => {
    expect(strictProblems([draftTerm('glossary', 'content/data/glossary.yaml')])).toEqual([
      {
        file: 'content/data/glossary.yaml',
        field: '[2].translation.qu',
        refused: false,
        message:
          'is draft (termino): its Quechua text is shown with the "borrador" label beside each draft term; set "qu: { status: reviewed, reviewedBy, reviewedOn }" once a speaker has checked it',
      },
    ]);
  });

  it('of a collection with no notice and no page named is refused as shown "on the site"', () => {
    expect(strictProblems([draftTerm('services', 'content/data/services/cusco.yaml')])).toEqual([
      {
        file: 'content/data/services/cusco.yaml',
        field: '[2].translation.qu',
        refused: true,
        message:
          'is draft (termino): its Quechua text is shown on the site with no notice that it is a draft; have a speaker review it and set "qu: { status: reviewed, reviewedBy, reviewedOn }", or remove its qu: texts (the Spanish text is then shown)',
      },
    ]);
  });
});

describe('facts not verified in the last 12 months', () => {
  it('are sought among the facts only: other entries have no "verified" day', () => {
    const fact: CheckedEntry = { collection: 'facts', id: 'dato-viejo', file: 'content/facts/lineas.yaml', index: 0, data: { verified: new Date('2024-01-15') } };
    const hotline: CheckedEntry = { collection: 'hotlines', id: 'linea', file: 'content/data/hotlines.yaml', index: 0, data: { reviewed: new Date('2026-11-01') } };
    expect(strictProblems([hotline, fact], new Date('2026-12-06')).map((p) => `${p.file} ${p.field}`)).toEqual(['content/facts/lineas.yaml [0].verified']);
  });
});

describe('the printed text', () => {
  it('puts each problem on its own line under its file, a blank line between files, and a problem without a field as its message', () => {
    const problems: StrictProblem[] = [
      { file: 'content/a.yaml', field: '[0].sample', refused: true, message: 'is true (a)' },
      { file: 'content/a.yaml', field: undefined, refused: true, message: 'is a sample file' },
      { file: 'content/b/es.mdx', field: 'sample', refused: true, message: 'is true' },
    ];
    expect(formatStrict(problems).split('\n\n').slice(1)).toEqual(['content/a.yaml\n  - [0].sample: is true (a)\n  - is a sample file', 'content/b/es.mdx\n  - sample: is true']);
  });
});
