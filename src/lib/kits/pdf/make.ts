/**
 * The printable PDFs of a prevention kit: the whole kit (cover, contents, every lesson on a new page
 * followed by its activity sheet) and each lesson alone. Teachers download them on a shared
 * computer and print them, often in black and white: so A4, black on white, thin rules, no photos.
 *
 * - Only the standard PDF fonts (../../pdf/doc.ts): nothing embedded; text goes through `winAnsi`.
 * - Same input, same bytes: the metadata dates are `date`.
 * - Each lesson and each sheet is a bookmark, a line of the contents (with its page) and a named
 *   destination ("lesson-2", "lesson-2-sheet": `kit.pdf#lesson-2` opens the second lesson).
 * - The running header (kit title) and footer (address and page number) are on every page but the
 *   kit's cover.
 */
import type { Content } from 'pdfmake/interfaces';
import { linkText, noticeBox, renderPdf, runningHeaderFooter } from '../../pdf/doc';
import { winAnsi } from '../../pdf/text';
import type { KitPdfInput, LessonPdfInput } from './input';
import { coverContent, lessonBody, sheetContent } from './parts';
import { LESSON_QR_SIZE, definition, lessonHeading, withNumber } from './parts';

/** The kit: a cover, the contents, then each lesson on a new page followed by its activity sheet. */
export async function kitPdf(input: KitPdfInput): Promise<Buffer> {
  const { strings } = input;
  const content: Content[] = [
    ...coverContent(input),
    {
      toc: { title: { text: winAnsi(strings.contents), style: 'h1' } },
      pageBreak: 'before',
    },
  ];
  input.lessons.forEach((lesson, i) => {
    const number = i + 1;
    content.push(
      lessonHeading(lesson, number, strings, true),
      { text: winAnsi(lesson.description), style: 'lead' },
      ...lessonBody(lesson, strings),
    );
    if (lesson.sheet) content.push(...sheetContent(lesson.sheet, number, strings, true));
  });
  return renderPdf(
    definition(
      input,
      {
        title: input.title,
        subject: input.description,
        keywords: [input.levelLabel, ...input.lessons.map((l) => l.title), input.author],
      },
      { ...runningHeaderFooter(input.title, input.levelLabel, input.url, strings.page, true), content },
    ),
  );
}

/** One lesson and its sheet, under a short title block: kit, lesson title, QR code of the lesson page. */
export async function lessonPdf(input: LessonPdfInput): Promise<Buffer> {
  const { strings, lesson, number } = input;
  const content: Content[] = [
    {
      columns: [
        {
          width: '*',
          stack: [
            { text: winAnsi(input.kitTitle), style: 'kicker' },
            lessonHeading(lesson, number, strings, false),
            { text: winAnsi(lesson.description), style: 'lead', margin: [0, 0, 0, 0] },
          ],
        },
        { qr: lesson.url, fit: LESSON_QR_SIZE, eccLevel: 'M', width: LESSON_QR_SIZE },
      ],
      columnGap: 16,
      margin: [0, 0, 0, 8],
    },
    {
      text: [{ text: `${winAnsi(strings.permalink)}: `, style: 'factLabel' }, { ...linkText(lesson.url), style: 'link' }],
      margin: [0, 0, 0, 12],
    },
    ...(input.notice ? [noticeBox(input.notice)] : []),
    ...lessonBody(lesson, strings),
  ];
  if (lesson.sheet) content.push(...sheetContent(lesson.sheet, number, strings, false));
  const label = withNumber(strings.lesson, number);
  return renderPdf(
    definition(
      input,
      { title: lesson.title, subject: input.kitTitle, keywords: [input.kitTitle, label, lesson.levelLabel, input.author] },
      { ...runningHeaderFooter(input.kitTitle, label, lesson.url, strings.page, false), content },
    ),
  );
}
