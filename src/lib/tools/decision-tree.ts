/**
 * The decision-tree engine: checks the graph of one tool (content/tools/<slug>.yaml) after
 * `toolSchema()` has parsed it, and gives the pages what they need to write one page per step
 * (breadth-first order, depth, parents, the paths that lead to a step).
 *
 * Every problem is reported at once, each with the field (`steps.peligro.answers[1].next`) and a
 * message that names the step and says how to fix it: editors read these in a failed build.
 * Pure TypeScript: no astro:* imports, so the content check and the unit tests can use it.
 */
import type { z } from 'astro/zod';
import type { toolSchema } from '../../schemas/data';
import type { Problem } from '../content/problems';
import { defaultLocale } from '../../i18n/locales';

export type ToolData = z.output<ReturnType<typeof toolSchema>>;
export type ToolStep = ToolData['steps'][string];

export interface TreeProblem {
  /** The field, e.g. "steps.peligro.answers[1].next". */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

export interface TreeNode {
  id: string;
  /** Answers needed to get here from the start (the start has depth 0). */
  depth: number;
  ending: boolean;
  data: ToolStep;
  /** The steps with an answer leading here, in breadth-first order. */
  parents: string[];
}

export interface ValidTree {
  start: string;
  nodes: Map<string, TreeNode>;
  /** Every step, breadth-first from the start, answers taken in their order. */
  order: string[];
  /** The endings, in breadth-first order. */
  endings: string[];
}

/** The kinds of service of the regional directory an ending may name as "servicio:<kind>". */
export const SERVICE_KINDS = ['demuna', 'upe', 'cem', 'fiscalia', 'policia'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export type Contact = { kind: 'hotline'; id: string } | { kind: 'service'; service: ServiceKind };

const SERVICE_PREFIX = 'servicio:';

/** Reads a contact of an ending: a hotline id, or "servicio:<kind>". `undefined` when it is neither. */
export function parseContact(contact: string, hotlines: ReadonlySet<string>): Contact | undefined {
  if (contact.startsWith(SERVICE_PREFIX)) {
    const service = contact.slice(SERVICE_PREFIX.length);
    return (SERVICE_KINDS as readonly string[]).includes(service) ? { kind: 'service', service: service as ServiceKind } : undefined;
  }
  return hotlines.has(contact) ? { kind: 'hotline', id: contact } : undefined;
}

const quote = (id: string) => `"${id}"`;
const list = (ids: readonly string[]) => (ids.length ? ids.join(', ') : 'none yet');

/** A Spanish (default language) string that is there and not blank. */
const hasSpanish = (value: unknown): boolean => {
  const text = value && typeof value === 'object' ? (value as Record<string, unknown>)[defaultLocale] : undefined;
  return typeof text === 'string' && text.trim() !== '';
};

/**
 * Checks the graph of one tree. `contacts` holds the hotline ids of content/data/hotlines.yaml;
 * "servicio:<kind>" contacts are always known. The tree is returned only when there is no problem.
 */
export function validateTree(tree: ToolData, contacts: ReadonlySet<string>): { tree?: ValidTree; problems: TreeProblem[] } {
  const problems: TreeProblem[] = [];
  const report = (field: string, message: string) => problems.push({ field, message });
  const steps = tree.steps ?? {};
  const ids = Object.keys(steps);
  const exists = (id: string) => Object.hasOwn(steps, id);
  const idList = list(ids);
  const sourceTitles = (tree.sources ?? []).map((s) => s.title);
  const contactHelp = `use a hotline id of content/data/hotlines.yaml (${list([...contacts].sort())}) or a service: ${SERVICE_KINDS.map((k) => SERVICE_PREFIX + k).join(', ')}`;

  // Strings of the tree itself.
  if (!hasSpanish(tree.title)) report(`title.${defaultLocale}`, 'is missing: write the title of the tool in Spanish');
  if (!hasSpanish(tree.description)) report(`description.${defaultLocale}`, 'is missing: write in Spanish, in one sentence, what the tool helps with');

  if (!exists(tree.start)) {
    report(
      'start',
      `names the step ${quote(tree.start)}, which does not exist: use one of the step ids (${idList}), or add a step ${quote(tree.start)} under steps`,
    );
  }

  for (const id of ids) {
    const step = steps[id] as ToolStep;
    const at = `steps.${id}`;
    const answers = step.answers ?? [];
    const actions = step.actions ?? [];
    const avoid = step.avoid ?? [];
    const stepContacts = step.contacts ?? [];

    // Spanish is required everywhere; a missing Quechua string falls back to Spanish.
    const spanish = (field: string, what: string) =>
      report(field, `is missing in the step ${quote(id)}: write ${what} in Spanish (Quechua may be left out: the Spanish text is shown instead)`);
    if (!hasSpanish(step.text)) spanish(`${at}.text.${defaultLocale}`, step.ending ? 'the headline of the ending' : 'the question');
    if (step.help !== undefined && !hasSpanish(step.help)) spanish(`${at}.help.${defaultLocale}`, 'the explanation');
    answers.forEach((a, i) => {
      if (!hasSpanish(a.label)) spanish(`${at}.answers[${i}].label.${defaultLocale}`, 'the answer');
    });
    actions.forEach((a, i) => {
      if (!hasSpanish(a)) spanish(`${at}.actions[${i}].${defaultLocale}`, 'the action');
    });
    avoid.forEach((a, i) => {
      if (!hasSpanish(a)) spanish(`${at}.avoid[${i}].${defaultLocale}`, 'what not to do');
    });

    if (step.ending) {
      if (answers.length > 0) {
        report(
          `${at}.answers`,
          `are not allowed on the ending ${quote(id)}: an ending closes the path; remove its answers, or remove "ending: true" to make ${quote(id)} a question`,
        );
      }
      if (actions.length === 0) {
        report(`${at}.actions`, `is empty on the ending ${quote(id)}: list what to do now, at least one action`);
      }
      if (stepContacts.length === 0) {
        report(`${at}.contacts`, `is empty on the ending ${quote(id)}: name whom to call, e.g. "105", "linea-1818" or "servicio:demuna"`);
      }
      stepContacts.forEach((c, i) => {
        if (!parseContact(c, contacts)) {
          report(`${at}.contacts[${i}]`, `names ${quote(c)} in the ending ${quote(id)}, which is not a contact: ${contactHelp}`);
        }
      });
    } else {
      if (answers.length === 0) {
        report(
          `${at}.answers`,
          `is empty, so the question ${quote(id)} is a dead end: add answers (each with label and next), or make ${quote(id)} an ending with "ending: true", actions and contacts`,
        );
      }
      // Endings' fields on a question would never be shown: say so instead of dropping them.
      for (const [field, values] of [['actions', actions], ['avoid', avoid], ['contacts', stepContacts]] as const) {
        if (values.length > 0) {
          report(
            `${at}.${field}`,
            `is only shown on endings, and ${quote(id)} is a question: move it to an ending, or add "ending: true" and remove the answers`,
          );
        }
      }
    }

    (step.sources ?? []).forEach((title, i) => {
      if (!sourceTitles.includes(title)) {
        report(
          `${at}.sources[${i}]`,
          `names the source ${quote(title)}, which is not among the tool's sources: copy the title of one of them (${list(sourceTitles.map(quote))}), or add that source under sources`,
        );
      }
    });

    answers.forEach((a, i) => {
      if (!exists(a.next)) {
        report(
          `${at}.answers[${i}].next`,
          `names the step ${quote(a.next)}, which does not exist: point this answer of ${quote(id)} to one of the step ids (${idList}), or add a step ${quote(a.next)} under steps`,
        );
      }
    });
  }

  // Reachability and shape, breadth-first from the start.
  const nextOf = (id: string) => (steps[id]?.answers ?? []).map((a) => a.next).filter(exists);
  const order: string[] = [];
  const depth = new Map<string, number>();
  const parents = new Map<string, string[]>();
  if (exists(tree.start)) {
    depth.set(tree.start, 0);
    order.push(tree.start);
    for (let i = 0; i < order.length; i++) {
      const id = order[i] as string;
      for (const next of nextOf(id)) {
        const ps = parents.get(next) ?? [];
        if (!ps.includes(id)) parents.set(next, [...ps, id]);
        if (!depth.has(next)) {
          depth.set(next, (depth.get(id) ?? 0) + 1);
          order.push(next);
        }
      }
    }
    for (const id of ids) {
      if (!depth.has(id)) {
        report(
          `steps.${id}`,
          `is never reached: no path from the start step ${quote(tree.start)} leads to ${quote(id)}; point an answer's next to ${quote(id)}, or delete the step`,
        );
      }
    }
  }

  // Cycles: a depth-first walk over every step (reachable or not); each answer that leads back to
  // a step still on the walk closes one cycle.
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const walk = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    (steps[id]?.answers ?? []).forEach((a, i) => {
      if (!exists(a.next)) return;
      const seen = state.get(a.next);
      if (seen === 'open') {
        const cycle = [...stack.slice(stack.indexOf(a.next)), a.next];
        report(
          `steps.${id}.answers[${i}].next`,
          `leads back to ${quote(a.next)} and closes a cycle (${cycle.join(' → ')}): readers would go round forever; point this answer of ${quote(id)} to a later step or to an ending`,
        );
      } else if (seen === undefined) {
        walk(a.next);
      }
    });
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of exists(tree.start) ? [tree.start, ...ids] : ids) {
    if (!state.has(id)) walk(id);
  }

  if (problems.length > 0) return { problems };

  const nodes = new Map<string, TreeNode>();
  for (const id of order) {
    const data = steps[id] as ToolStep;
    nodes.set(id, { id, depth: depth.get(id) ?? 0, ending: data.ending, data, parents: parents.get(id) ?? [] });
  }
  return {
    tree: { start: tree.start, nodes, order, endings: order.filter((id) => nodes.get(id)?.ending) },
    problems,
  };
}

/** Every path of step ids from the start to `id`, in answer order (`[]` for an unknown step). */
export function pathsTo(tree: ValidTree, id: string): string[][] {
  if (!tree.nodes.has(id)) return [];
  const paths: string[][] = [];
  const walk = (at: string, path: string[]) => {
    if (at === id) {
      paths.push(path);
      return;
    }
    const seen = new Set<string>();
    for (const a of tree.nodes.get(at)?.data.answers ?? []) {
      if (seen.has(a.next)) continue; // two answers to the same step make one path
      seen.add(a.next);
      walk(a.next, [...path, a.next]);
    }
  };
  walk(tree.start, [tree.start]);
  return paths;
}

/** The problems of one tree file in the shape the content check prints. */
export function treeProblemsAsContentProblems(file: string, problems: readonly TreeProblem[]): Problem[] {
  return problems.map((p) => ({ file, field: p.field, message: p.message }));
}
