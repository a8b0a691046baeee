/**
 * pdfmake's style lookup, without its allocations. For every piece of text it measures, pdfmake
 * asks for about twenty properties (font, size, colour, link…), and each question pushes the
 * piece's styles on a stack, builds two closures and a Set, walks the stack and pops: a sixth of
 * the time a PDF takes, and much of its garbage. This answers the same question by reading the
 * same stack in the same order, without changing it. The PDFs are byte for byte the same
 * (tests/unit/pdf-styles.test.ts compares every answer with pdfmake's own while making PDFs).
 *
 * Semantics kept from pdfmake 0.3 (StyleContextStack.getStyleProperty, autopush, getProperty):
 * the piece's own value first; then, as if the piece had been pushed, its named styles from the
 * last to the first; then the stack from the top; then the default style. A named style is read
 * with its `extends`, parents from the last, each style once.
 *
 * The stack's own answer to each property is also kept until the stack changes (push, pop): a
 * piece of text is measured word by word, and each word asks the same twenty questions of the
 * same stack. pdfmake changes a stack only through push() and pop() (clone() makes a new one), and
 * the entries it pushes (style names, style objects, nodes) do not change their style properties
 * while they are on it.
 */
import { createRequire } from 'node:module';

type Style = Record<string, unknown> & { extends?: string | string[] };
type Item = Record<string, unknown> | string;

const ANSWERS = Symbol('alianza.stack-answers');

export interface StyleContextStack {
  styleDictionary: Record<string, Style | undefined>;
  styleOverrides: Array<string | Record<string, unknown>>;
  defaultStyle: Record<string, unknown> | undefined;
  getProperty(property: string): unknown;
  push(entry: string | Record<string, unknown>): void;
  pop(howMany?: number): void;
  /** The answers given since the stack last changed. */
  [ANSWERS]?: Map<string, unknown> | undefined;
}

export interface StyleContextStackClass {
  getStyleProperty(item: Item, stack: StyleContextStack | undefined, property: string, defaultValue: unknown): unknown;
  prototype: StyleContextStack;
}

const isValue = (value: unknown) => value !== undefined && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string' || value instanceof String;

/** A named style's value, with its parents (`extends`), each style read once. */
function fromStyle(dictionary: StyleContextStack['styleDictionary'], name: string, property: string, visited?: Set<string>): unknown {
  if (visited?.has(name)) return undefined;
  const style = dictionary[name];
  if (!style) return undefined;
  const own = style[property];
  if (isValue(own)) return own;
  if (!style.extends) return undefined;
  const seen = visited ?? new Set<string>();
  seen.add(name);
  const parents = Array.isArray(style.extends) ? style.extends : [style.extends];
  for (let i = parents.length - 1; i >= 0; i--) {
    const value = fromStyle(dictionary, parents[i] as string, property, seen);
    if (isValue(value)) return value;
  }
  return undefined;
}

/** One entry of the stack: a style's name, or an object of overrides. */
function fromEntry(dictionary: StyleContextStack['styleDictionary'], entry: string | Record<string, unknown>, property: string): unknown {
  return isString(entry) ? fromStyle(dictionary, String(entry), property) : entry[property];
}

/** StyleContextStack.prototype.getProperty, the same answers, each kept until the stack changes. */
function getProperty(this: StyleContextStack, property: string): unknown {
  let answers = this[ANSWERS];
  if (!answers) this[ANSWERS] = answers = new Map();
  if (answers.has(property)) return answers.get(property);
  const value = stackProperty(this, property);
  answers.set(property, value);
  return value;
}

/** The stack's value of a property, from the top entry down, then the default style. */
function stackProperty(stack: StyleContextStack, property: string): unknown {
  const overrides = stack.styleOverrides;
  if (overrides) {
    for (let i = overrides.length - 1; i >= 0; i--) {
      const value = fromEntry(stack.styleDictionary, overrides[i] as string | Record<string, unknown>, property);
      if (isValue(value)) return value;
    }
  }
  return stack.defaultStyle && stack.defaultStyle[property];
}

/** StyleContextStack.getStyleProperty, the same answers, with nothing pushed. */
function getStyleProperty(item: Item, stack: StyleContextStack | undefined, property: string, defaultValue: unknown): unknown {
  // As pdfmake reads it, even on a string (whose prototype has `bold` and `link`).
  const own = (item as Record<string, unknown>)[property];
  if (isValue(own)) return own;
  if (!stack) return defaultValue;
  // What autopush() would have pushed: nothing for text or a section, else the item's styles.
  if (!isString(item) && typeof item['section'] === 'undefined' && item['style']) {
    const styles = (Array.isArray(item['style']) ? item['style'] : [item['style']]) as Array<string | Record<string, unknown>>;
    for (let i = styles.length - 1; i >= 0; i--) {
      const value = fromEntry(stack.styleDictionary, styles[i] as string | Record<string, unknown>, property);
      if (isValue(value)) return value;
    }
  }
  const value = stack.getProperty(property);
  return isValue(value) ? value : defaultValue;
}

interface Patched {
  StyleContextStack: StyleContextStackClass;
  original: {
    getStyleProperty: StyleContextStackClass['getStyleProperty'];
    getProperty: StyleContextStack['getProperty'];
    push: StyleContextStack['push'];
    pop: StyleContextStack['pop'];
  };
}

let patched: Patched | undefined;

/** Makes pdfmake look styles up this way; does it once per thread. */
export function fastStyleLookup(): Patched {
  if (patched) return patched;
  const module = createRequire(import.meta.url)('pdfmake/js/StyleContextStack') as { default?: Partial<StyleContextStackClass> };
  const StyleContextStack = module.default;
  const prototype = StyleContextStack?.prototype;
  if (
    typeof StyleContextStack?.getStyleProperty !== 'function' ||
    typeof prototype?.getProperty !== 'function' ||
    typeof prototype.push !== 'function' ||
    typeof prototype.pop !== 'function'
  ) {
    throw new Error('src/lib/pdf/styles.ts: pdfmake/js/StyleContextStack no longer has getStyleProperty(), getProperty(), push() and pop(). Check the pdfmake version (package.json) against this file.');
  }
  const original = { getStyleProperty: StyleContextStack.getStyleProperty, getProperty: prototype.getProperty, push: prototype.push, pop: prototype.pop };
  StyleContextStack.getStyleProperty = getStyleProperty;
  prototype.getProperty = getProperty;
  // A stack that changes forgets its answers.
  prototype.push = function (this: StyleContextStack, entry) {
    this[ANSWERS] = undefined;
    original.push.call(this, entry);
  };
  prototype.pop = function (this: StyleContextStack, howMany) {
    this[ANSWERS] = undefined;
    original.pop.call(this, howMany);
  };
  patched = { StyleContextStack: StyleContextStack as StyleContextStackClass, original };
  return patched;
}
