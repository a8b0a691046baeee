/**
 * The editor's "Nueva versión" button and its editorial workflow write what `npm run new:version`
 * and the local backend write. The browser half is tested in tests/e2e/editor-versions.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { createNextVersion, protocolOf } from '../../src/lib/editor/admin/next-version.js';
import { wrapBackend } from '../../src/lib/editor/admin/backend.js';
import * as rules from '../../src/lib/protocols/new-version.mjs';

const v11 = '---\ntitle: Ruta\nversion: "1.1"\nstatus: vigente\neffective: 2025-01-01\nupdated: 2025-01-01\nchangelog: "Algo."\n---\n## Alcance\n';

describe('"Nueva versión" in the editor', () => {
  test("a version's file names its protocol, in Decap's path and the site's", () => {
    expect(protocolOf('content/protocols/ruta/1.1.es.mdx')).toEqual({ folder: 'content/protocols/ruta', protocol: 'ruta', version: '1.1' });
    expect(protocolOf('content/protocols/ruta/1.1/es.mdx')).toEqual({ folder: 'content/protocols/ruta', protocol: 'ruta', version: '1.1' });
    expect(protocolOf('content/protocols/ruta/2.0.mdx')).toEqual({ folder: 'content/protocols/ruta', protocol: 'ruta', version: '2.0' });
    expect(protocolOf('content/news/x.es.mdx')).toBeUndefined();
    expect(protocolOf('content/protocols/ruta/borrador.mdx')).toBeUndefined();
  });

  test('copies the newest version (1.10 after 1.9) to the next number as a draft, through the backend', async () => {
    const written: { entry: unknown; options: unknown }[] = [];
    const files: Record<string, string> = { 'content/protocols/ruta/1.9/es.mdx': 'old', 'content/protocols/ruta/1.10/es.mdx': v11, 'content/protocols/ruta/1.10/qu.mdx': 'qu' };
    const inner = {
      entriesByFolder: async (folder: string, ext: string, depth: number) =>
        folder === 'content/protocols/ruta' && ext === 'mdx' && depth === 2 ? Object.entries(files).map(([path, data]) => ({ file: { path }, data })) : [],
      persistEntry: async (entry: unknown, options: unknown) => void written.push({ entry, options }),
    };
    const made = await createNextVersion(inner, 'content/protocols/ruta/1.9.es.mdx', rules, { source: 'es', today: '2026-12-06' });
    expect(made).toEqual({ protocol: 'ruta', newest: '1.10', next: '1.11', path: 'content/protocols/ruta/1.11/es.mdx' });
    expect(written).toHaveLength(1);
    const { entry, options } = written[0] as { entry: { dataFiles: { path: string; slug: string; raw: string }[] }; options: Record<string, unknown> };
    expect(entry.dataFiles).toEqual([
      { path: 'content/protocols/ruta/1.11/es.mdx', slug: 'ruta/1.11', raw: rules.draftText(v11, '1.11', '2026-12-06') },
    ]);
    expect(entry.dataFiles[0]!.raw).toBe(
      '---\ntitle: Ruta\nversion: "1.11"\nstatus: borrador\neffective: 2026-12-06\nupdated: 2026-12-06\nchangelog: "Escribe en una línea qué cambia en esta versión."\n---\n## Alcance\n',
    );
    expect(options).toMatchObject({ newEntry: true, collectionName: 'protocols', useWorkflow: false });
  });

  test('the other language files of a version are not copied; a file that is not a version is refused', () => {
    expect(rules.copiedToNewVersion('/c/protocols/ruta/1.0/qu.mdx')).toBe(false);
    expect(rules.copiedToNewVersion('/c/protocols/ruta/1.0/es.mdx')).toBe(true);
    expect(rules.copiedToNewVersion('/c/protocols/ruta/1.0/diagrama.svg')).toBe(true);
    return expect(createNextVersion({}, 'content/news/x.es.mdx', rules, { source: 'es', today: '2026-12-06' })).rejects.toThrow(/not the file of a protocol version/);
  });
});

describe('the editorial workflow on a git host reads and writes the site\'s files', () => {
  test("an unpublished entry's files (branch cms/<collection>/<slug>) are shown to Decap under its names, and read from the site's", async () => {
    const asked: string[] = [];
    const inner = {
      unpublishedEntry: async () => ({ slug: 'taller', status: 'draft', diffs: [{ path: 'content/news/taller/es.mdx', id: '1', newFile: true }, { path: 'content/news/taller/qu.mdx', id: '2', newFile: true }] }),
      unpublishedEntryDataFile: async (_c: string, _s: string, path: string) => (asked.push(path), path.endsWith('.yaml') ? '- id: x\n' : '---\ntitle: T\n---\n'),
      unpublishedEntryMediaFile: async (_c: string, _s: string, path: string) => ({ path }),
    };
    const backend = wrapBackend(inner, 'es');
    const entry = await backend.unpublishedEntry({ collection: 'news', slug: 'taller' });
    expect(entry.diffs.map((d: { path: string }) => d.path)).toEqual(['content/news/taller.es.mdx', 'content/news/taller.qu.mdx']);
    expect(await backend.unpublishedEntryDataFile('news', 'taller', 'content/news/taller.qu.mdx', '2')).toBe('---\ntitle: T\n---\n');
    expect(await backend.unpublishedEntryDataFile('hotlines', 'hotlines', 'content/data/hotlines.yaml', '3')).toBe('items:\n  - id: x\n');
    expect(asked).toEqual(['content/news/taller/qu.mdx', 'content/data/hotlines.yaml']);
    expect(await backend.unpublishedEntryMediaFile('news', 'taller', 'public/media/a.png', '4')).toEqual({ path: 'public/media/a.png' });
  });
});
