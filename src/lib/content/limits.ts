/**
 * Bounds on what the build reads, checked on the text before any parser sees it: a parser given
 * lists nested hundreds deep, thousands of nested quotes or brackets, or a YAML alias bomb runs out
 * of stack or memory and crashes the build without naming the file. No page needs more than these
 * limits allow, so a file past one is refused, naming its line and the limit.
 */

export const LIMITS = {
  /** Characters in one line: a paragraph written on one line is a few hundred. */
  lineChars: 5_000,
  /** Quote (">") and list markers opening one line, nested: "> - > 1." is 4. */
  containers: 8,
  /** Columns of indentation before the text of a line (a tab counts 4). */
  indent: 40,
  /** Brackets, parentheses and braces open at once. */
  brackets: 32,
  /**
   * Values YAML aliases (*name) may expand to in one file: each alias copies a whole value, and
   * copies of copies multiply (an "alias bomb"). Content needs none.
   */
  yamlAliases: 20,
} as const;

export interface LimitProblem {
  /** The line, counted in the whole file. */
  line: number;
  message: string;
}

/** A quote marker (">", a space after it optional) or a list marker ("-", "1." with a space after it). */
const CONTAINER = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))/y;

/** The number of quote and list markers a Markdown line opens with. */
function containerDepth(line: string): number {
  let depth = 0;
  CONTAINER.lastIndex = 0;
  while (CONTAINER.test(line)) depth++;
  return depth;
}

/** Columns of leading whitespace, a tab counting 4. */
function indentOf(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns++;
    else if (char === '\t') columns += 4;
    else break;
  }
  return columns;
}

/**
 * What in a text passes a limit: at most one problem per limit (the first line past it), so a
 * huge file gives a short message. `kind` says which line limits apply (the Markdown containers
 * only to Markdown); `lineOffset` is the number of lines before the text in its file.
 */
export function limitProblems(text: string, kind: 'markdown' | 'yaml', lineOffset = 0): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const seen = new Set<string>();
  const report = (limit: string, line: number, message: string) => {
    if (seen.has(limit)) return;
    seen.add(limit);
    problems.push({ line: line + lineOffset, message });
  };
  let open = 0;
  text.split('\n').forEach((line, i) => {
    const n = i + 1;
    if (line.length > LIMITS.lineChars) {
      report('line', n, `has a line of ${line.length.toLocaleString('en-US')} characters, more than the ${LIMITS.lineChars.toLocaleString('en-US')} allowed: break it into paragraphs`);
    }
    if (kind === 'markdown' && containerDepth(line) > LIMITS.containers) {
      report('containers', n, `nests more than ${LIMITS.containers} quotes and lists in one line: no page needs that many; write them as separate paragraphs or a flat list`);
    }
    if (indentOf(line) > LIMITS.indent) {
      report('indent', n, `is indented more than ${LIMITS.indent} columns: no page needs lists or fields nested that deep; flatten them`);
    }
    for (const char of line) {
      if (char === '(' || char === '[' || char === '{') open++;
      else if ((char === ')' || char === ']' || char === '}') && open > 0) open--;
      if (open > LIMITS.brackets) {
        report('brackets', n, `opens more than ${LIMITS.brackets} brackets, parentheses or braces at once: close them, or write them as text ("\\[")`);
        open = 0;
      }
    }
  });
  return problems;
}
