/**
 * One variety of Quechua: the site writes Cusco Quechua (quz) in the official alphabet. This check
 * reads every Quechua text (the `qu.mdx` files, the `qu:` strings of the YAML data and of the
 * tools, the interface strings of src/i18n/qu.ts) line by line and flags the forms that a list in
 * content/data/quechua-forms.yaml names: forms of other varieties (Chanka/Ayacucho "achka" for
 * Cusco "achkha") and Spanish function words left standing in a Quechua sentence ("contra").
 * Each entry of the list names its source and the words or phrases it does not apply to. The list
 * of a language is named by its `forms` in src/i18n/locales.ts; any language may have one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { defaultLocale, formLists, htmlLang } from '../../i18n/locales';
import { text } from '../../schemas/common';
import { fieldPath, type Problem } from './problems';
import type { ScannedFile } from '../facts/check';
import { parseYaml, readText } from './read';

export const formRuleSchema = z.strictObject({
  /** What the check looks for, in lower case: a word, or a piece of one. */
  form: text('the form to flag, in lower case, e.g. form: "achka"').pipe(
    z.string().regex(/^[\p{Ll}'’-]+$/u, { error: 'must be lower-case letters (and apostrophes) only' }),
  ),
  /** `word`: the whole word; `prefix`: words that start with it; `contains`: words holding it; `suffix`: words ending in it. */
  match: z.enum(['word', 'prefix', 'contains', 'suffix'], { error: 'must be word, prefix, contains or suffix' }),
  /** What to write instead, in Cusco Quechua. */
  use: text('what to write instead, e.g. use: "achkha"'),
  /** `variety`: a form of another variety; `spanish`: a Spanish word standing alone in Quechua text. */
  kind: z.enum(['variety', 'spanish'], { error: 'must be variety or spanish' }),
  /** Why, in a sentence an editor understands. */
  note: text('a sentence saying why, e.g. note: "Chanka (Ayacucho) form; Cusco writes the aspirated kh"'),
  /** Where the rule comes from. */
  source: text('where the rule comes from: a dictionary, a grammar, or the site’s glossary'),
  /** Words or phrases (lower case) where the form is right: names, Spanish titles, other words. */
  exceptions: z.array(z.string().trim().min(1, { error: 'is empty: write the word or phrase, or remove the line' }), { error: 'must be a list of words or phrases' }).default([]),
});
export type FormRule = z.infer<typeof formRuleSchema>;

export const formListSchema = z.array(formRuleSchema, { error: 'must be a list of forms, each starting with "- form: …"' });

/** A line of Quechua text and where it is. */
export interface QuechuaLine {
  line: number;
  text: string;
}

/** Frontmatter keys whose values are not Quechua prose (dates, ids, numbers, addresses). */
const NOT_PROSE = new Set([
  'updated', 'reviewed', 'sample', 'translation', 'translatedFrom', 'reviewedBy', 'reviewedOn', 'regions', 'partners',
  'hotlines', 'order', 'kind', 'sector', 'website', 'version', 'status', 'effective', 'datePrecision', 'date', 'url',
  'document', 'seconds', 'audience', 'focus',
]);

const apostrophes = (s: string) => s.replace(/[’ʼ`]/g, "'");

const otherLanguage = new RegExp(`<([a-z]+)[^>]*\\blang="${htmlLang(defaultLocale)}"[^>]*>[\\s\\S]*?<\\/\\1>`, 'g');

/** Drops what is not Quechua from a line of Markdown: addresses, link targets, passages in Spanish. */
function prose(line: string): string {
  return line
    .replace(otherLanguage, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ');
}

/** The Quechua lines of a `qu.mdx` file: frontmatter values that are prose (not sources), and the body. */
export function mdxLines(source: string): QuechuaLine[] {
  const lines = source.split(/\r?\n/);
  const out: QuechuaLine[] = [];
  let inFrontmatter = lines[0]?.trim() === '---';
  let skipping = false;
  let fence = false;
  lines.forEach((raw, i) => {
    if (i === 0 && inFrontmatter) return;
    if (inFrontmatter) {
      if (raw.trim() === '---') {
        inFrontmatter = false;
        return;
      }
      const top = /^([A-Za-z]+):\s*(.*)$/.exec(raw);
      if (top) skipping = top[1] === 'sources' || NOT_PROSE.has(top[1] ?? '');
      if (skipping) return;
      const value = /^\s*(?:- )?(?:([A-Za-z]+):)?\s*(.*)$/.exec(raw);
      if (value?.[1] && NOT_PROSE.has(value[1])) return;
      out.push({ line: i + 1, text: value?.[2] ?? '' });
      return;
    }
    if (/^\s*(```|~~~)/.test(raw)) fence = !fence;
    if (!fence) out.push({ line: i + 1, text: prose(raw) });
  });
  return out;
}

