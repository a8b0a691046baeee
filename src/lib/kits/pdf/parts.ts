/** The pieces of the kit and lesson PDFs (./make.ts): lesson pages, activity sheets, the cover. */
import type { CanvasElement, Content, ContentText, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT, formatDay, headingNeverLast, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, noticeBox, blockContent, QUIET_COLOR, rule, RUNNING, TEXT_COLOR } from '../../pdf/doc';
import { winAnsi } from '../../pdf/text';
import type { Outline } from '../../markdown/sections';
import { type ActivitySheetPdf, type KitPdfInput, type KitPdfStrings, type LessonPdfData, type LessonStepPdf } from './input';

/** The width of an A4 page: the writing lines of a sheet span it, less the margins (see `rule`). */
const A4_WIDTH = 595.28;
const COVER_QR_SIZE = 110;
export const LESSON_QR_SIZE = 84;

/** Activity sheets: room to write under each item, so that a sheet of a few items fills one page. */
const WRITING_LINE_GAP = 26;
const SHEET_ROOM = 580;
const ITEM_TEXT_HEIGHT = 30;
const MIN_LINES = 2;
const MAX_LINES = 6;
const ITEM_NUMBER_WIDTH = 20;

const lessonId = (number: number) => `lesson-${number}`;
const sheetId = (number: number) => `lesson-${number}-sheet`;

export function withNumber(template: string, n: number): string {
  return template.replace(/\{n\}/g, () => String(n));
}

/** Text that may hold blank lines, as paragraphs. */
function paragraphs(text: string, style = 'paragraph'): Content[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ text: winAnsi(part), style }));
}

function bullets(items: string[]): Content {
  return { ul: items.map((item) => ({ text: winAnsi(item), margin: [0, 0, 0, 2] })), style: 'list' };
}

/** A heading that never ends a page (see `headingNeverLast`). */
function heading(text: string, style: 'h2' | 'h3', level: number): ContentText {
  return { text: winAnsi(text), style, headlineLevel: level };
}

/** The lesson's body text: its preamble, then each section under a heading. */
function bodyContent(outline: Outline): Content[] {
  const content: Content[] = outline.preamble.map(blockContent);
  for (const section of outline.sections) {
    content.push(heading(section.title, section.level <= 1 ? 'h2' : 'h3', 2 + section.level));
    content.push(...section.blocks.map(blockContent));
  }
  return content;
}

/** Small label over value, side by side in ruled cells: level, grades, duration… */
function factsTable(facts: [string, string][]): Content {
  return {
    table: {
      widths: facts.map(() => '*'),
      body: [
        facts.map(([label]): TableCell => ({ text: winAnsi(label), style: 'factLabel' })),
        facts.map(([, value]): TableCell => ({ text: winAnsi(value), style: 'factValue' })),
      ],
    },
    layout: {
      hLineWidth: (i: number, node) => (i === 0 || i === node.table.body.length ? 0.75 : 0),
      vLineWidth: () => 0.75,
      hLineColor: () => QUIET_COLOR,
      vLineColor: () => QUIET_COLOR,
      paddingLeft: () => 6,
      paddingRight: () => 6,
      paddingTop: (i: number) => (i === 0 ? 5 : 0),
      paddingBottom: (i: number) => (i === 0 ? 0 : 5),
    },
    margin: [0, 0, 0, 12],
  };
}

/**
 * The steps under their heading, each with its minutes. The heading is the table's first header
 * row: a table that cannot start on a page goes to the next one whole, and would leave a heading
 * before it behind (`headingNeverLast` sees the table begin on the page). Header rows stay with the
 * first step, and come back, with the heading, over the steps that go on to a new page.
 */
function stepsTable(steps: LessonStepPdf[], strings: KitPdfStrings): Content {
  const rows = steps.map((step, i): TableCell[] => [
    {
      stack: [
        { text: winAnsi(`${i + 1}. ${step.title}`), bold: true },
        ...(step.text.trim() ? paragraphs(step.text, 'stepText') : []),
      ],
    },
    { text: winAnsi(withNumber(strings.minutes, step.minutes)), alignment: 'right', noWrap: true },
  ]);
  return {
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ['*', 'auto'],
      body: [
        [{ text: winAnsi(strings.steps), style: 'h2', margin: [0, 0, 0, 0], colSpan: 2 }, {}],
        [
          { text: winAnsi(strings.step), style: 'factLabel' },
          { text: winAnsi(strings.duration), style: 'factLabel', alignment: 'right' },
        ],
        ...rows,
      ],
    },
    layout: {
      // No rule over the heading; a stronger one over the labels and under the last step.
      hLineWidth: (i: number, node) => (i === 0 ? 0 : i === 1 || i === node.table.body.length ? 0.75 : 0.5),
      vLineWidth: () => 0,
      hLineColor: () => QUIET_COLOR,
      paddingLeft: (i: number) => (i === 0 ? 0 : 2),
      paddingRight: () => 2,
      paddingTop: (i: number) => (i === 0 ? 10 : 4),
      paddingBottom: (i: number) => (i === 0 ? 5 : 4),
    },
    margin: [0, 0, 0, 12],
  };
}

