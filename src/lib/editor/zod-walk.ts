/**
 * Reads a collection's zod schema through zod's public API (`type`, `def`, `shape`, `options`,
 * `meta()`) and says, for each field, what it holds: the editor's fields are made from this, and
 * the test that compares the editor with the schemas walks it too.
 */
import { z } from 'astro/zod';
import type { RefTarget } from '../../schemas/refs';

/** What one field holds, as the editor needs to know it. */
export type FieldShape =
  | { kind: 'string' }
  | { kind: 'date' }
  | { kind: 'number'; int: boolean }
  | { kind: 'boolean' }
  | { kind: 'select'; options: string[] }
  | { kind: 'ref'; collection: RefTarget }
  | { kind: 'list'; of: FieldShape }
  | { kind: 'object'; fields: FieldInfo[] }
  | { kind: 'map'; of: FieldShape };

export interface FieldInfo {
  name: string;
  required: boolean;
  default?: unknown;
  shape: FieldShape;
}

type Any = z.ZodType & { def: Record<string, unknown>; meta: () => Record<string, unknown> | undefined };

/** The ref factory the editor passes to the schemas: a slug marked with the collection it names. */
export const editorRef = (collection: RefTarget) => z.string().meta({ reference: collection }) as never;

const metaOf = (s: Any) => (typeof s.meta === 'function' ? s.meta() : undefined);

/** Optional, default and nullable wrappers around a field: whether it may be left out, and its default. */
function unwrap(schema: Any): { inner: Any; required: boolean; default?: unknown } {
  let inner = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    const type = inner.def.type;
    if (type === 'optional' || type === 'nullable') required = false;
    else if (type === 'default') {
      required = false;
      const value = inner.def.defaultValue;
      fallback = typeof value === 'function' ? (value as () => unknown)() : value;
    } else break;
    inner = inner.def.innerType as Any;
  }
  return { inner, required, ...(fallback === undefined ? {} : { default: fallback }) };
}

const isDateUnion = (s: Any) =>
  s.def.type === 'union' && (s.def.options as Any[]).some((o) => o.def.type === 'date') && (s.def.options as Any[]).length === 2;

/** The shape of one (unwrapped) schema. `where` names the field in an error. */
export function shapeOf(schema: Any, where: string): FieldShape {
  const reference = metaOf(schema)?.reference;
  if (typeof reference === 'string') return { kind: 'ref', collection: reference as RefTarget };
  const def = schema.def;
  switch (def.type) {
    case 'string':
      return { kind: 'string' };
    case 'date':
      return { kind: 'date' };
    case 'number':
      return { kind: 'number', int: (schema as unknown as { isInt?: boolean }).isInt === true };
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'select', options: Object.values(def.entries as Record<string, string>) };
    case 'literal':
      return { kind: 'select', options: (def.values as unknown[]).map(String) };
    case 'array':
      return { kind: 'list', of: shapeOf(unwrap(def.element as Any).inner, `${where}[]`) };
    case 'object':
      return { kind: 'object', fields: fieldsOf(schema, where) };
    case 'record':
      return { kind: 'map', of: shapeOf(unwrap(def.valueType as Any).inner, `${where}.*`) };
    case 'pipe': {
      // A date is written as text or read as a Date by YAML; other pipes are checked text.
      const input = unwrap(def.in as Any).inner;
      if (isDateUnion(input)) return { kind: 'date' };
      if (input.def.type === 'pipe' || input.def.type === 'union') return { kind: 'string' };
      return shapeOf(input, where);
    }
    case 'union': {
      if (isDateUnion(schema)) return { kind: 'date' };
      // A choice of forms (a plain value or one per language; "draft" or a review record): the
      // editor offers the first, the simpler one; the other is written in the file.
      return shapeOf(unwrap((def.options as Any[])[0]!).inner, where);
    }
    default:
      throw new Error(`${where}: the editor has no widget for a zod "${String(def.type)}"; map it in src/lib/editor/zod-walk.ts`);
  }
}

/** The fields of an object schema (a refined object too), in the order the schema declares them. */
export function fieldsOf(schema: z.ZodType, where = 'schema'): FieldInfo[] {
  let object = schema as Any;
  while (object.def.type === 'pipe') object = object.def.in as Any;
  if (object.def.type !== 'object') throw new Error(`${where}: expected an object schema, found "${String(object.def.type)}"`);
  return Object.entries(object.def.shape as Record<string, Any>).map(([name, field]) => {
    const { inner, required, default: fallback } = unwrap(field);
    return { name, required, ...(fallback === undefined ? {} : { default: fallback }), shape: shapeOf(inner, `${where}.${name}`) };
  });
}