/** The strings of one language in a YAML file: each `<lang>:` value, inline or as an indented block. */
export function yamlLines(source: string, lang: string): QuechuaLine[] {
  const out: QuechuaLine[] = [];
  const lines = source.split(/\r?\n/);
  const key = new RegExp(`(?:^|[{,\\s])${lang}:\\s*("(?:[^"\\\\]|\\\\.)*"|'(?:[^']|'')*'|[^,}#]*)`, 'g');
  lines.forEach((raw, i) => {
    for (const m of raw.matchAll(key)) {
      const value = (m[1] ?? '').trim();
      // A block scalar: `|` or `>`, with an indentation digit and a chomping sign in either order (`|2`, `>-`, `|+1`).
      if (/^[>|](?:[1-9][-+]?|[-+][1-9]?)?$/.test(value)) {
        const indent = raw.search(/\S/);
        for (let j = i + 1; j < lines.length; j++) {
          const next = lines[j] ?? '';
          if (next.trim() && next.search(/\S/) <= indent) break;
          out.push({ line: j + 1, text: next });
        }
      } else if (value && value !== 'draft' && !value.startsWith('{')) {
        out.push({ line: i + 1, text: value });
      }
    }
  });
  return out;
}

/** Interface strings that are not prose: the search's list of words to leave out, in both languages. */
const NOT_PROSE_STRINGS = new Set(['search.stopWords']);

/**
 * The Quechua strings of an interface strings file (`'key': 'text',`); a passage marked as another
 * language (`{es:…}`, src/i18n/passages.ts) and a Spanish half after " / " are left out.
 */
export function stringsLines(source: string): QuechuaLine[] {
  return source.split(/\r?\n/).flatMap((raw, i) => {
    const m = /^\s*'([^']+)':\s*(['"`])(.*)\2,?\s*$/.exec(raw);
    if (!m || NOT_PROSE_STRINGS.has(m[1] ?? '')) return [];
    return [{ line: i + 1, text: (m[3] ?? '').replace(/\{[a-z]{2,3}:[^{}]*\}/g, ' ').split(' / ')[0] ?? '' }];
  });
}

function matches(word: string, rule: FormRule): boolean {
  const form = apostrophes(rule.form);
  switch (rule.match) {
    case 'word':
      return word === form;
    case 'prefix':
      return word.startsWith(form);
    case 'suffix':
      return word.endsWith(form) && word !== form;
    case 'contains':
      return word.includes(form);
  }
}

/** Every flagged form in the lines of one file, with its line and the fix. */
export function formProblems(lines: QuechuaLine[], rules: FormRule[], file: string, listFile: string): Problem[] {
  const problems: Problem[] = [];
  for (const { line, text: raw } of lines) {
    const lower = apostrophes(raw.normalize('NFC').toLowerCase());
    const flagged = new Set<string>();
    for (const rule of rules) {
      let rest = lower;
      for (const exception of rule.exceptions) rest = rest.split(apostrophes(exception.toLowerCase())).join(' ');
      const words = rest.match(/[\p{L}']+/gu) ?? [];
      const hit = words.map((w) => w.replace(/^'+|'+$/g, '')).find((w) => !flagged.has(w) && matches(w, rule));
      if (!hit) continue;
      flagged.add(hit);
      const what = rule.kind === 'spanish' ? 'a Spanish word standing alone in Quechua text' : 'a form of another variety of Quechua';
      problems.push({
        file,
        field: `line ${line}`,
        message: `has "${hit}", ${what} (${rule.note}): write ${rule.use}; if it is right here (a name, a Spanish title), add it to the exceptions of "${rule.form}" in ${listFile}`,
      });
    }
  }
  return problems;
}

/**
 * Checks the text of every content file the content check read (`files`, as editors see their
 * names) in each language that has a list of forms (src/i18n/locales.ts): its `<lang>.mdx` files
 * and the `<lang>:` strings of every YAML file. A broken list is reported like any other file.
 */
export function checkLanguageForms(contentDir: string, show: (file: string) => string, files: readonly ScannedFile[], problems: Problem[]): void {
  for (const { code, file } of formLists) {
    const listPath = join(contentDir, file);
    if (!existsSync(listPath)) continue;
    const listFile = show(listPath);
    const report = (message: string, field?: string) => problems.push({ file: listFile, field, message });
    const text = readText(listPath, report);
    const data = text === undefined ? undefined : parseYaml(text, 0, report);
    if (data === undefined) continue;
    const parsed = formListSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(issue.message, fieldPath(issue.path) || undefined);
      continue;
    }
    // In the order of the files' names, as editors find them in the folder.
    for (const scanned of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
      const lines = scanned.format === 'mdx' ? (scanned.file.endsWith(`/${code}.mdx`) ? mdxLines(scanned.text) : []) : yamlLines(scanned.text, code);
      problems.push(...formProblems(lines, parsed.data, scanned.file, listFile));
    }
  }
}
