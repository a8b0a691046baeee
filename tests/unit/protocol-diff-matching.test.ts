/**
 * The three matching passes of the protocol comparison (src/lib/protocols/diff.ts), each in a case
 * where it alone decides what a reader of the comparison page sees. The first tests
 * (tests/unit/protocol-diff.test.ts) pass whatever these passes do when a later pass would have
 * found the same pair; mutation testing (docs/mutation.md) showed which.
 */
import { describe, expect, it } from 'vitest';
import { compareOutlines, type SectionChange } from '../../src/lib/protocols/diff';
import { outline } from '../../src/lib/markdown/sections';

/** "kind before→after title" for each change, as the comparison page lists them. */
function summary(change: SectionChange): string {
  switch (change.kind) {
    case 'added':
      return `added ${change.after.number} ${change.after.title}`;
    case 'removed':
      return `removed ${change.before.number} ${change.before.title}`;
    case 'unchanged':
      return `unchanged ${change.after.number} ${change.after.title}`;
    case 'changed':
      return `changed ${change.before.number}→${change.after.number} ${change.before.title}→${change.after.title}`;
  }
}
const compare = (before: string, after: string) => compareOutlines(outline(before), outline(after)).changes.map(summary);

describe('1. the same title', () => {
  it('finds a section that moved and whose text was rewritten, by its title alone', () => {
    expect(compare('## Objetivo\n\nProteger a la niñez.\n\n## Alcance\n\nEscuelas.', '## Alcance\n\nColegios y postas de salud.\n\n## Objetivo\n\nPrevenir la trata.')).toEqual([
      'changed 2→1 Alcance→Alcance',
      'changed 1→2 Objetivo→Objetivo',
    ]);
  });

  it('matches an old section once: a copy of its title in the new version is added', () => {
    expect(compare('## Anexo\n\nTexto.', '## Anexo\n\nTexto.\n\n## Anexo\n\nTexto.')).toEqual(['unchanged 1 Anexo', 'added 2 Anexo']);
  });

  const twoResponsables = '## Responsables\n\nLa directora del colegio.\n\n## Responsables\n\nEl docente tutor del aula.';

  it('of sections sharing a title, takes the one with the same number before a more similar one', () => {
    expect(compare(twoResponsables, '## Responsables\n\nEl docente tutor del aula.\n\n## Responsables\n\nLa directora del colegio.')).toEqual([
      'changed 1→1 Responsables→Responsables',
      'changed 2→2 Responsables→Responsables',
    ]);
    expect(compare(twoResponsables, '## Objetivo\n\nProteger.\n\n## Responsables\n\nLa directora del colegio.\n\n## Responsables\n\nEl docente tutor del aula.')).toEqual([
      'added 1 Objetivo',
      'changed 2→2 Responsables→Responsables',
      'changed 1→3 Responsables→Responsables',
    ]);
  });

  it('then the one whose text is the most similar, then the first', () => {
    expect(compare(twoResponsables, '## Objetivo\n\nProteger.\n\n## Alcance\n\nEscuelas.\n\n## Responsables\n\nEl docente tutor del aula.')).toEqual([
      'removed 1 Responsables',
      'added 1 Objetivo',
      'added 2 Alcance',
      'changed 2→3 Responsables→Responsables',
    ]);
    expect(compare('## Responsables\n\nTexto.\n\n## Responsables\n\nTexto.', '## Objetivo\n\nA.\n\n## Alcance\n\nB.\n\n## Responsables\n\nTexto.')).toEqual([
      'added 1 Objetivo',
      'added 2 Alcance',
      'changed 1→3 Responsables→Responsables',
      'removed 2 Responsables',
    ]);
  });
});

describe('2. the same number, similar text', () => {
  it('pairs a renamed section with the one of its number, even when another old text is more similar', () => {
    // Ámbito shares 3 of 6 words with Alcance (similarity 0.55) and 5 with Introducción (0.91).
    expect(compare('## Introducción\n\nuno dos tres cuatro cinco.\n\n## Alcance\n\nuno dos tres seis siete.', '## Presentación\n\nOtra cosa.\n\n## Ámbito\n\nuno dos tres cuatro cinco ocho.')).toEqual([
      'removed 1 Introducción',
      'added 1 Presentación',
      'changed 2→2 Alcance→Ámbito',
    ]);
    expect(compare('## Alcance\n\nuno dos tres seis siete.\n\n## Introducción\n\nuno dos tres cuatro cinco.', '## Ámbito\n\nuno dos tres cuatro cinco ocho.\n\n## Presentación\n\nOtra cosa.')).toEqual([
      'changed 1→1 Alcance→Ámbito',
      'removed 2 Introducción',
      'added 2 Presentación',
    ]);
  });

  it('takes a similarity of exactly one half as similar', () => {
    // Against Alcance 0.5 (same number), against Otro 0.75.
    expect(compare('## Alcance\n\nuno dos tres cuatro.\n\n## Otro\n\nuno dos cinco siete.', '## Ámbito\n\nuno dos cinco seis.')).toEqual([
      'changed 1→1 Alcance→Ámbito',
      'removed 2 Otro',
    ]);
  });

  it('leaves alone a section already found by its title', () => {
    expect(compare('## Objetivo\n\nSe aplica en escuelas.\n\n## Alcance\n\nSe aplica en escuelas y postas.', '## Alcance\n\nSe aplica en escuelas y postas.')).toEqual([
      'removed 1 Objetivo',
      'changed 2→1 Alcance→Alcance',
    ]);
  });
});

