/**
 * The citation templates of ./citations.ts, by kind, kept on globalThis, so that a template made by
 * one copy of ./citations.ts (the config and the bundle of the pages load that file as two modules)
 * is found by the other; another thread can hand its templates over (addCitationTemplates). This
 * file imports nothing, so the config does not load citeproc.
 */
const TEMPLATES = Symbol.for('alianza.citation-templates');

/** The map itself, made the first time. */
export const citationTemplateMap = (): Map<string, string> => ((globalThis as { [TEMPLATES]?: Map<string, string> })[TEMPLATES] ??= new Map());

/** Every template made in this thread, to hand to another. */
export const citationTemplates = (): [string, string][] => [...citationTemplateMap()];

/**
 * Templates made by another thread (citationTemplates), so citeproc need not run in this one.
 * Each is what this thread would have made: the same key, citeproc and style give the same text.
 * Returns how many were new.
 */
export function addCitationTemplates(entries: Iterable<[string, string]>): number {
  const templates = citationTemplateMap();
  let added = 0;
  for (const [key, template] of entries) {
    if (templates.has(key)) continue;
    templates.set(key, template);
    added += 1;
  }
  return added;
}
