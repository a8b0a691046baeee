/**
 * A kit's downloads, made from its Spanish text once per build: the kit PDF, one PDF per lesson,
 * and a ZIP holding both, the posters of the campaigns the kit uses and a LEEME.txt. Kept in
 * memory, so the pages that link to them show their real size and the endpoints serve the same
 * bytes.
 */
import { defaultLocale, htmlLang, languageName, locales, useStrings } from '../i18n';
import { fill, formatDate } from '../lib/text/format';
import type { KitPdfStrings, LessonPdfData } from '../lib/kits/pdf/input';
import type { PdfJob } from '../lib/pdf/jobs';
import { makePdf } from '../lib/pdf/pool';
import { outline, type Outline } from '../lib/markdown/sections';
import { localizePath } from '../lib/routes/urls';
import { zipFiles } from '../lib/kits/zip';
import { siteUrl } from '../site';
import { campaignText, allPosters } from './campaigns';
import { posterOf } from './campaign-files';
import { hotlinesIn } from './chrome';
import { kitsIn, type Kit, type Lesson } from './kits';
import { AUTHOR } from './protocol-files';
import * as routes from '../lib/routes/routes';

const locale = defaultLocale;
const t = useStrings(locale);
const absolute = (route: string) => new URL(localizePath(route, locale), siteUrl).href;

const strings: KitPdfStrings = {
  contents: t('protocol.toc'),
  lesson: t('kit.lesson'),
  level: t('lesson.level'),
  grades: t('lesson.grades'),
  duration: t('lesson.duration'),
  minutes: t('kits.minutes'),
  objectives: t('lesson.objectives'),
  materials: t('lesson.materials'),
  steps: t('lesson.steps'),
  step: t('lesson.step'),
  closing: t('lesson.closing'),
  evaluation: t('lesson.evaluation'),
  sheet: t('lesson.sheet'),
  name: `${t('lesson.name')}:`,
  date: `${t('lesson.date')}:`,
  page: t('protocol.pdfPage'),
  permalink: t('kit.permalink'),
  lessons: t('kit.lessons'),
  totalTime: t('kits.total'),
};

function kitOf(slug: string): Kit {
  const kit = kitsIn(locale).find((k) => k.slug === slug);
  if (!kit) throw new Error(`There is no kit "${slug}" in content/toolkits/`);
  return kit;
}

/** Each lesson's outline, read once: its own PDF and its kit's use it. */
const outlines = new WeakMap<object, Outline>();
function lessonOutline(lesson: Lesson): Outline {
  let read = outlines.get(lesson.page.source);
  if (!read) {
    read = outline(lesson.page.source.body ?? '');
    outlines.set(lesson.page.source, read);
  }
  return read;
}

function lessonData(kit: Kit, lesson: Lesson): LessonPdfData {
  const data = lesson.page.source.data;
  return {
    title: data.title,
    description: data.description,
    levelLabel: t(`kit.level.${data.level}`),
    grades: data.grades,
    duration: data.duration,
    objectives: data.objectives,
    materials: data.materials,
    steps: data.steps,
    closing: data.closing,
    evaluation: data.evaluation,
    sheet: data.sheet,
    outline: lessonOutline(lesson),
    url: absolute(routes.lesson(kit.slug, lesson.slug)),
  };
}

const common = (kit: Kit) => ({
  lang: htmlLang(locale),
  notice: kit.page.source.data.sample ? t('kits.sampleAll') : undefined,
  sampleLabel: kit.page.source.data.sample ? t('protocol.sampleStatus') : undefined,
  author: AUTHOR,
  dateLocale: locales[locale].intl,
  strings,
});

const made = new Map<string, Promise<Uint8Array>>();
function once(key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  let file = made.get(key);
  if (!file) {
    file = make();
    made.set(key, file);
  }
  return file;
}

/** /kits/<slug>.pdf */
export function kitPdfOf(slug: string): Promise<Uint8Array> {
  return once(`pdf:${slug}`, () => makePdf(kitPdfJob(kitOf(slug))));
}