describe('3. similar text elsewhere', () => {
  it('pairs the most similar sections first, each once', () => {
    // Alcance against Ámbito 0.6, against Campo 0.8.
    expect(compare('## Alcance\n\nuno dos tres cuatro cinco.', '## Objetivo\n\nNada.\n\n## Ámbito\n\nuno dos tres seis siete.\n\n## Campo\n\nuno dos tres cuatro seis.')).toEqual([
      'added 1 Objetivo',
      'added 2 Ámbito',
      'changed 1→3 Alcance→Campo',
    ]);
  });

  it('on equal similarity, pairs the first new section, with the first old one', () => {
    expect(compare('## Alcance\n\nuno dos tres cuatro.', '## Objetivo\n\nNada.\n\n## Ámbito\n\nuno dos tres cinco.\n\n## Campo\n\nuno dos tres seis.')).toEqual([
      'added 1 Objetivo',
      'changed 1→2 Alcance→Ámbito',
      'added 3 Campo',
    ]);
    expect(
      compare(
        '## Objetivo\n\nNada.\n\n## Alcance\n\nuno dos tres cuatro.\n\n## Campo\n\nuno dos tres cinco.',
        '## Meta\n\nOtra.\n\n## Cosa\n\nDistinta.\n\n## Más\n\nAlgo.\n\n## Ámbito\n\nuno dos tres seis.',
      ),
    ).toEqual(['removed 1 Objetivo', 'added 1 Meta', 'added 2 Cosa', 'added 3 Más', 'changed 2→4 Alcance→Ámbito', 'removed 3 Campo']);
  });

  it('takes a similarity of exactly one half as similar', () => {
    expect(compare('## Alcance\n\nuno dos tres cuatro.', '## Objetivo\n\nA b.\n\n## Ámbito\n\nuno dos cinco seis.')).toEqual(['added 1 Objetivo', 'changed 1→2 Alcance→Ámbito']);
  });
});

describe('sections without text of their own', () => {
  it('a group is the same when most of its subsections are', () => {
    const before = '## Instituciones\n\n### UPE\n\nProtege.\n\n### Policía\n\nPatrulla.\n\n### DEMUNA\n\nAtiende denuncias.';
    expect(compare(before, '## Quién hace qué\n\n### UPE\n\nProtege.\n\n### Policía\n\nPatrulla.\n\n### Fiscalía\n\nInvestiga delitos.')).toEqual([
      'changed 1→1 Instituciones→Quién hace qué',
      'unchanged 1.1 UPE',
      'unchanged 1.2 Policía',
      'removed 1.3 DEMUNA',
      'added 1.3 Fiscalía',
    ]);
    expect(compare(before, '## Quién hace qué\n\n### UPE\n\nProtege.\n\n### Fiscalía\n\nInvestiga.\n\n### Juzgado\n\nJuzga.')).toEqual([
      'removed 1 Instituciones',
      'added 1 Quién hace qué',
      'unchanged 1.1 UPE',
      'removed 1.2 Policía',
      'removed 1.3 DEMUNA',
      'added 1.2 Fiscalía',
      'added 1.3 Juzgado',
    ]);
  });

  it('a group is read up to the next section of its level, not beyond', () => {
    expect(compare('## Instituciones\n\n### DEMUNA\n\nAtiende.\n\n## Plazos\n\nHoras.\n\n## Contactos\n\nNombres.', '## Quién hace qué\n\n### DEMUNA\n\nAtiende.\n\n## Glosario\n\nPalabras.\n\n## Fuentes\n\nDocumentos.')).toEqual([
      'changed 1→1 Instituciones→Quién hace qué',
      'unchanged 1.1 DEMUNA',
      'removed 2 Plazos',
      'removed 3 Contactos',
      'added 2 Glosario',
      'added 3 Fuentes',
    ]);
  });

  it('an empty section is matched by its title only with another empty one', () => {
    expect(compare('## Procedimiento de atención\n\n## Otro\n\nTexto.', '## Procedimientos de atención inmediata\n\n## Otro\n\nTexto.')).toEqual([
      'changed 1→1 Procedimiento de atención→Procedimientos de atención inmediata',
      'unchanged 2 Otro',
    ]);
    expect(compare('## Procedimiento de atención\n\n## Otro\n\nTexto.', '## Procedimientos de atención inmediata\n\nLlamar a la línea.\n\n## Otro\n\nTexto.')).toEqual([
      'removed 1 Procedimiento de atención',
      'added 1 Procedimientos de atención inmediata',
      'unchanged 2 Otro',
    ]);
    expect(compare('## Procedimiento de atención\n\nLlamar a la línea.\n\n## Otro\n\nTexto.', '## Procedimientos de atención inmediata\n\n## Otro\n\nTexto.')).toEqual([
      'removed 1 Procedimiento de atención',
      'added 1 Procedimientos de atención inmediata',
      'unchanged 2 Otro',
    ]);
  });
});