/** Everything of a lesson below its title, up to (not including) its sheet. */
export function lessonBody(lesson: LessonPdfData, strings: KitPdfStrings): Content[] {
  const content: Content[] = [
    factsTable([
      [strings.level, lesson.levelLabel],
      [strings.grades, lesson.grades],
      [strings.duration, withNumber(strings.minutes, lesson.duration)],
    ]),
  ];
  if (lesson.objectives.length > 0) content.push(heading(strings.objectives, 'h2', 2), bullets(lesson.objectives));
  if (lesson.materials.length > 0) content.push(heading(strings.materials, 'h2', 2), bullets(lesson.materials));
  if (lesson.steps.length > 0) content.push(stepsTable(lesson.steps, strings));
  content.push(...bodyContent(lesson.outline));
  if (lesson.closing.trim()) content.push(heading(strings.closing, 'h2', 2), ...paragraphs(lesson.closing));
  if (lesson.evaluation.trim()) content.push(heading(strings.evaluation, 'h2', 2), ...paragraphs(lesson.evaluation));
  return content;
}

/**
 * "Lección 2: Señales de alerta", a destination and a bookmark; in the kit, also a line of the
 * contents, at the top of a new page.
 */
export function lessonHeading(lesson: LessonPdfData, number: number, strings: KitPdfStrings, inKit: boolean): Content {
  const label = `${withNumber(strings.lesson, number)}: ${lesson.title}`;
  return {
    text: winAnsi(label),
    style: 'lessonTitle',
    headlineLevel: 1,
    id: lessonId(number),
    outline: true,
    outlineText: label, // bookmarks are Unicode: no need for winAnsi there
    ...(inKit ? { tocItem: true, tocStyle: 'tocLesson', tocMargin: [0, 6, 0, 1], pageBreak: 'before' } : {}),
  };
}

/** Lines to write on, across the text width, one every `WRITING_LINE_GAP` points. */
function writingLines(count: number): CanvasElement[] {
  return Array.from({ length: count }, (_, i) => rule(A4_WIDTH, (i + 1) * WRITING_LINE_GAP));
}

/**
 * The activity sheet, on a page of its own: name and date, instructions, items with room to write.
 * A bookmark under its lesson's; in the kit, also a line of the contents.
 */
export function sheetContent(sheet: ActivitySheetPdf, number: number, strings: KitPdfStrings, inKit: boolean): Content[] {
  const label = `${strings.sheet}: ${sheet.title}`;
  const lines = Math.min(
    MAX_LINES,
    Math.max(MIN_LINES, Math.floor((SHEET_ROOM / sheet.items.length - ITEM_TEXT_HEIGHT) / WRITING_LINE_GAP)),
  );
  const blank = (): TableCell => ({ text: '', border: [false, false, false, true] });
  const field = (text: string): TableCell => ({ text: winAnsi(text), bold: true, border: [false, false, false, false] });
  return [
    {
      text: winAnsi(label),
      style: 'sheetTitle',
      pageBreak: 'before',
      headlineLevel: 1,
      id: sheetId(number),
      outline: true,
      outlineText: label,
      outlineParentId: lessonId(number),
      ...(inKit ? { tocItem: true, tocStyle: 'tocSheet', tocMargin: [14, 1, 0, 1] } : {}),
    },
    {
      // Name and date over lines to write on.
      table: { widths: ['auto', '*', 'auto', 120], body: [[field(strings.name), blank(), field(strings.date), blank()]] },
      layout: {
        hLineWidth: () => 0.75,
        hLineColor: () => TEXT_COLOR,
        paddingLeft: (i: number) => (i === 0 ? 0 : 4),
        paddingRight: () => 4,
        paddingTop: () => 10,
        paddingBottom: () => 2,
      },
      margin: [0, 0, 0, 16],
    },
    ...paragraphs(sheet.instructions, 'instructions'),
    ...sheet.items.map(
      (item, i): Content => ({
        unbreakable: true, // an item stays with its lines
        stack: [
          {
            columns: [
              { text: `${i + 1}.`, width: ITEM_NUMBER_WIDTH, bold: true },
              { text: winAnsi(item), width: '*' },
            ],
          },
          { canvas: writingLines(lines) },
        ],
        style: 'sheetItem',
      }),
    ),
  ];
}

