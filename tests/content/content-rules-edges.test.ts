/**
 * Content rules that no broken-content fixture reached (found by mutation testing,
 * docs/mutation.md): translation fields in the Spanish text, a translation without its status, a
 * protocol version in the wrong folder. Each case is the valid fixture with one file changed,
 * written at test time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overlayChecker } from '../support/content-overlay';
import { validContent } from '../support/fixtures';

/** The problems of the valid content with these files (under content/) added or replaced. */
const problemsWithFiles = overlayChecker();

/** The problems of the valid content with `file` (under content/) edited. */
const problemsWith = (file: string, edit: (text: string) => string) => problemsWithFiles({ [file]: edit(readFileSync(join(validContent, file), 'utf8')) });

describe('translations', () => {
  it('a Spanish text may not say it is a translation', () => {
    expect(problemsWith('partners/oit/es.mdx', (t) => t.replace('sample: true\n', 'sample: true\ntranslatedFrom: 2026-11-01\n'))).toEqual([
      { file: 'content/partners/oit/es.mdx', field: 'translatedFrom', message: 'belongs only in translations: remove it from the Spanish text' },
    ]);
    expect(problemsWith('partners/oit/es.mdx', (t) => t.replace('sample: true\n', 'sample: true\ntranslation: draft\n'))).toEqual([
      { file: 'content/partners/oit/es.mdx', field: 'translation', message: 'belongs only in translations: remove it from the Spanish text' },
    ]);
  });

  it('a translation must say whether it is a draft or reviewed', () => {
    expect(problemsWith('partners/oit/qu.mdx', (t) => t.replace('translation: draft\n', ''))).toEqual([
      {
        file: 'content/partners/oit/qu.mdx',
        field: 'translation',
        message: 'is missing: add translation: draft (or reviewed, with reviewedBy and reviewedOn, once a speaker has checked the text)',
      },
    ]);
  });
});

describe('protocol versions', () => {
  it('a version number must be its folder\'s', () => {
    expect(problemsWith('protocols/ruta-de-prueba/1.0/es.mdx', (t) => t.replace('version: "1.0"', 'version: "1.1"'))).toEqual([
      { file: 'content/protocols/ruta-de-prueba/1.0/es.mdx', field: 'version', message: 'is "1.1" but the file is in the folder "1.0": make them the same' },
    ]);
  });
});

describe('where files go', () => {
  const oit = readFileSync(join(validContent, 'partners/oit/es.mdx'), 'utf8');

  it('skips READMEs and hidden files, and names any other stray file with the fix', () => {
    expect(
      problemsWithFiles({
        'partners/README.md': '# Socios\n',
        'partners/oit/.notas': 'x',
        'partners/oit/notas.mdx': oit,
        'partners/oit/anexo/es.mdx': oit,
        'tools/README.md': '# Herramientas\n',
        'tools/ruta.json': '{}',
        'tools/Ruta Nueva.yaml': 'title: { es: Ruta }\n',
      }),
    ).toEqual([
      { file: 'content/partners/oit/anexo/es.mdx', field: undefined, message: 'is not where a partner goes: use content/partners/<slug>/es.mdx' },
      { file: 'content/partners/oit/notas.mdx', field: undefined, message: 'is not a language file: name it after its language (es.mdx, qu.mdx)' },
      {
        file: 'content/tools/Ruta Nueva.yaml',
        field: undefined,
        message: 'has a name that cannot be a web address: rename it with lower-case letters, digits and hyphens, e.g. "ruta-nueva.yaml"',
      },
      { file: 'content/tools/ruta.json', field: undefined, message: 'is not a YAML file: data files end in .yaml' },
    ]);
  });

  it('wants a list in a data file', () => {
    expect(problemsWithFiles({ 'data/hotlines.yaml': 'id: linea-de-prueba\n' })).toEqual([
      { file: 'content/data/hotlines.yaml', field: undefined, message: 'must be a list of hotline entries, each starting with "- id: …"' },
    ]);
  });
});
