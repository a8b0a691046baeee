import { describe, expect, test } from 'vitest';
import { FROZEN_MESSAGE, isUntranslated, isYamlList, quoteTextDates, textFieldNames, spanishFile, toEditorPath, toSitePath, translationFile, unwrapList, wrapList, wrapBackend } from '../../src/lib/editor/admin/backend.js';

describe("the editor's backend writes the site's files", () => {
  test('language files: Decap\'s "<slug>.es.mdx" is the site\'s "<slug>/es.mdx", both ways', () => {
    expect(toSitePath('content/news/taller.es.mdx')).toBe('content/news/taller/es.mdx');
    expect(toSitePath('content/protocols/ruta/1.0.qu.mdx')).toBe('content/protocols/ruta/1.0/qu.mdx');
    expect(toEditorPath('content/news/taller/qu.mdx')).toBe('content/news/taller.qu.mdx');
    expect(toEditorPath('content/tools/arbol.yaml')).toBe('content/tools/arbol.yaml');
    expect(toSitePath(toEditorPath('content/toolkits/kit/lessons/uno/es.mdx'))).toBe('content/toolkits/kit/lessons/uno/es.mdx');
  });

  test('the Spanish file never carries the fields of a translation', () => {
    const raw = '---\ntitle: Hola\ntranslation: draft\ntranslatedFrom: 2026-12-01\nupdated: 2026-12-01\nreviewedBy: Alguien\n---\nTexto\n';
    expect(spanishFile(raw)).toBe('---\ntitle: Hola\nupdated: 2026-12-01\n---\nTexto\n');
  });

  test('a new Quechua file is a draft of the Spanish text of that day; a reviewed one stays as it is', () => {
    const es = '---\ntitle: Hola\nupdated: 2026-12-01\n---\n';
    expect(translationFile('---\ntitle: Napaykuy\n---\nQillqa\n', es)).toBe('---\ntitle: Napaykuy\ntranslation: draft\ntranslatedFrom: 2026-12-01\n---\nQillqa\n');
    const reviewed = '---\ntitle: Napaykuy\ntranslation: reviewed\ntranslatedFrom: 2026-11-01\n---\n';
    expect(translationFile(reviewed, es)).toBe(reviewed);
  });

  test('a YAML list is edited as "items:" and written back as the list, comments kept where Decap keeps them', () => {
    const list = '# Líneas\n- id: "105"\n  order: 1\n\n- id: linea-1818\n  order: 2\n';
    expect(isYamlList(list)).toBe(true);
    expect(isYamlList('title: x\n')).toBe(false);
    expect(wrapList(list)).toBe('items:\n  # Líneas\n  - id: "105"\n    order: 1\n\n  - id: linea-1818\n    order: 2\n');
    expect(unwrapList(wrapList(list))).toBe(list);
    expect(unwrapList('items: []\n')).toBe('[]\n');
  });

  test('what Decap writes for an entry lands in the site\'s files', async () => {
    const written: unknown[] = [];
    const inner = {
      entriesByFolder: async (_folder: string, _ext: string, depth: number) => [{ file: { path: `content/news/a/es.mdx` }, data: `depth ${depth}` }],
      getEntry: async (path: string) => ({ file: { path }, data: '- id: x\n' }),
      persistEntry: async (entry: { dataFiles: unknown[] }) => void written.push(...entry.dataFiles),
      status: () => 'ok',
    };
    const backend = wrapBackend(inner, 'es');
    expect(await backend.entriesByFolder('content/news', 'mdx', 1)).toEqual([{ file: { path: 'content/news/a.es.mdx' }, data: 'depth 2' }]);
    expect((await backend.getEntry('content/data/hotlines.yaml')).data).toBe('items:\n  - id: x\n');
    await backend.persistEntry({
      dataFiles: [
        { path: 'content/news/a.es.mdx', slug: 'a', raw: '---\ntitle: A\nupdated: 2026-12-01\ntranslation: draft\n---\n' },
        { path: 'content/news/a.qu.mdx', slug: 'a', raw: '---\ntitle: A\nupdated: 2026-12-01\n---\n' },
        { path: 'content/data/hotlines.yaml', slug: 'hotlines', raw: 'items:\n  - id: x\n' },
      ],
    }, {});
    expect(written).toEqual([
      { path: 'content/news/a/es.mdx', slug: 'a', raw: '---\ntitle: A\nupdated: 2026-12-01\n---\n' },
      { path: 'content/news/a/qu.mdx', slug: 'a', raw: '---\ntitle: A\nupdated: 2026-12-01\ntranslation: draft\ntranslatedFrom: 2026-12-01\n---\n' },
      { path: 'content/data/hotlines.yaml', slug: 'hotlines', raw: '- id: x\n' },
    ]);
    expect(backend.status()).toBe('ok');
  });

  test('a published protocol version is never saved: the editor says how to make a new version', async () => {
    const written: unknown[] = [];
    const backend = wrapBackend({ persistEntry: async (e: unknown) => void written.push(e) }, 'es', new Set(['protocols-vigente']));
    const entry = { dataFiles: [{ path: 'content/protocols/ruta/1.0.es.mdx', slug: 'ruta/1.0', raw: '---\ntitle: R\n---\n' }] };
    await expect(backend.persistEntry(entry, { collectionName: 'protocols-vigente' })).rejects.toThrow(FROZEN_MESSAGE);
    await backend.persistEntry(entry, { collectionName: 'protocols' });
    expect(written).toHaveLength(1);
    expect(FROZEN_MESSAGE).toContain('npm run new:version -- <nombre>');
  });

  test('a language nobody translated is not written: Decap fills only the fields shared by every language', async () => {
    const written: { path: string }[] = [];
    const backend = wrapBackend({ persistEntry: async (e: { dataFiles: { path: string }[] }) => void written.push(...e.dataFiles) }, 'es');
    await backend.persistEntry({
      dataFiles: [
        { path: 'content/toolkits/k/lessons/a.es.mdx', slug: 'a', raw: '---\ntitle: A\nduration: 50\n---\nTexto\n' },
        { path: 'content/toolkits/k/lessons/a.qu.mdx', slug: 'a', raw: '---\nduration: 50\nlevel: primaria\n---\n' },
      ],
    }, {});
    expect(written.map((f) => f.path)).toEqual(['content/toolkits/k/lessons/a/es.mdx']);
    expect(isUntranslated('---\nduration: 50\n---\n')).toBe(true);
    expect(isUntranslated('---\nduration: 50\n---\nQillqa\n')).toBe(false);
    expect(isUntranslated('---\ntitle: Napaykuy\n---\n')).toBe(false);
  });

  test("a text field's value that looks like a date is written quoted, so the build reads text, as the file had it", async () => {
    const keys = textFieldNames([{ fields: [{ name: 'title', widget: 'string' }, { name: 'sources', widget: 'list', fields: [{ name: 'date', widget: 'string' }] }, { name: 'updated', widget: 'datetime' }] }]);
    expect([...keys].sort()).toEqual(['date', 'title']);
    const written: { raw: string }[] = [];
    const backend = wrapBackend({ persistEntry: async (e: { dataFiles: { raw: string }[] }) => void written.push(...e.dataFiles) }, 'es', new Set(), keys);
    const raw = '---\ntitle: 2024-01-01\nupdated: 2026-11-28\nsources:\n  - title: Nota\n    date: 2021-01-17\n  - date: 2021-02-01\n---\nEl 2021-01-17\ndate: 2021-01-17\n';
    await backend.persistEntry({ dataFiles: [{ path: 'content/news/a.es.mdx', slug: 'a', raw }] }, {});
    expect(written[0]!.raw).toBe('---\ntitle: "2024-01-01"\nupdated: 2026-11-28\nsources:\n  - title: Nota\n    date: "2021-01-17"\n  - date: "2021-02-01"\n---\nEl 2021-01-17\ndate: 2021-01-17\n');
    expect(quoteTextDates('date: "2021-01-17"\n', keys)).toBe('date: "2021-01-17"\n');
  });
});
