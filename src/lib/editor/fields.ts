/**
 * Decap CMS fields from the walked schema (zod-walk.ts): one widget per kind of value, with the
 * Spanish label and help text of src/schemas/docs-es.ts, required where the schema requires.
 */
import { fieldDocEs } from '../../schemas/docs-es';
import type { RefTarget } from '../../schemas/refs';
import type { FieldInfo, FieldShape } from './zod-walk';

export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string; fields?: DecapField[]; field?: DecapField };

/** Where a referenced entry lives in the editor: its collection and the field that names it. */
export interface RefTargetInfo {
  collection: string;
  /** The value stored: the entry's slug, or the `id` field of a list entry. */
  valueField: string;
  searchFields: string[];
  /** For list files, the file of the files collection that holds the entries. */
  file?: string;
}

export interface FieldContext {
  collection: string;
  /** How each reference target is found in the editor; a target missing here is a plain slug. */
  refs: Partial<Record<RefTarget, RefTargetInfo>>;
  /** Page-like entries with a Spanish and a Quechua file: which fields each language writes. */
  i18n: boolean;
}

/** Fields written only in a translation (the Spanish file drops them, see admin/backend.js). */
export const TRANSLATION_ONLY = ['translation', 'translatedFrom', 'reviewedBy', 'reviewedOn'];
/** Kinds of value that differ per language; dates, numbers, references and choices are shared. */
const translatable = (shape: FieldShape): boolean =>
  shape.kind === 'string' || (shape.kind === 'list' && translatable(shape.of)) || (shape.kind === 'object' && shape.fields.some((f) => translatable(f.shape)));

function widgetFor(shape: FieldShape, ctx: FieldContext, path: string[], long: boolean, optional = false): Record<string, unknown> & { widget: string } {
  switch (shape.kind) {
    case 'string':
      return { widget: long ? 'text' : 'string' };
    case 'date':
      return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
    case 'number':
      return { widget: 'number', value_type: shape.int ? 'int' : 'float' };
    case 'boolean':
      return { widget: 'boolean' };
    case 'select':
      return { widget: 'select', options: shape.options };
    case 'ref': {
      const target = ctx.refs[shape.collection];
      if (!target) return { widget: 'string' };
      return {
        widget: 'relation',
        collection: target.collection,
        ...(target.file ? { file: target.file } : {}),
        value_field: target.valueField,
        search_fields: target.searchFields,
        display_fields: target.searchFields,
      };
    }
    case 'list': {
      if (shape.of.kind === 'ref') return { ...widgetFor(shape.of, ctx, path, false), multiple: true };
      if (shape.of.kind === 'object') return { widget: 'list', fields: shape.of.fields.map((f) => decapField(f, ctx, [...path, f.name])) };
      return { widget: 'list', field: { name: 'item', label: 'Elemento', ...widgetFor(shape.of, ctx, path, long) } };
    }
    case 'object':
      // Decap checks the fields of an object left empty too: inside an optional one (an approval
      // record), none is required by the editor; the content check requires them once it is there.
      return { widget: 'object', fields: shape.fields.map((f) => decapField(f, ctx, [...path, f.name], optional)) };
    case 'map':
      // A map of ids to entries (the steps of a decision tree): edited as its YAML text.
      return { widget: 'code', output_code_only: true, default_language: 'yaml' };
  }
}

/** One Decap field for a schema field; `path` is the field's path from the entry, for its doc. */
export function decapField(info: FieldInfo, ctx: FieldContext, path: string[] = [info.name], insideOptional = false): DecapField {
  const doc = fieldDocEs(ctx.collection, path);
  if (!doc) {
    throw new Error(
      `${ctx.collection}.${path.join('.')}: no Spanish label for the editor; add "${info.name}" (or "${ctx.collection}.${info.name}") to src/schemas/docs-es.ts`,
    );
  }
  const field: DecapField = {
    name: info.name,
    label: doc.label,
    ...(doc.hint ? { hint: doc.hint } : {}),
    ...widgetFor(info.shape, ctx, path, doc.long === true, insideOptional || !info.required),
    required: info.required && !insideOptional,
  } as DecapField;
  if (info.default !== undefined && !(Array.isArray(info.default) && info.default.length === 0) && info.shape.kind !== 'object') field.default = info.default;
  if (ctx.i18n && path.length === 1) field.i18n = TRANSLATION_ONLY.includes(info.name) || translatable(info.shape) ? true : 'duplicate';
  if (ctx.i18n && info.name === 'translation') field.default = 'draft';
  return field;
}
