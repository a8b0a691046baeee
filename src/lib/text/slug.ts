/**
 * Web-address slugs from text: "Señales de alerta" → "senales-de-alerta". Accents are dropped,
 * letters lower-cased, every other run of characters becomes one hyphen. Content folder names,
 * citation keys, flowchart ids and lesson heading anchors all come from here.
 */
export interface SlugOptions {
  /** Keep dots, as in a version number ("2.0"). */
  keepDots?: boolean;
  /** Cut the slug to at most this many characters (never ending in a hyphen). */
  maxLength?: number;
}

export function slugify(text: string, { keepDots = false, maxLength }: SlugOptions = {}): string {
  const other = keepDots ? /[^a-z0-9.]+/g : /[^a-z0-9]+/g;
  const edges = keepDots ? /^[-.]+|[-.]+$/g : /^-+|-+$/g;
  const slug = text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(other, '-').replace(edges, '');
  return maxLength === undefined ? slug : slug.slice(0, maxLength).replace(/-+$/, '');
}
