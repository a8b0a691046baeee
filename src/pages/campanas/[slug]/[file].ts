/** /campanas/<slug>/afiche-<lang>.pdf and .svg: a campaign's poster in each language it is written in. */
import type { APIRoute } from 'astro';
import { allPosters } from '../../../data/campaigns';
import { posterOf } from '../../../data/campaign-files';
import type { Locale } from '../../../i18n';

const types = { pdf: 'application/pdf', svg: 'image/svg+xml' } as const;

export function getStaticPaths() {
  return allPosters().flatMap(({ slug, lang }) =>
    (['pdf', 'svg'] as const).map((ext) => ({ params: { slug, file: `afiche-${lang}.${ext}` }, props: { slug, lang, ext } })),
  );
}

export const GET: APIRoute<{ slug: string; lang: Locale; ext: 'pdf' | 'svg' }> = async ({ props }) =>
  new Response(new Uint8Array(await posterOf(props.slug, props.lang, props.ext)), { headers: { 'Content-Type': types[props.ext] } });