/** The header (a title on the left, a label on the right) and the footer (a URL and the page). */

/** What both PDFs share: page, fonts, styles, metadata, language. */
export function definition(
  input: Pick<KitPdfInput, 'lang' | 'author' | 'date'>,
  info: { title: string; subject: string; keywords: string[] },
  parts: Pick<TDocumentDefinitions, 'header' | 'footer' | 'content'>,
): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, MARGIN_TOP, MARGIN_X, MARGIN_BOTTOM],
    language: input.lang,
    displayTitle: true,
    compress: true,
    // Metadata strings are Unicode (pdfkit writes them in UTF-16): no need for winAnsi there.
    info: {
      title: info.title,
      author: input.author,
      creator: input.author,
      producer: 'pdfmake',
      subject: info.subject,
      keywords: info.keywords.filter(Boolean).join(', '),
      // Fixed dates make the output (and the /ID pdfkit derives from the metadata) reproducible.
      creationDate: input.date,
      modDate: input.date,
    },
    ...parts,
    pageBreakBefore: headingNeverLast,
    defaultStyle: { font: FONT, fontSize: 10.5, lineHeight: 1.25, color: TEXT_COLOR },
    styles: {
      kicker: { fontSize: 10, bold: true, color: QUIET_COLOR, margin: [0, 0, 0, 4] },
      coverTitle: { fontSize: 26, bold: true, lineHeight: 1.1, margin: [0, 0, 0, 12] },
      lessonTitle: { fontSize: 18, bold: true, lineHeight: 1.15, margin: [0, 0, 0, 6] },
      sheetTitle: { fontSize: 18, bold: true, lineHeight: 1.15, margin: [0, 0, 0, 14] },
      lead: { fontSize: 11.5, italics: true, margin: [0, 0, 0, 12] },
      h1: { fontSize: 15, bold: true, lineHeight: 1.15, margin: [0, 0, 0, 10] },
      h2: { fontSize: 12.5, bold: true, lineHeight: 1.15, margin: [0, 10, 0, 5] },
      h3: { fontSize: 11, bold: true, italics: true, lineHeight: 1.15, margin: [0, 8, 0, 3] },
      paragraph: { margin: [0, 0, 0, 7] },
      list: { margin: [10, 0, 0, 7] },
      quote: { italics: true, margin: [18, 0, 18, 7] },
      stepText: { margin: [0, 2, 0, 0] },
      factLabel: { fontSize: 8.5, bold: true, color: QUIET_COLOR },
      factValue: { fontSize: 10.5 },
      link: { decoration: 'underline' },
      notice: { bold: true, fontSize: 10 },
      signature: { fontSize: 10, color: QUIET_COLOR, margin: [0, 18, 0, 0] },
      instructions: { fontSize: 11.5, margin: [0, 0, 0, 12] },
      sheetItem: { fontSize: 11.5, margin: [0, 0, 0, 14] },
      tocLesson: { bold: true },
      tocSheet: { italics: true },
      [RUNNING]: { fontSize: 8.5, color: QUIET_COLOR, lineHeight: 1.1 },
    },
  };
}

/** "Dirección permanente" over the URL, beside a QR code of it. */
function qrWithUrl(url: string, size: number, label: string): Content {
  return {
    columns: [
      { qr: url, fit: size, eccLevel: 'M', width: size },
      {
        width: '*',
        stack: [
          { text: winAnsi(label), style: 'factLabel', margin: [0, 0, 0, 2] },
          // The QR code is beside: the URL may wrap rather than run into it.
          { text: winAnsi(url), link: url, style: 'link' },
        ],
      },
    ],
    columnGap: 14,
    margin: [0, 0, 0, 18],
  };
}

export function coverContent(input: KitPdfInput): Content[] {
  const { strings } = input;
  const minutes = input.lessons.reduce((sum, lesson) => sum + lesson.duration, 0);
  return [
    { text: winAnsi(input.title), style: 'coverTitle', margin: [0, 40, 0, 12] },
    { text: winAnsi(input.description), style: 'lead' },
    factsTable([
      [strings.level, input.levelLabel],
      [strings.lessons, String(input.lessons.length)],
      [strings.totalTime, withNumber(strings.minutes, minutes)],
    ]),
    qrWithUrl(input.url, COVER_QR_SIZE, strings.permalink),
    ...(input.notice ? [noticeBox(input.notice)] : []),
    { text: winAnsi(`${input.author} · ${formatDay(input.date, input.dateLocale)}`), style: 'signature' },
  ];
}