/** /kits/<kit>/<lesson>.pdf */
export function lessonPdfOf(slug: string, lessonSlug: string): Promise<Uint8Array> {
  return once(`lesson:${slug}/${lessonSlug}`, () => {
    const kit = kitOf(slug);
    const lesson = kit.lessons.find((l) => l.slug === lessonSlug);
    if (!lesson) throw new Error(`The kit "${slug}" has no lesson "${lessonSlug}"`);
    return makePdf(lessonPdfJob(kit, lesson));
  });
}

function kitPdfJob(kit: Kit): PdfJob {
  const data = kit.page.source.data;
  return {
    kind: 'kit',
    input: {
      ...common(kit),
      title: data.title,
      description: data.description,
      levelLabel: t(`kit.level.${data.level}`),
      url: absolute(routes.kit(kit.slug)),
      date: data.updated,
      lessons: kit.lessons.map((l) => lessonData(kit, l)),
    },
  };
}

function lessonPdfJob(kit: Kit, lesson: Lesson): PdfJob {
  return {
    kind: 'lesson',
    input: {
      ...common(kit),
      kitTitle: kit.page.source.data.title,
      lesson: lessonData(kit, lesson),
      number: lesson.number,
      date: lesson.page.source.data.updated,
    },
  };
}

/** The PDFs of every kit's lessons, then of every kit (the order the build asks for them). */
export const kitPdfJobs = (): PdfJob[] => [
  ...kitsIn(locale).flatMap((kit) => kit.lessons.map((lesson) => lessonPdfJob(kit, lesson))),
  ...kitsIn(locale).map(kitPdfJob),
];

/** File names inside the ZIP: the lesson PDFs keep the kit's order. */
const lessonFileName = (lesson: Lesson) => `sesiones/${String(lesson.number).padStart(2, '0')}-${lesson.slug}.pdf`;

/** The LEEME.txt of a kit's ZIP: what each file is, how to print, and whom to call. CRLF, for Windows. */
function readme(kit: Kit, files: { name: string; what: string }[]): string {
  const data = kit.page.source.data;
  const lines = [
    data.title,
    '',
    data.description,
    '',
    `Kit de prevención de la ${t('site.name')}. Página del kit: ${absolute(routes.kit(kit.slug))}`,
    ...(data.sample ? [t('kits.sampleAll')] : []),
    `${t('footer.updated')}: ${formatDate(data.updated, locale)}`,
    '',
    'Archivos:',
    ...files.map((f) => `- ${f.name}: ${f.what}`),
    '',
    'Para imprimir: papel A4, en blanco y negro si hace falta. Cada sesión y cada ficha de actividad empiezan en una hoja nueva.',
    '',
    `${t('hotlines.title')}:`,
    ...hotlinesIn(locale).map((h) => `- ${h.name} (${h.number}): ${h.purpose}`),
    '',
  ];
  return lines.join('\r\n');
}

/** /kits/<slug>.zip */
export function kitZipOf(slug: string): Promise<Uint8Array> {
  return once(`zip:${slug}`, async () => {
    const kit = kitOf(slug);
    const data = kit.page.source.data;
    const files: { name: string; data: Uint8Array; what: string }[] = [
      { name: `${slug}.pdf`, data: await kitPdfOf(slug), what: `${t('kit.pdf')} (${routes.kitFile(slug, 'pdf')})` },
    ];
    for (const lesson of kit.lessons) {
      files.push({
        name: lessonFileName(lesson),
        data: await lessonPdfOf(slug, lesson.slug),
        what: `${fill(t('kit.lesson'), { n: lesson.number })}: ${lesson.page.source.data.title} (${fill(t('kits.minutes'), { n: lesson.page.source.data.duration })})`,
      });
    }
    const used = new Set(data.campaigns.map((c) => c.id));
    for (const poster of allPosters().filter((p) => used.has(p.slug))) {
      files.push({
        name: `afiches/${poster.slug}-${poster.lang}.pdf`,
        data: await posterOf(poster.slug, poster.lang, 'pdf'),
        what: `${fill(t('campaign.posterIn'), { lang: languageName(poster.lang, locale) })}: «${campaignText(poster.slug, poster.lang).entry.data.headline}»`,
      });
    }
    const listed = [{ name: 'LEEME.txt', what: 'este archivo' }, ...files];
    return zipFiles([{ name: 'LEEME.txt', data: readme(kit, listed) }, ...files.map(({ name, data: bytes }) => ({ name, data: bytes }))], data.updated);
  });
}
