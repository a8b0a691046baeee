import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compareOutlines,
  normalizeTitle,
  similarity,
  wordDiff,
  type SectionChange,
  type WordPart,
} from '../../src/lib/protocols/diff';
import { outline, sectionText } from '../../src/lib/markdown/sections';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/diff/${name}`, import.meta.url), 'utf8');
// Compared inside each test, not once at load, so that StrykerJS (npm run mutation) counts the
// code of the comparison as covered by the tests that check it.
const versions = () => ({ before: outline(fixture('before.md')), after: outline(fixture('after.md')) });
const compareFixtures = () => {
  const { before, after } = versions();
  return compareOutlines(before, after);
};

/** "kind before→after title" for each change, to read the whole comparison at a glance. */
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

function find(title: string): SectionChange {
  const change = compareFixtures().changes.find(
    (c) => (c.kind === 'removed' ? c.before.title : c.after.title) === title,
  );
  if (!change) throw new Error(`no change for ${title}`);
  return change;
}

const inserted = (parts: WordPart[]) => parts.filter((p) => p.added).map((p) => p.value);
const deleted = (parts: WordPart[]) => parts.filter((p) => p.removed).map((p) => p.value);
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
const oldSide = (parts: WordPart[]) => squeeze(parts.filter((p) => !p.added).map((p) => p.value).join(''));
const newSide = (parts: WordPart[]) => squeeze(parts.filter((p) => !p.removed).map((p) => p.value).join(''));

describe('compareOutlines on the fixture versions', () => {
  it('lists the sections in the order of the new version, the removed one where it was', () => {
    const comparison = compareFixtures();
    expect(comparison.changes.map(summary)).toEqual([
      'unchanged 1 Objetivo',
      'unchanged 2 Definiciones',
      'unchanged 2.1 Trata de personas',
      'added 2.2 Explotación sexual',
      'changed 2.2→2.3 Explotación laboral→Explotación laboral',
      'changed 3→3 Señales de alerta→Indicadores de riesgo',
      'changed 4→4 Procedimiento de derivación→Procedimiento de derivación',
      'removed 5 Registro en papel',
      'changed 6→5 Contactos→Directorio de contactos',
    ]);
    expect(comparison.counts).toEqual({ added: 1, removed: 1, changed: 4, renamed: 2, unchanged: 3 });
  });

  it('finds a renumbered section by its title; only its number changed', () => {
    const change = find('Explotación laboral');
    expect(change.kind).toBe('changed');
    if (change.kind !== 'changed') return;
    expect(change).toMatchObject({ renumbered: true, renamed: false });
    expect(change.before.anchor).toBe('s-2-2');
    expect(change.after.anchor).toBe('s-2-3');
    expect(change.title).toEqual([{ value: 'Explotación laboral' }]);
    expect(change.text.every((p) => !p.added && !p.removed)).toBe(true);
  });

  it('finds a renamed section by its number and similar text', () => {
    const change = find('Indicadores de riesgo');
    expect(change.kind).toBe('changed');
    if (change.kind !== 'changed') return;
    expect(change).toMatchObject({ renumbered: false, renamed: true });
    expect(change.before.title).toBe('Señales de alerta');
    expect(change.title).toEqual([
      { value: 'Señales', removed: true },
      { value: 'Indicadores', added: true },
      { value: ' de ' },
      { value: 'alerta', removed: true },
      { value: 'riesgo', added: true },
    ]);
    expect(inserted(change.text)).toEqual(['• Vive en el lugar donde trabaja.']);
    expect(newSide(change.text)).toBe(squeeze(sectionText(change.after)));
    expect(oldSide(change.text)).toBe(squeeze(sectionText(change.before)));
    expect(deleted(change.text)).toEqual([]);
  });

  it('finds a renamed and renumbered section by its similar text elsewhere', () => {
    const change = find('Directorio de contactos');
    expect(change.kind).toBe('changed');
    if (change.kind !== 'changed') return;
    expect(change).toMatchObject({ renumbered: true, renamed: true });
    expect(change.before).toMatchObject({ number: '6', title: 'Contactos' });
    expect(change.after.number).toBe('5');
  });

  it('marks the words inserted and deleted inside a section', () => {
    const change = find('Procedimiento de derivación');
    expect(change.kind).toBe('changed');
    if (change.kind !== 'changed') return;
    expect(change).toMatchObject({ renumbered: false, renamed: false });
    expect(change.title).toEqual([{ value: 'Procedimiento de derivación' }]);
    expect(deleted(change.text).map((s) => s.trim())).toEqual(['24', 'teléfono y por']);
    expect(inserted(change.text).map((s) => s.trim())).toEqual(['12']);
    // The parts give both texts back.
    expect(oldSide(change.text)).toBe(
      'Comunicar el caso a la Defensoría Municipal del Niño y del Adolescente en un plazo máximo de 24 horas, por teléfono y por escrito.',
    );
    expect(newSide(change.text)).toBe(
      'Comunicar el caso a la Defensoría Municipal del Niño y del Adolescente en un plazo máximo de 12 horas, por escrito.',
    );
  });

  it('reports added and removed sections', () => {
    expect(find('Explotación sexual')).toMatchObject({ kind: 'added', after: { number: '2.2' } });
    expect(find('Registro en papel')).toMatchObject({ kind: 'removed', before: { number: '5' } });
  });

  it('diffs the preamble word by word', () => {
    const comparison = compareFixtures();
    expect(inserted(comparison.preamble).map((s) => s.trim())).toEqual(['en el Perú']);
    expect(deleted(comparison.preamble)).toEqual([]);
  });

  it('finds nothing to report between a version and itself', () => {
    const { before } = versions();
    const same = compareOutlines(before, before);
    expect(same.counts).toEqual({ added: 0, removed: 0, changed: 0, renamed: 0, unchanged: 8 });
    expect(same.preamble).toEqual([{ value: before.preamble[0]?.type === 'paragraph' ? before.preamble[0].text : '' }]);
  });
});

describe('matching rules', () => {
  it('ignores case, accents and punctuation in titles', () => {
    expect(normalizeTitle('¿Señales  de ALERTA?')).toBe('senales de alerta');
    const a = outline('## Señales de alerta\n\nUno dos tres.\n\n## Otra\n\nCuatro.');
    const b = outline('## Otra\n\nCuatro.\n\n## señales de alerta:\n\nUno dos tres.');
    const result = compareOutlines(a, b);
    expect(result.changes.map(summary)).toEqual([
      'changed 2→1 Otra→Otra',
      'changed 1→2 Señales de alerta→señales de alerta:',
    ]);
    const moved = result.changes[1];
    // A change of case or punctuation shows in the title diff but is no renaming.
    expect(moved).toMatchObject({ kind: 'changed', renamed: false, renumbered: true });
  });

  it('does not pair sections of the same number whose texts differ', () => {
    const a = outline('## Alcance\n\nSe aplica en escuelas y centros de salud.');
    const b = outline('## Plazos\n\nLa denuncia se presenta dentro de las 24 horas.');
    expect(compareOutlines(a, b).changes.map(summary)).toEqual(['removed 1 Alcance', 'added 1 Plazos']);
  });

  it('pairs renamed sections without text by their titles', () => {
    const a = outline('## Procedimiento de atención\n\n### Paso\n\nLlamar.');
    const b = outline('## Procedimientos de atención inmediata\n\n### Paso\n\nLlamar.');
    const [first] = compareOutlines(a, b).changes;
    expect(first).toMatchObject({ kind: 'changed', renamed: true, renumbered: false });
  });

  it('pairs sections with the same title by number first', () => {
    const a = outline('## A\n\n### Responsables\n\nLa directora.\n\n## B\n\n### Responsables\n\nEl docente.');
    const b = outline('## A\n\n### Responsables\n\nLa directora.\n\n## B\n\n### Responsables\n\nEl docente tutor.');
    const result = compareOutlines(a, b);
    expect(result.changes.map(summary)).toEqual([
      'unchanged 1 A',
      'unchanged 1.1 Responsables',
      'unchanged 2 B',
      'changed 2.1→2.1 Responsables→Responsables',
    ]);
  });

  it('measures text similarity on word sets', () => {
    expect(similarity('uno dos tres', 'Uno, dos, tres.')).toBe(1);
    expect(similarity('uno dos', 'tres cuatro')).toBe(0);
    expect(similarity('uno dos tres cuatro', 'uno dos cinco seis')).toBe(0.5);
    expect(similarity('', '')).toBe(0);
  });
});

describe('wordDiff', () => {
  it('marks inserted and deleted words', () => {
    expect(wordDiff('plazo de 24 horas', 'plazo de 12 horas')).toEqual([
      { value: 'plazo de ' },
      { value: '24', removed: true },
      { value: '12', added: true },
      { value: ' horas' },
    ]);
  });

  it('merges adjacent parts of the same kind', () => {
    const parts = wordDiff('uno dos tres', 'uno cuatro cinco seis tres');
    for (let k = 1; k < parts.length; k++) {
      const [p, q] = [parts[k - 1]!, parts[k]!];
      expect(Boolean(p.added) === Boolean(q.added) && Boolean(p.removed) === Boolean(q.removed)).toBe(false);
    }
    expect(deleted(parts).map((s) => s.trim())).toEqual(['dos']);
    expect(inserted(parts).map((s) => s.trim())).toEqual(['cuatro cinco seis']);
  });

  it('keeps equal texts as one unchanged part', () => {
    expect(wordDiff('Sin cambios.', 'Sin cambios.')).toEqual([{ value: 'Sin cambios.' }]);
    expect(wordDiff('', '')).toEqual([]);
  });
});

describe('a section that only groups subsections', () => {
  it('is matched through its subsections when renamed', () => {
    const before = outline('## Instituciones y sus funciones\n\n### DEMUNA\n\nTexto.\n\n### UPE\n\nTexto.\n\n### Fiscalía\n\nTexto.\n');
    const after = outline('## Qué hace cada institución\n\n### DEMUNA\n\nTexto.\n\n### UPE\n\nTexto.\n\n### Fiscalía\n\nTexto.\n');
    const { changes, counts } = compareOutlines(before, after);
    expect(changes[0]).toMatchObject({ kind: 'changed', renamed: true, renumbered: false });
    expect(counts).toMatchObject({ added: 0, removed: 0, renamed: 1 });
  });
});
