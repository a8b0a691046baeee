/** /kits/<kit>/<lesson>.pdf: one lesson and its activity sheet, made from the Spanish text. */
import type { APIRoute } from 'astro';
import { kitsIn } from '../../../data/kits';
import { lessonPdfOf } from '../../../data/kit-files';
import { defaultLocale } from '../../../i18n/locales';

export function getStaticPaths() {
  return kitsIn(defaultLocale).flatMap((kit) =>
    kit.lessons.map((lesson) => ({ params: { slug: kit.slug, file: `${lesson.slug}.pdf` }, props: { kit: kit.slug, lesson: lesson.slug } })),
  );
}

export const GET: APIRoute<{ kit: string; lesson: string }> = async ({ props }) =>
  new Response(new Uint8Array(await lessonPdfOf(props.kit, props.lesson)), { headers: { 'Content-Type': 'application/pdf' } });
