import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { collections } from '../../src/schemas/collections';
import { editorConfig } from '../../src/lib/editor/config';
import { editorRef } from '../../src/lib/editor/zod-walk';
import type { DecapField } from '../../src/lib/editor/fields';

type Json = { type?: string | string[]; properties?: Record<string, Json>; items?: Json; anyOf?: Json[]; additionalProperties?: unknown };

/** Field paths from the JSON Schema zod makes of a collection: independent of the editor's walk. */
function schemaPaths(schema: Json, prefix = ''): string[] {
  // A choice of forms: the editor offers the first (a plain value, or "draft").
  const node = schema.anyOf ? schema.anyOf[0]! : schema;
  if (node.properties) return Object.entries(node.properties).flatMap(([k, v]) => [`${prefix}${k}`, ...schemaPaths(v, `${prefix}${k}.`)]);
  if (node.items) return schemaPaths(node.items, prefix);
  return [];
}

function editorPaths(fields: DecapField[], prefix = ''): string[] {
  return fields.flatMap((f) => [`${prefix}${f.name}`, ...(f.fields ? editorPaths(f.fields, `${prefix}${f.name}.`) : [])]);
}

const config = editorConfig({
  contentDir: 'content',
  listing: { kits: ['kit-a'], listFiles: { services: ['cusco.yaml'], facts: ['lineas.yaml'] } },
  proxyUrl: 'http://localhost:8081/api/v1',
});
const byName = (name: string) => config.collections.find((c) => c.name === name) as Record<string, unknown> & { fields?: DecapField[]; files?: { fields: DecapField[] }[] };
const editorFieldsOf = (name: string) => {
  const c = byName(name === 'lessons' ? 'lessons-kit-a' : name);
  const fields = c.fields ?? c.files![0]!.fields[0]!.fields!;
  return fields.filter((f) => f.name !== 'body');
};

describe('the editor is made from the schemas', () => {
  for (const [name, spec] of Object.entries(collections)) {
    test(`${name}: every schema field has an editor field, and the editor has no field the schema lacks`, () => {
      const json = z.toJSONSchema(spec.schema(editorRef), { unrepresentable: 'any', io: 'input' }) as Json;
      expect(editorPaths(editorFieldsOf(name)).sort()).toEqual(schemaPaths(json).sort());
    });
  }

  test('every field has a Spanish label, required fields are required, enumerations are selects', () => {
    const news = editorFieldsOf('news');
    const field = (n: string) => news.find((f) => f.name === n)!;
    expect(field('title')).toMatchObject({ label: 'Título', widget: 'string', required: true, i18n: true });
    expect(field('date')).toMatchObject({ label: 'Fecha del hecho', widget: 'datetime', format: 'YYYY-MM-DD', required: true, i18n: 'duplicate' });
    expect(field('datePrecision')).toMatchObject({ widget: 'select', options: ['day', 'month'], required: false, default: 'day' });
    expect(field('partners')).toMatchObject({ widget: 'relation', collection: 'partners', value_field: '{{slug}}', multiple: true });
    expect(field('translation')).toMatchObject({ widget: 'select', default: 'draft', i18n: true });
    expect(byName('campaigns').fields!.find((f) => f.name === 'hotlines')).toMatchObject({ widget: 'relation', collection: 'hotlines', file: 'hotlines', value_field: 'items.*.id' });
  });

  test('inside an optional record (an approval), the editor requires nothing: the content check does once it is there', () => {
    const approval = byName('protocols').fields!.find((f) => f.name === 'approval')!;
    expect(approval).toMatchObject({ widget: 'object', required: false });
    expect(approval.fields!.map((f) => [f.name, f.required])).toEqual([['body', false], ['instrument', false], ['date', false], ['source', false]]);
    expect(approval.fields!.find((f) => f.name === 'source')!.fields!.every((f) => f.required === false)).toBe(true);
    const source = byName('news').fields!.find((f) => f.name === 'sources')!.fields!.find((f) => f.name === 'title')!;
    expect(source.required).toBe(true);
  });

  test('Spanish and Quechua side by side, one folder per entry', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_files', locales: ['es', 'qu'], default_locale: 'es' });
    expect(byName('news')).toMatchObject({ folder: 'content/news', path: '{{slug}}', extension: 'mdx', i18n: true });
    expect(byName('lessons-kit-a')).toMatchObject({ folder: 'content/toolkits/kit-a/lessons', label: 'Sesiones del kit «kit-a»' });
    expect(byName('protocols')).toMatchObject({ create: false, delete: false, path: '{{slug}}/{{fields.version}}', filter: { field: 'status', value: 'borrador' } });
  });

  test('published protocol versions are listed apart, read-only: no publishing, creating or deleting', () => {
    for (const status of ['vigente', 'reemplazado']) {
      expect(byName(`protocols-${status}`)).toMatchObject({ filter: { field: 'status', value: status }, publish: false, create: false, delete: false });
    }
  });

  test('every content type of the site has a collection', () => {
    const names = config.collections.map((c) => String(c.name));
    for (const name of Object.keys(collections)) expect(names.some((n) => n === name || n.startsWith(`${name}-`))).toBe(true);
    expect(byName('facts').files!.map((f) => (f as unknown as { file: string }).file)).toEqual(['content/facts/lineas.yaml']);
  });

  test('a field without Spanish documentation stops the editor with the field and the fix', () => {
    const schema = () => z.object({ title: z.string(), colorDeFondo: z.string() });
    const patched = { ...collections, news: { ...collections.news, schema: schema } };
    expect(() => editorConfigWith(patched)).toThrow(
      'news.colorDeFondo: no Spanish label for the editor; add "colorDeFondo" (or "news.colorDeFondo") to src/schemas/docs-es.ts',
    );
  });
});

import { fieldsOf } from '../../src/lib/editor/zod-walk';
import { decapField } from '../../src/lib/editor/fields';
function editorConfigWith(specs: Record<string, { schema: (r: typeof editorRef) => z.ZodType }>) {
  return fieldsOf(specs.news!.schema(editorRef), 'news').map((f) => decapField(f, { collection: 'news', refs: {}, i18n: true }));
}
