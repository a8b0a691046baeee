/**
 * "Anterior" without JavaScript, on a step several steps lead to: the page cannot know the way
 * the reader came, so the answer that leads there says it in the address's fragment
 * (`…/paso/#desde-<parent>`). The step page starts with one empty, zero-size target per parent
 * (`<span id="desde-<parent>" class="app-from app-from-<n>">`, at the top of the page so the jump
 * does not scroll) and has one "Anterior" link per parent (`app-back-<n>`); step-back.css shows the
 * one whose target is `:target`, and the default one (the tool's start) when no fragment is there.
 * With JavaScript, tool-stepper.ts keeps its own trail and the default link follows it.
 */
import type { ValidTree } from '../decision-tree';

/**
 * The most parents a step may have: step-back.css has one rule per position. A tool whose step
 * has more fails the build (`cameFromProblems`) rather than showing a wrong "Anterior".
 */
export const MAX_PARENTS = 6;

/** The id of the target that says the reader came from `parent`. */
export const fromId = (parent: string): string => `desde-${parent}`;

/** The fragment an answer of `from` leading to `next` carries: only to a step of several parents. */
export function fromFragment(tree: ValidTree, from: string, next: string): string {
  const parents = tree.nodes.get(next)?.parents ?? [];
  return parents.length > 1 ? `#${fromId(from)}` : '';
}

/** The ways into `step` that its page offers one "Anterior" for: its parents, if more than one. */
export function waysIn(tree: ValidTree, step: string): { parent: string; id: string; position: number }[] {
  const parents = tree.nodes.get(step)?.parents ?? [];
  if (parents.length < 2) return [];
  return parents.map((parent, i) => ({ parent, id: fromId(parent), position: i + 1 }));
}

/** A step with more parents than step-back.css can tell apart, as "<file>: <field>: <fix>". */
export function cameFromProblems(tree: ValidTree, file: string): string[] {
  return [...tree.nodes.values()]
    .filter((n) => n.parents.length > MAX_PARENTS)
    .map(
      (n) =>
        `${file}: steps.${n.id}: ${n.parents.length} steps lead to "${n.id}" (${n.parents.join(', ')}); "Anterior" can tell at most ${MAX_PARENTS} apart. Make fewer answers lead to it, or add rules to src/components/tool/step-back.css and raise MAX_PARENTS in src/lib/tools/came-from/came-from.ts`,
    );
}
