/**
 * Reading content files as an editor wrote them: text that must be UTF-8, not empty and not huge;
 * YAML whose syntax errors are reported with their line; frontmatter split from the body.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, visit, type Document } from 'yaml';
import { LIMITS, limitProblems } from './limits';

/** Reports a problem of a file, with the field (or line) it is in when known. */
export type Report = (message: string, field?: string) => void;

/** Files larger than this are refused: no page needs it, and a runaway file slows every build. */
export const MAX_FILE_BYTES = 512 * 1024;

export function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

// `fatal`: invalid UTF-8 is refused; a leading byte order mark is dropped by the decoder itself.
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as UTF-8 text, or says why it cannot be used. */
export function readText(file: string, report: Report): string | undefined {
  const bytes = readFileSync(file);
  if (bytes.length > MAX_FILE_BYTES) {
    report(`is ${Math.round(bytes.length / 1024)} KB, more than the ${MAX_FILE_BYTES / 1024} KB allowed: split it into smaller entries or move large material to a download`);
    return undefined;
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    report('is not valid UTF-8 text: open it in your editor and save it with the encoding "UTF-8"');
    return undefined;
  }
  if (text.trim() === '') {
    report('is empty: write its content, or delete the file');
    return undefined;
  }
  return text;
}

/**
 * Parses YAML, reporting syntax errors with their line. Text past the limits of ./limits.ts is not
 * parsed, and aliases may not expand past LIMITS.yamlAliases values.
 */
export function parseYaml(text: string, lineOffset: number, report: Report): unknown {
  const limits = limitProblems(text, 'yaml', lineOffset);
  for (const problem of limits) report(problem.message, `line ${problem.line}`);
  if (limits.length > 0) return undefined;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { prettyErrors: true });
  } catch (error) {
    report(`cannot be read as YAML (${error instanceof Error ? error.message : String(error)}): simplify its structure`);
    return undefined;
  }
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = (error.linePos?.[0]?.line ?? 0) + lineOffset;
      const summary = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      report(`malformed YAML near line ${line}: ${summary}. Check the indentation, and put quotes around values that contain a colon`);
    }
    return undefined;
  }
  try {
    return doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Sought only when the document could not be read: most files have no alias at all.
    const unresolved = unresolvedAlias(doc);
    if (unresolved) {
      const line = text.slice(0, unresolved.offset).split('\n').length + lineOffset;
      report(`uses the alias *${unresolved.name}, but no value is marked &${unresolved.name} before it: write the value out instead`, `line ${line}`);
    } else if (/alias/i.test(message)) {
      // The first alias, for the editor to find.
      const line = text.split('\n').findIndex((l) => /(?:^|[\s,[{:-])\*[^\s,\]}]/.test(l.replace(/#.*/, '')));
      report(`uses YAML aliases (*name) that would copy values more than ${LIMITS.yamlAliases} times: write the values out instead`, line >= 0 ? `line ${line + 1 + lineOffset}` : undefined);
    } else {
      report(`cannot be read as YAML (${message}): simplify its structure`);
    }
    return undefined;
  }
}

/** The first alias (`*name`) with no anchor (`&name`) before it, which YAML cannot resolve. */
function unresolvedAlias(doc: Document.Parsed): { name: string; offset: number } | undefined {
  let found: { name: string; offset: number } | undefined;
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) !== undefined) return undefined;
      found = { name: alias.source, offset: alias.range?.[0] ?? 0 };
      return visit.BREAK;
    },
  });
  return found;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits `---` frontmatter from an MDX body. */
export function parseFrontmatter(text: string, report: Report): unknown {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    report('has no frontmatter: start the file with a line "---", the fields (title: …), and another "---"');
    return undefined;
  }
  return parseYaml(match[1] ?? '', 1, report);
}

/** The text after the frontmatter, and how many lines come before it. */
export function splitBody(text: string): { body: string; lineOffset: number } | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  return { body: text.slice(match[0].length), lineOffset: match[0].split('\n').length - 1 };
}
