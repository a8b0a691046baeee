/**
 * The content check's module-level tables, which a static mutation run found unpinned
 * (docs/mutation-survivors.md, "Static mutants"): the messages of the Quechua forms list, the
 * frontmatter fields that are not Quechua prose, the columns of the translation-status page, the
 * frontmatter's bounds, where a draft is shown, and which file names are pages.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { formListSchema, mdxLines } from '../../src/lib/content/quechua-forms';
import { fieldPath } from '../../src/lib/content/problems';
import { LIMITS, limitProblems } from '../../src/lib/content/limits';
import { parseFrontmatter, splitBody } from '../../src/lib/content/read';
import { strictProblems } from '../../src/lib/content/strict';
import { translationRows, translationStates, translatableEntries } from '../../src/lib/content/translation-status';
import { useStrings } from '../../src/i18n';
import { contentOverlays } from '../support/content-overlay';

const { problemsWithFiles, cleanup } = contentOverlays();
afterAll(cleanup);

const rule = { form: 'achka', match: 'prefix', use: 'achkha', kind: 'variety', note: 'forma chanka', source: 'Fuente de prueba' };

/** What an editor reads for a forms list: each problem's field and message. */
const listProblems = (data: unknown) => {
  const parsed = formListSchema.safeParse(data);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${fieldPath(i.path)}: ${i.message}`);
};

describe('a wrong entry of the Quechua forms list', () => {
  it('gets, for each field, a message saying what to write', () => {
    expect(listProblems([{ match: 'prefix', kind: 'variety' }])).toEqual([
      '[0].form: is missing: add the form to flag, in lower case, e.g. form: "achka"',
      '[0].use: is missing: add what to write instead, e.g. use: "achkha"',
      '[0].note: is missing: add a sentence saying why, e.g. note: "Chanka (Ayacucho) form; Cusco writes the aspirated kh"',
      '[0].source: is missing: add where the rule comes from: a dictionary, a grammar, or the site’s glossary',
    ]);
    expect(listProblems([{ ...rule, form: 'Achka', match: 'word-end', kind: 'dialect', exceptions: 'Achkha' }])).toEqual([
      '[0].form: must be lower-case letters (and apostrophes) only',
      '[0].match: must be word, prefix, contains or suffix',
      '[0].kind: must be variety or spanish',
      '[0].exceptions: must be a list of words or phrases',
    ]);
    expect(listProblems({ form: 'achka' })).toEqual([': must be a list of forms, each starting with "- form: …"']);
    expect(listProblems([{ ...rule, form: 'achka kama', exceptions: ['Achkha', '  '] }])).toEqual([
      '[0].form: must be lower-case letters (and apostrophes) only',
      '[0].exceptions[1]: is empty: write the word or phrase, or remove the line',
    ]);
    // With no exceptions written, the form is flagged everywhere.
    expect(formListSchema.parse([rule])[0]?.exceptions).toEqual([]);
  });

  it('accepts each of the four ways of matching and both kinds', () => {
    for (const match of ['word', 'prefix', 'contains', 'suffix']) {
      for (const kind of ['variety', 'spanish']) expect(listProblems([{ ...rule, match, kind }]), `${match} ${kind}`).toEqual([]);
    }
  });
});

describe('the frontmatter of a qu.mdx file', () => {
  // Every field whose value is a date, an id, a number, a choice or an address, never Quechua prose.
  const notProse = ['updated', 'reviewed', 'sample', 'translation', 'translatedFrom', 'reviewedBy', 'reviewedOn', 'regions', 'partners', 'hotlines', 'order', 'kind', 'sector', 'website', 'version', 'status', 'effective', 'datePrecision', 'date', 'url', 'document', 'seconds', 'audience', 'focus'];

  it('is not read as Quechua in a field that is not prose, at the top or in a list', () => {
    for (const key of notProse) {
      const top = mdxLines(['---', `${key}: achka`, '---'].join('\n')).map((l) => l.text);
      const nested = mdxLines(['---', 'steps:', `  - ${key}: achka`, '---'].join('\n')).map((l) => l.text);
      expect([top, nested], key).toEqual([[], ['']]);
    }
  });

  it('leaves out every passage marked as Spanish in a line of the body, not only the first', () => {
    const lines = mdxLines(['---', 'title: Willakuy', '---', 'Kay <span lang="es">achka</span> chaymanta <span lang="es">achka</span> nisqa.'].join('\n'));
    expect(lines.at(-1)?.text).not.toMatch(/achka/);
  });

  it('is read in a prose field', () => {
    for (const key of ['title', 'description', 'summary', 'text']) {
      expect(mdxLines(['---', `${key}: Achka willakuy`, '---'].join('\n')), key).toEqual([{ line: 2, text: 'Achka willakuy' }]);
    }
  });
});

describe('the translation-status page', () => {
  it('has a column, labelled in both languages, for every state a translation can be in, in this order', () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const rows = translationRows(
      translatableEntries(
        [
          { collection: 'partners', id: 'a', lang: 'es', file: 'a/es.mdx', data: { title: 'A', updated: day('2025-01-01') } },
          { collection: 'partners', id: 'a', lang: 'qu', file: 'a/qu.mdx', data: { translation: 'reviewed', translatedFrom: day('2025-01-01'), reviewedBy: 'R', reviewedOn: day('2025-01-02') } },
          { collection: 'partners', id: 'b', lang: 'es', file: 'b/es.mdx', data: { title: 'B', updated: day('2025-01-01') } },
          { collection: 'partners', id: 'b', lang: 'qu', file: 'b/qu.mdx', data: { translation: 'draft', translatedFrom: day('2025-01-01') } },
          { collection: 'partners', id: 'c', lang: 'es', file: 'c/es.mdx', data: { title: 'C', updated: day('2025-06-01') } },
          { collection: 'partners', id: 'c', lang: 'qu', file: 'c/qu.mdx', data: { translation: 'draft', translatedFrom: day('2025-01-01') } },
          { collection: 'partners', id: 'd', lang: 'es', file: 'd/es.mdx', data: { title: 'D' } },
        ],
        'es',
      ),
      ['qu'],
    );
    expect(rows.map((r) => `${r.id} ${r.state}`)).toEqual(['a reviewed', 'b draft', 'c outdated', 'd missing']);
    expect(translationStates.map((s) => useStrings('es')(`translations.state.${s}`))).toEqual(['Revisada', 'Borrador', 'Desactualizada', 'Sin traducir']);
    expect(translationStates.map((s) => useStrings('qu')(`translations.state.${s}`))).toEqual(['Qhawasqa', 'Borrador', 'Ñawpaqña', 'Mana t’ikrasqa']);
  });
});

describe('the frontmatter of an MDX file', () => {
  const report = () => {
    const messages: string[] = [];
    return { messages, add: (m: string) => messages.push(m) };
  };

  it('ends at its first closing line, not at a rule (---) in the body', () => {
    const text = '---\ntitle: Uno\n---\n\nTexto.\n\n---\n\nMás texto.\n';
    const r = report();
    expect(parseFrontmatter(text, r.add)).toEqual({ title: 'Uno' });
    expect(splitBody(text)).toEqual({ body: '\nTexto.\n\n---\n\nMás texto.\n', lineOffset: 3 });
  });

  it('may end the file, with no line break after its closing line', () => {
    expect(parseFrontmatter('---\ntitle: Uno\n---', report().add)).toEqual({ title: 'Uno' });
  });

  it('must open the file: a --- block further down is not frontmatter', () => {
    const r = report();
    expect(parseFrontmatter('Texto.\n---\ntitle: Uno\n---\n', r.add)).toBeUndefined();
    expect(r.messages).toEqual(['has no frontmatter: start the file with a line "---", the fields (title: …), and another "---"']);
  });
});

describe('a draft translation of a data entry shown with no notice', () => {
  const draft = (collection: 'calendar' | 'facts', file: string) =>
    strictProblems([{ collection, id: 'uno', file, index: 0, data: { title: { es: 'Uno', qu: 'Huk' }, translation: { qu: 'draft' } } }]).map((p) => p.message);

  it('is refused with where it is shown: the calendar page, the sources page and the home page', () => {
    expect(draft('calendar', 'content/data/calendar.yaml')[0]).toContain('its Quechua text is shown on the calendar page with no notice');
    expect(draft('facts', 'content/facts/lineas.yaml')[0]).toContain('its Quechua text is shown on /fuentes/ and beside the hotlines on the home page with no notice');
  });
});

describe('a file in the folder of a page', () => {
  const messages = (name: string) => problemsWithFiles({ [`partners/oit/${name}`]: '---\ntitle: Uno\n---\n' }).filter((p) => p.file.endsWith(name)).map((p) => p.message);

  it('named after a language of three letters the site does not have is told the languages it has', () => {
    expect(messages('quz.mdx')[0]).toMatch(/^is in an unknown language "quz": the site has es, qu;/);
  });

  it('named otherwise is not a page', () => {
    for (const name of ['es.mdx.orig', 'e.mdx', 'borrador-es.mdx']) expect(messages(name)[0], name).toMatch(/^is not a language file: name it after its language/);
  });
});

describe('quotes and lists nested in one line', () => {
  const nests = (line: string) => limitProblems(`Texto.\n${line}\n`, 'markdown').map((p) => `${p.line}: ${p.message.split(':')[0]}`);
  const TOO_DEEP = `2: nests more than ${LIMITS.containers} quotes and lists in one line`;

  it('count numbered markers of any length, and a marker that ends the line', () => {
    expect(nests(`${'10. '.repeat(LIMITS.containers + 1)}Texto`)).toEqual([TOO_DEEP]);
    expect(nests(`${'- '.repeat(LIMITS.containers)}1.`)).toEqual([TOO_DEEP]);
    expect(nests(`${'10) '.repeat(LIMITS.containers)}Texto`)).toEqual([]);
  });
});
