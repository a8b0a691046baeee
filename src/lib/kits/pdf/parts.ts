/**
 * The pieces of the kit and lesson PDFs (./make.ts), drawn in a tagged PDF (../../pdf/tagged/):
 * a lesson's body, its activity sheet, the kit's cover. Heading levels are relative: a lesson is
 * an H1 in its own PDF and an H2 in its kit's, and what it holds one level below.
 */
import { formatDay } from '../../pdf/doc';
import { factsTable, stepsLead, stepsTable, writingLines } from '../../pdf/tagged/grid';
import { shown } from '../../pdf/tagged/fonts';
import { BODY, HEADINGS, MARGIN_BOTTOM, MARGIN_X, QUIET_COLOR, WIDTH, type TextStyle } from '../../pdf/tagged/layout';
import type { TaggedPdf } from '../../pdf/tagged/writer';
import { writeBlock } from '../../protocols/pdf';
import type { Outline } from '../../markdown/sections';
import type { ActivitySheetPdf, KitPdfInput, KitPdfStrings, LessonPdfData } from './input';

type Level = 1 | 2 | 3 | 4;
const at = (level: number): Level => Math.min(Math.max(level, 1), 4) as Level;

export const COVER_QR_SIZE = 110;
export const LESSON_QR_SIZE = 84;
export const LEAD: TextStyle = { size: 11, italic: true, after: 10 };
const LABEL: TextStyle = { size: 8.5, bold: true, color: QUIET_COLOR };

/** Activity sheets: room to write under each item, so that a sheet of a few items fills one page. */
const WRITING_LINE_GAP = 26;
const SHEET_ROOM = 560;
const ITEM_TEXT_HEIGHT = 30;
const MIN_LINES = 2;
const MAX_LINES = 6;
/** A drawing sheet's box: the room its items leave on the page, never less than this (about 8.5 cm). */
const MIN_DRAWING_BOX = 240;

export const lessonId = (number: number) => `lesson-${number}`;
export const sheetId = (number: number) => `lesson-${number}-sheet`;

export function withNumber(template: string, n: number): string {
  return template.replace(/\{n\}/g, () => String(n));
}

/** Text that may hold blank lines, as paragraphs. */
function paragraphs(pdf: TaggedPdf, text: string, style: TextStyle = BODY): void {
  for (const part of text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)) pdf.paragraph(pdf.root, part, style);
}

/** The lesson's body text: its preamble, then each section under a heading. */
function bodyContent(pdf: TaggedPdf, outline: Outline, level: number): void {
  for (const block of outline.preamble) writeBlock(pdf, pdf.root, block);
  for (const section of outline.sections) {
    pdf.heading(pdf.root, at(level + section.level - 1), section.title);
    for (const block of section.blocks) writeBlock(pdf, pdf.root, block);
  }
}

/** Everything of a lesson below its title, up to (not including) its sheet; `level` is its parts'. */
export function lessonBody(pdf: TaggedPdf, lesson: LessonPdfData, strings: KitPdfStrings, level: number): void {
  factsTable(pdf, pdf.root, [
    [strings.level, lesson.levelLabel],
    [strings.grades, lesson.grades],
    [strings.duration, withNumber(strings.minutes, lesson.duration)],
  ]);
  if (lesson.objectives.length > 0) {
    pdf.heading(pdf.root, at(level), strings.objectives);
    pdf.list(pdf.root, lesson.objectives, false);
  }
  if (lesson.materials.length > 0) {
    pdf.heading(pdf.root, at(level), strings.materials);
    pdf.list(pdf.root, lesson.materials, false);
  }
  if (lesson.steps.length > 0) {
    const rows = lesson.steps.map((step, i) => ({
      title: `${i + 1}. ${step.title}`,
      text: step.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
      minutes: withNumber(strings.minutes, step.minutes),
    }));
    // The heading stays with the table's header row and first step.
    const heading = HEADINGS[at(level)];
    pdf.room((heading.before ?? 0) + pdf.heightOf(strings.steps, heading) + (heading.after ?? 0) + stepsLead(pdf, rows));
    pdf.heading(pdf.root, at(level), strings.steps);
    stepsTable(pdf, pdf.root, [strings.step, strings.duration], rows);
  }
  bodyContent(pdf, lesson.outline, level);
  if (lesson.closing.trim()) {
    pdf.heading(pdf.root, at(level), strings.closing);
    paragraphs(pdf, lesson.closing);
  }
  if (lesson.evaluation.trim()) {
    pdf.heading(pdf.root, at(level), strings.evaluation);
    paragraphs(pdf, lesson.evaluation);
  }
}

/** "Lección 2: Señales de alerta": a heading, a destination and a bookmark. */
export function lessonHeading(pdf: TaggedPdf, lesson: LessonPdfData, number: number, strings: KitPdfStrings, level: Level): string {
  const label = `${withNumber(strings.lesson, number)}: ${lesson.title}`;
  pdf.heading(pdf.root, level, label, lessonId(number));
  return label;
}

/**
 * The activity sheet, on a page of its own: name and date, instructions, items with room to write.
 * A bookmark under its lesson's.
 */
