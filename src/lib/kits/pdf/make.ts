/**
 * The printable PDFs of a prevention kit, tagged (../../pdf/tagged/): the whole kit (cover,
 * contents, every lesson on a new page followed by its activity sheet) and each lesson alone.
 * Teachers download them on a shared computer and print them, often in black and white: so A4,
 * black on white, thin rules, no photos.
 *
 * - Same input, same bytes: the metadata dates are `date`.
 * - Each lesson and each sheet is a heading, a bookmark, a line of the kit's contents (with its
 *   page) and a named destination ("lesson-2", "lesson-2-sheet": `kit.pdf#lesson-2`).
 * - The running header (kit title; level or lesson; the sample label) and footer (address and page
 *   number) are on every page but the cover of a kit that is not a sample.
 */
import { pageLabel } from '../../pdf/doc';
import { TaggedPdf } from '../../pdf/tagged/writer';
import { toc } from '../../pdf/tagged/toc';
import { shown } from '../../pdf/tagged/fonts';
import { MARGIN_X, WIDTH } from '../../pdf/tagged/layout';
import type { KitPdfInput, LessonPdfInput } from './input';
import { coverContent, LEAD, LESSON_QR_SIZE, lessonBody, lessonHeading, lessonId, sheetContent, sheetId, withNumber } from './parts';

const labels = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');

/** The kit: a cover, the contents, then each lesson on a new page followed by its activity sheet. */
export async function kitPdf(input: KitPdfInput): Promise<Buffer> {
  const { strings } = input;
  const pdf = new TaggedPdf({
    lang: input.lang,
    title: input.title,
    author: input.author,
    subject: labels(input.description, input.sampleLabel),
    keywords: labels(input.levelLabel, ...input.lessons.map((l) => l.title), input.author, input.sampleLabel).replace(/ · /g, ', '),
    date: input.date,
  });
  coverContent(pdf, input);
  pdf.doc.addPage();
  const contents = toc(
    pdf,
    strings.contents,
    input.lessons.flatMap((lesson, i) => [
      { label: `${withNumber(strings.lesson, i + 1)}: ${lesson.title}`, anchor: lessonId(i + 1), level: 1 },
      ...(lesson.sheet ? [{ label: `${strings.sheet}: ${lesson.sheet.title}`, anchor: sheetId(i + 1), level: 2 }] : []),
    ]),
  );
  input.lessons.forEach((lesson, i) => {
    const number = i + 1;
    pdf.doc.addPage();
    lessonHeading(pdf, lesson, number, strings, 2);
    pdf.paragraph(pdf.root, lesson.description, LEAD);
    lessonBody(pdf, lesson, strings, 3);
    if (lesson.sheet) sheetContent(pdf, lesson.sheet, number, strings, 3);
  });
  contents.addPages();
  return pdf.finish({
    left: input.title,
    right: labels(input.levelLabel, input.sampleLabel),
    url: input.url,
    page: (page, pages) => pageLabel(strings.page, page, pages),
    skipFirstPage: !input.sampleLabel,
  });
}

/** One lesson and its sheet, under a short title block: kit, lesson title, QR code of the lesson page. */
export async function lessonPdf(input: LessonPdfInput): Promise<Buffer> {
  const { strings, lesson, number } = input;
  const label = withNumber(strings.lesson, number);
  const pdf = new TaggedPdf({
    lang: input.lang,
    title: `${label}: ${lesson.title}`,
    author: input.author,
    subject: labels(input.kitTitle, input.sampleLabel),
    keywords: labels(input.kitTitle, label, lesson.levelLabel, input.author, input.sampleLabel).replace(/ · /g, ', '),
    date: input.date,
  });
  const { doc } = pdf;
  const top = doc.y;
  const column = { x: MARGIN_X, width: WIDTH - LESSON_QR_SIZE - 16 };
  pdf.text(pdf.root, 'P', input.kitTitle, { size: 10, bold: true, color: '#444444' }, column);
  doc.y += 4;
  pdf.text(pdf.root, 'H1', `${label}: ${lesson.title}`, { size: 17, bold: true }, column, { destination: lessonId(number) });
  pdf.bookmark(lessonId(number), `${label}: ${lesson.title}`);
  doc.y += 6;
  pdf.text(pdf.root, 'P', lesson.description, LEAD, column);
  const below = doc.y;
  const drawn = pdf.qr(pdf.root, lesson.url, `${strings.permalink}: ${lesson.url}`, MARGIN_X + WIDTH - LESSON_QR_SIZE, top, LESSON_QR_SIZE);
  doc.y = Math.max(below, top + drawn) + 8;
  // "Dirección permanente: https://…", the address a link.
  const address = pdf.element(pdf.root, 'P');
  pdf.use({ size: 9.5, bold: true });
  address.add(() => {
    doc.text(shown(`${strings.permalink}: `), MARGIN_X, doc.y, { width: WIDTH, continued: true });
  });
  const link = pdf.element(address, 'Link');
  pdf.use({ size: 9.5 });
  link.add(() => {
    doc.text(shown(lesson.url), { link: lesson.url, underline: true });
  });
  link.end();
  address.end();
  doc.y += 12;
  if (input.notice) pdf.notice(pdf.root, input.notice);
  lessonBody(pdf, lesson, strings, 2);
  if (lesson.sheet) sheetContent(pdf, lesson.sheet, number, strings, 2);
  return pdf.finish({
    left: input.kitTitle,
    right: labels(label, input.sampleLabel),
    url: lesson.url,
    page: (page, pages) => pageLabel(strings.page, page, pages),
  });
}
