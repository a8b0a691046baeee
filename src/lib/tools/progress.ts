/**
 * Where a reader is in a decision tree, computed from the tree at build time so every step page
 * can say it without JavaScript: "Pregunta 2 de 6" and the step an "Anterior" link returns to.
 *
 * - The questions before a step are the answers given to reach it. When every path to a step has
 *   the same number, the step is question N of M, M being N plus the most questions that can
 *   still follow it (the longest remaining path; a shorter branch may end sooner). When paths of
 *   different lengths lead to it, N is unknown: the page says only how many questions are left
 *   at most.
 * - "Anterior" returns to the step's one parent; a step several steps lead to returns to the
 *   tool's start, unless the page knows the way the reader came: from the address's fragment
 *   (./came-from/, without JavaScript) or from tool-stepper.ts's trail (with JavaScript).
 */
import type { ValidTree } from './decision-tree';

export interface StepProgress {
  /** This question's number on every path to it (1 for the start); undefined when paths differ. */
  number: number | undefined;
  /** The questions of the longest path through this step; undefined with `number`. */
  total: number | undefined;
  /** The most questions left, this one included (0 on an ending). */
  left: number;
  /** The step "Anterior" leads to: the only parent, else the start; undefined on the start. */
  back: string | undefined;
}

/** The progress of every step of a valid tree, by step id. */
export function treeProgress(tree: ValidTree): Map<string, StepProgress> {
  const left = new Map<string, number>();
  const leftOf = (id: string): number => {
    const known = left.get(id);
    if (known !== undefined) return known;
    const node = tree.nodes.get(id);
    const answers = node?.ending ? [] : (node?.data.answers ?? []);
    const most = node?.ending ? 0 : 1 + Math.max(0, ...answers.map((a) => leftOf(a.next)));
    left.set(id, most);
    return most;
  };

  // Breadth-first order lists every parent before its children only in a tree; a step reached by
  // paths of different lengths may come before one of its parents, so the counts are gathered in
  // a topological order (a valid tree has no cycle).
  const before = new Map<string, Set<number>>([[tree.start, new Set([0])]]);
  const visited = new Set<string>();
  const topological: string[] = [];
  const visit = (id: string) => {
    if (visited.has(id)) return;
    visited.add(id);
    for (const a of tree.nodes.get(id)?.data.answers ?? []) visit(a.next);
    topological.unshift(id);
  };
  visit(tree.start);
  for (const id of topological) {
    const counts = before.get(id) ?? new Set<number>();
    for (const a of tree.nodes.get(id)?.data.answers ?? []) {
      const next = before.get(a.next) ?? new Set<number>();
      for (const n of counts) next.add(n + 1);
      before.set(a.next, next);
    }
  }

  const progress = new Map<string, StepProgress>();
  for (const [id, node] of tree.nodes) {
    const counts = [...(before.get(id) ?? [])];
    const one = counts.length === 1 ? (counts[0] as number) : undefined;
    const number = one === undefined ? undefined : one + 1;
    const back = id === tree.start ? undefined : node.parents.length === 1 ? node.parents[0] : tree.start;
    progress.set(id, { number, total: one === undefined ? undefined : one + leftOf(id), left: leftOf(id), back });
  }
  return progress;
}