export function sheetContent(pdf: TaggedPdf, sheet: ActivitySheetPdf, number: number, strings: KitPdfStrings, level: Level): string {
  const { doc } = pdf;
  const label = `${strings.sheet}: ${sheet.title}`;
  doc.addPage();
  pdf.heading(pdf.root, level, label, sheetId(number), lessonId(number));
  // Name and date, each before a line to write on.
  const y = doc.y + 8;
  const fields = pdf.element(pdf.root, 'P');
  pdf.use({ ...BODY, bold: true });
  const nameWidth = doc.widthOfString(shown(strings.name)) + 6;
  pdf.text(fields, 'Span', strings.name, { ...BODY, bold: true }, { x: MARGIN_X, width: nameWidth + 2 }, { lineBreak: false }, y);
  const dateX = MARGIN_X + WIDTH - 170;
  pdf.text(fields, 'Span', strings.date, { ...BODY, bold: true }, { x: dateX, width: 60 }, { lineBreak: false }, y);
  fields.end();
  const line = y + pdf.use(BODY);
  pdf.artifact(() => {
    doc.lineWidth(0.75).strokeColor('#000000');
    doc.moveTo(MARGIN_X + nameWidth, line).lineTo(dateX - 12, line).stroke();
    doc.moveTo(dateX + doc.widthOfString(shown(strings.date)) + 6, line).lineTo(MARGIN_X + WIDTH, line).stroke();
  });
  doc.y = line + 18;
  paragraphs(pdf, sheet.instructions, { size: 11, after: 12 });
  const drawing = sheet.format === 'drawing';
  const lines = drawing ? 1 : Math.min(MAX_LINES, Math.max(MIN_LINES, Math.floor((SHEET_ROOM / sheet.items.length - ITEM_TEXT_HEIGHT) / WRITING_LINE_GAP)));
  if (drawing) drawingBox(pdf, sheet.items.reduce((sum, item) => sum + pdf.heightOf(item, { size: 11 }, WIDTH - 20) + WRITING_LINE_GAP + 14, 0));
  const list = pdf.element(pdf.root, 'L');
  sheet.items.forEach((item, i) => {
    const style: TextStyle = { size: 11 };
    // An item stays with its lines.
    pdf.room(pdf.heightOf(item, style, WIDTH - 20) + lines * WRITING_LINE_GAP + 4);
    const top = doc.y;
    const li = pdf.element(list, 'LI');
    pdf.text(li, 'Lbl', `${i + 1}.`, { ...style, bold: true }, { x: MARGIN_X, width: 20 }, { lineBreak: false }, top);
    pdf.text(li, 'LBody', item, style, { x: MARGIN_X + 20, width: WIDTH - 20 }, {}, top);
    li.end();
    writingLines(pdf, lines, WRITING_LINE_GAP);
    doc.y += 10;
  });
  list.end();
  return label;
}

/** An empty box to draw in, as tall as the page leaves once `below` (the items) is kept for after it. */
function drawingBox(pdf: TaggedPdf, below: number): void {
  const { doc } = pdf;
  const height = Math.max(MIN_DRAWING_BOX, doc.page.height - MARGIN_BOTTOM - doc.y - below - 12);
  pdf.room(height);
  const top = doc.y;
  pdf.artifact(() => {
    doc.rect(MARGIN_X, top, WIDTH, height).lineWidth(0.75).stroke('#000000');
  });
  doc.y = top + height + 12;
}

/** "Dirección permanente" over the URL (a link), beside a QR code of it (a figure). */
export function qrWithUrl(pdf: TaggedPdf, url: string, size: number, label: string): void {
  const { doc } = pdf;
  pdf.room(size + 18);
  const top = doc.y;
  const x = MARGIN_X + size + 14;
  const width = WIDTH - size - 14;
  pdf.text(pdf.root, 'P', label, LABEL, { x, width }, {}, top);
  doc.y += 2;
  const p = pdf.element(pdf.root, 'P');
  pdf.link(p, url, url, { size: 10 }, { x, width });
  p.end();
  const below = doc.y;
  const drawn = pdf.qr(pdf.root, url, `${label}: ${url}`, MARGIN_X, top, size);
  doc.y = Math.max(below, top + drawn) + 18;
}

/** The kit's cover: title, description, facts, QR code and address, notice, signature. */
export function coverContent(pdf: TaggedPdf, input: KitPdfInput): void {
  const { strings, doc } = { strings: input.strings, doc: pdf.doc };
  const minutes = input.lessons.reduce((sum, lesson) => sum + lesson.duration, 0);
  doc.y += 40;
  pdf.text(pdf.root, 'H1', input.title, { size: 24, bold: true });
  doc.y += 12;
  pdf.paragraph(pdf.root, input.description, LEAD);
  factsTable(pdf, pdf.root, [
    [strings.level, input.levelLabel],
    [strings.lessons, String(input.lessons.length)],
    [strings.totalTime, withNumber(strings.minutes, minutes)],
  ]);
  qrWithUrl(pdf, input.url, COVER_QR_SIZE, strings.permalink);
  if (input.notice) pdf.notice(pdf.root, input.notice);
  doc.y += 12;
  pdf.paragraph(pdf.root, `${input.author} · ${formatDay(input.date, input.dateLocale)}`, { size: 10, color: QUIET_COLOR });
}
