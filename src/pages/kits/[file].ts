/** /kits/<slug>.pdf and /kits/<slug>.zip: a kit's downloads, made from its Spanish text. */
import type { APIRoute } from 'astro';
import { kitsIn } from '../../data/kits';
import { kitPdfOf, kitZipOf } from '../../data/kit-files';
import { defaultLocale } from '../../i18n/locales';

export function getStaticPaths() {
  return kitsIn(defaultLocale).flatMap((kit) =>
    (['pdf', 'zip'] as const).map((ext) => ({ params: { file: `${kit.slug}.${ext}` }, props: { slug: kit.slug, ext } })),
  );
}

export const GET: APIRoute<{ slug: string; ext: 'pdf' | 'zip' }> = async ({ props }) =>
  props.ext === 'pdf'
    ? new Response(new Uint8Array(await kitPdfOf(props.slug)), { headers: { 'Content-Type': 'application/pdf' } })
    : new Response(new Uint8Array(await kitZipOf(props.slug)), { headers: { 'Content-Type': 'application/zip' } });
