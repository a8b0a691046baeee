/**
 * Every broken-content fixture fails with a message that names the file, the field and the fix.
 * The messages are pinned: an editor reads them in a failed build, so a change to one is a change
 * to what editors see.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { formatProblems } from '../../src/lib/content/problems';
import { contentFor, errorCaseNames, type ContentOptions } from '../support/fixtures';

/** Cases whose files are made at test time (too big to commit). */
const options: Record<string, ContentOptions> = {
  'huge-file': { grow: { 'regions/cusco/es.mdx': 600 * 1024 } },
};

const check = (caseName?: string) => {
  const dir = contentFor(caseName, caseName ? options[caseName] : undefined);
  return checkContent(dir);
};

describe('a valid content tree', () => {
  it('passes with every entry accounted for', () => {
    const { problems, entries } = check();
    expect(problems).toEqual([]);
    expect(entries.map((e) => `${e.collection}:${e.id}:${e.lang ?? ''}`).sort()).toEqual([
      'facts:emergencias-de-prueba-numero:',
      'facts:linea-de-prueba-numero:',
      'hotlines:linea-de-prueba:',
      'news:primera-noticia:es',
      'pages:inicio:es',
      'partners:oit:es',
      'partners:oit:qu',
      'protocols:ruta-de-prueba/1.0:es',
      'regions:cusco:es',
    ]);
  });
});

const expected: Record<string, { file: string; field?: string; message: RegExp }[]> = {
  'missing-title': [{ file: 'content/partners/oit/es.mdx', field: 'title', message: /^is missing: add a title/ }],
  'malformed-frontmatter': [
    { file: 'content/partners/oit/es.mdx', message: /^malformed YAML near line \d+: Missing closing "quote\. Check the indentation, and put quotes around values that contain a colon$/ },
  ],
  'lesson-time-and-links': [
    {
      file: 'content/toolkits/kit-de-prueba/lessons/sesion/es.mdx',
      field: 'protocols[0].protocol',
      message: /^names the protocol "ruta-que-no-existe", which does not exist: use one of ruta-de-prueba \(folders in content\/protocols\/\)$/,
    },
    {
      file: 'content/toolkits/kit-de-prueba/lessons/sesion/es.mdx',
      field: 'duration',
      message: /^is 50 minutes but the steps add up to 45: make the duration the sum of the steps' minutes$/,
    },
  ],
  'date-not-a-date': [
    { file: 'content/news/primera-noticia/es.mdx', field: 'date', message: /^"2026-13-45" is not a date: write it as YYYY-MM-DD/ },
  ],
  'unknown-region': [
    {
      file: 'content/partners/oit/es.mdx',
      field: 'regions[1]',
      message: /^names the region "lima", which does not exist: use one of cusco \(folders in content\/regions\/\)$/,
    },
  ],
  'duplicate-slug': [
    { file: 'content/regions/cusco/es.mdx', message: /^has the same slug "cusco" as content\/regions\/cusco\/es\.md: each region needs its own; rename one/ },
  ],
  'phone-with-letters': [
    { file: 'content/facts/lineas.yaml', field: '[0].value', message: /^must contain only digits, spaces and hyphens \(no letters\)/ },
  ],
  // The facts registry (docs/facts.md): what the text states about the world, the registry holds.
  'phone-not-in-registry': [
    {
      file: 'content/regions/cusco/es.mdx',
      field: 'line 13',
      message: /^states the phone number "984 123 456", which the facts registry does not hold: add it with its sources to content\/facts\/lineas\.yaml \(docs\/facts\.md says how\), or remove it from the text$/,
    },
  ],
  'law-not-in-registry': [
    {
      file: 'content/news/primera-noticia/es.mdx',
      field: 'line 14',
      message: /^states the law or decree "Ley N° 99999", which the facts registry does not hold: add it with its sources to content\/facts\/normas\.yaml \(docs\/facts\.md says how\), or remove it from the text$/,
    },
  ],
  'amount-not-in-registry': [
    {
      file: 'content/partners/oit/es.mdx',
      field: 'line 3',
      message: /^states the amount "US\$2 millones", which the facts registry does not hold: add it with its sources to content\/facts\/montos\.yaml \(docs\/facts\.md says how\), or remove it from the text$/,
    },
    {
      file: 'content/data/hotlines.yaml',
      field: 'line 7',
      message: /^states the amount "S\/ 300", which the facts registry does not hold: add it with its sources to content\/facts\/montos\.yaml/,
    },
  ],
  'unknown-fact-id': [
    {
      file: 'content/data/hotlines.yaml',
      field: '[0].number',
      message: /^names the fact "linea-de-prueba-numro", which is not in the facts registry: use one of linea-de-prueba-numero, or add a fact with this id, its value and its sources to a file of content\/facts\/ \(docs\/facts\.md\)$/,
    },
  ],
  'quechua-without-spanish': [
    { file: 'content/regions/puno/qu.mdx', message: /^is a translation without its Spanish source: add content\/regions\/puno\/es\.mdx/ },
  ],
  'version-folder-not-version': [
    { file: 'content/protocols/ruta-de-prueba/primera/es.mdx', message: /^is in the folder "primera", which is not a version: name version folders with a number like "1\.0"/ },
  ],
  'no-frontmatter': [{ file: 'content/pages/inicio/es.mdx', message: /^has no frontmatter: start the file with a line "---"/ }],
  'empty-file': [{ file: 'content/regions/cusco/es.mdx', message: /^is empty: write its content, or delete the file$/ }],
  'unknown-language': [{ file: 'content/partners/oit/en.mdx', message: /^is in an unknown language "en": the site has es, qu; rename the file/ }],
  'folder-with-spaces': [
    { file: 'content/regions/Madre de Dios/es.mdx', message: /^is in the folder "Madre de Dios": .*e\.g\. "madre-de-dios"$/ },
  ],
  'invalid-utf8': [{ file: 'content/regions/cusco/es.mdx', message: /^is not valid UTF-8 text: .*save it with the encoding "UTF-8"$/ }],
  'translation-without-source-date': [
    { file: 'content/partners/oit/qu.mdx', field: 'translatedFrom', message: /^is missing: add translatedFrom: with the "updated" date of content\/partners\/oit\/es\.mdx/ },
  ],
  'reviewed-without-reviewer': [
    { file: 'content/data/hotlines.yaml', field: '[0].translation.qu', message: /^must be draft, or, once a speaker has reviewed the text, \{ status: reviewed, reviewedBy: "<their name>", reviewedOn: YYYY-MM-DD \}$/ },
    { file: 'content/partners/oit/qu.mdx', field: 'reviewedBy', message: /^is missing: a reviewed translation names the speaker who reviewed it \(reviewedBy: "Nombre Apellido"\); until then write translation: draft$/ },
    { file: 'content/partners/oit/qu.mdx', field: 'reviewedOn', message: /^is missing: a reviewed translation gives the day of the review \(reviewedOn: YYYY-MM-DD\); until then write translation: draft$/ },
  ],
  'chanka-form-in-quz': [
    { file: 'content/data/hotlines.yaml', field: 'line 8', message: /^has "utqaylla", a form of another variety of Quechua \(forma chanka\): write usqhay; if it is right here \(a name, a Spanish title\), add it to the exceptions of "utqa" in content\/data\/quechua-forms\.yaml$/ },
    { file: 'content/partners/oit/qu.mdx', field: 'line 17', message: /^has "achka", a form of another variety of Quechua \(forma chanka\): write achkha;/ },
    { file: 'content/partners/oit/qu.mdx', field: 'line 17', message: /^has "contra", a Spanish word standing alone in Quechua text \(preposición del castellano\): write hark'anapaq;/ },
  ],
  'quechua-forms-list-broken': [
    { file: 'content/data/quechua-forms.yaml', field: '[0].source', message: /^is missing: add where the rule comes from/ },
  ],
  'duplicate-version': [
    {
      file: 'content/protocols/ruta-de-prueba/1.00/es.mdx',
      message: /^is version 1\.00, the same number as content\/protocols\/ruta-de-prueba\/1\.0\/es\.mdx: give each version its own number/,
    },
  ],
  'legal-status-without-approval': [
    {
      file: 'content/protocols/ruta-de-prueba/1.0/es.mdx',
      field: 'approval',
      message: /^is missing: a protocol that is not a sample claims legal status, which needs the approval record \(body, instrument, date and a source of the approval\); add it, or mark the protocol "sample: true"$/,
    },
  ],
  'no-version-in-force': [
    {
      file: 'content/protocols/ruta-de-prueba/',
      message: /^has no version in force on \d{4}-\d{2}-\d{2}: mark the version that applies "status: vigente"/,
    },
  ],
  'script-in-mdx': [
    {
      file: 'content/pages/inicio/es.mdx',
      field: 'body (line 11, column 1)',
      message: /^has a <script> element, which would run code in readers' browsers: remove it; content files hold text written in Markdown, and the layout adds everything else$/,
    },
  ],
  'script-in-markdown': [
    {
      file: 'content/regions/puno/es.md',
      field: 'body (line 13, column 1)',
      message: /^has a <script> element, which would run code in readers' browsers: remove it; content files hold text/,
    },
  ],
  'event-handler-in-mdx': [
    {
      file: 'content/partners/oit/es.mdx',
      field: 'body (line 18, column 1)',
      message: /^has an <img> element with the event handler onerror, which would run code in readers' browsers: remove it; content files hold text/,
    },
  ],
  'iframe-in-mdx': [
    {
      file: 'content/news/primera-noticia/es.mdx',
      field: 'body (line 14, column 1)',
      message: /^has an <iframe> element, which would load another site inside the page: remove it; content files hold text/,
    },
  ],
  'javascript-url': [
    {
      file: 'content/regions/cusco/es.mdx',
      field: 'body (line 13, column 21)',
      message: /^has a link to a "javascript:" address \(javascript:alert\(document\.cookie\)\), which would run code when followed: link to a web page \(https:\/\/…\), a phone number \(tel:…\) or an email address \(mailto:…\) instead$/,
    },
  ],
  'javascript-url-in-source': [
    {
      file: 'content/partners/oit/es.mdx',
      field: 'sources[0].url',
      message: /^is a "javascript:" address \(javascript:alert\(document\.cookie\)\), which would run code when followed: write a web address starting with https:\/\/$/,
    },
  ],
  'import-in-mdx': [
    {
      file: 'content/pages/inicio/es.mdx',
      field: 'body (line 9, column 1)',
      message: /^has an "import" line, which would bring code into the page: remove it; content files hold text written in Markdown/,
    },
  ],
  'jsx-expression': [
    {
      file: 'content/news/primera-noticia/es.mdx',
      field: 'body (line 14, column 16)',
      message: /^has the expression \{new Date\(\)\.getFullYear\(\) - 2017\}, which would run code: remove the braces and write the text itself \(to show a brace, write \\\{\)$/,
    },
  ],
  'noscript-in-markdown': [
    { file: 'content/regions/puno/es.md', field: 'body (line 13, column 1)', message: /^has HTML \(<noscript>\), which content files cannot use: remove it and write the text in Markdown/ },
    { file: 'content/regions/puno/es.md', field: 'body (line 13, column 11)', message: /^has HTML \(<p title="<\/noscript><img src=x><meta h…\), which content files cannot use/ },
  ],
  'svg-animation-in-markdown': [
    { file: 'content/regions/puno/es.md', field: 'body (line 13, column 1)', message: /^has HTML \(<svg>\), which content files cannot use/ },
    { file: 'content/regions/puno/es.md', field: 'body (line 13, column 6)', message: /^has HTML \(<a>\), which content files cannot use/ },
    { file: 'content/regions/puno/es.md', field: 'body (line 13, column 9)', message: /^has HTML \(<animate attributeName="href" values="j…\), which content files cannot use/ },
    { file: 'content/regions/puno/es.md', field: 'body (line 13, column 69)', message: /^has HTML \(<text y="20">\), which content files cannot use/ },
  ],
  'external-picture': [
    {
      file: 'content/regions/puno/es.mdx',
      field: 'body (line 13, column 1)',
      message: /^has a picture from another site \(https:\/\/tracker\.example\/mapa\.png\), which would tell that site who reads the page: save the picture in the site's public\/images\/ folder and write !\[description\]\(\/images\/name\.webp\)$/,
    },
  ],
  'lists-nested-too-deep': [
    { file: 'content/regions/puno/es.mdx', field: 'body (line 34)', message: /^is indented more than 40 columns: no page needs lists or fields nested that deep; flatten them$/ },
  ],
  'quotes-nested-too-deep': [
    { file: 'content/regions/puno/es.mdx', field: 'body (line 13)', message: /^has a line of 20,005 characters, more than the 5,000 allowed: break it into paragraphs$/ },
    { file: 'content/regions/puno/es.mdx', field: 'body (line 13)', message: /^nests more than 8 quotes and lists in one line: no page needs that many; write them as separate paragraphs or a flat list$/ },
  ],
  'yaml-alias-bomb': [
    { file: 'content/data/hotlines.yaml', field: 'line 15', message: /^uses YAML aliases \(\*name\) that would copy values more than 20 times: write the values out instead$/ },
  ],
  'reserved-page-slug': [
    { file: 'content/pages/buscar/es.mdx', message: /^is a page named "buscar", an address the site uses for its own pages \(\/buscar\/\): rename the folder$/ },
  ],
  'huge-file': [
    { file: 'content/regions/cusco/es.mdx', message: /^is 600 KB, more than the 512 KB allowed: split it into smaller entries or move large material to a download$/ },
  ],
  'tree-with-cycle': [
    {
      file: 'content/tools/ciclo.yaml',
      field: 'steps.segunda.answers[1].next',
      message: /^leads back to "primera" and closes a cycle \(primera → segunda → primera\): readers would go round forever; point this answer of "segunda" to a later step or to an ending$/,
    },
  ],
  'tool-approval-incomplete': [
    { file: 'content/tools/aprobada.yaml', field: 'approval.instrument', message: /^is missing: name the instrument of the approval \(resolution, decree\) with its number$/ },
  ],
  'source-without-address': [
    { file: 'content/regions/cusco/es.mdx', field: 'sources[0]', message: /^needs a url or a document: say where a reader can check this source$/ },
  ],
};

describe('broken content', () => {
  it('has an expected message for every fixture, and a fixture for every expected message', () => {
    expect(Object.keys(expected).sort()).toEqual(errorCaseNames());
  });

  for (const name of errorCaseNames()) {
    it(`${name}: names the file, the field and the fix`, () => {
      const { problems } = check(name);
      const wanted = expected[name] ?? [];
      expect(problems).toHaveLength(wanted.length);
      wanted.forEach((w, i) => {
        const p = problems[i];
        expect(p?.file).toBe(w.file);
        expect(p?.field).toBe(w.field);
        expect(p?.message).toMatch(w.message);
      });
    });
  }

  it('reports every problem at once, grouped by file, in the text the build prints', () => {
    const dir = contentFor('unknown-region');
    const text = formatProblems(checkContent(dir).problems);
    expect(text).toBe(
      'The content has 1 problem. Fix it and build again.\n\n' +
        'content/partners/oit/es.mdx\n' +
        '  - regions[1]: names the region "lima", which does not exist: use one of cusco (folders in content/regions/)',
    );
  });
});
