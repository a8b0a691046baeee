/**
 * Campaign posters (src/lib/campaigns/poster.ts), one per campaign and language it is written in, as PDF
 * and SVG. Each is made once per build, so the page that links to it shows its real size and the
 * endpoint that serves it returns the same bytes.
 */
import { htmlLang, useMarkedStrings, useStrings, type Locale } from '../i18n';
import { posterSvg } from '../lib/campaigns/poster/svg';
import type { PosterInput } from '../lib/campaigns/poster/input';
import type { PdfJob } from '../lib/pdf/jobs';
import { makePdf } from '../lib/pdf/pool';
import { siteUrl } from '../site';
import { localizePath } from '../lib/routes/urls';
import { allPosters, campaignText, posterHotlines } from './campaigns';
import { AUTHOR } from './protocol-files';
import * as routes from '../lib/routes/routes';

function posterInput(slug: string, lang: Locale): PosterInput {
  const page = campaignText(slug, lang);
  const data = page.entry.data;
  const t = useStrings(lang);
  const notices = [data.sample ? t('campaigns.sampleAll') : undefined, data.translation === 'draft' ? useMarkedStrings(lang)('notice.draft') : undefined];
  return {
    lang: htmlLang(lang),
    title: data.title,
    headline: data.headline,
    text: data.posterText,
    hotlines: posterHotlines(page, lang),
    url: new URL(localizePath(routes.campaign(slug), lang), siteUrl).href,
    strings: { call: t('campaign.call'), scan: t('campaign.scan') },
    notice: notices.filter(Boolean).join(' ') || undefined,
    author: AUTHOR,
    date: data.updated,
  };
}

const made = new Map<string, Promise<Uint8Array>>();

/** The bytes of a poster: `afiche-<lang>.pdf` or `.svg`. */
export function posterOf(slug: string, lang: Locale, ext: 'pdf' | 'svg'): Promise<Uint8Array> {
  const key = `${slug}:${lang}:${ext}`;
  let file = made.get(key);
  if (!file) {
    const input = posterInput(slug, lang);
    file = ext === 'pdf' ? makePdf({ kind: 'poster', input }) : Promise.resolve(new TextEncoder().encode(posterSvg(input)));
    made.set(key, file);
  }
  return file;
}

/** The PDF poster of every campaign in every language it is written in. */
export const posterPdfJobs = (): PdfJob[] => allPosters().map(({ slug, lang }) => ({ kind: 'poster', input: posterInput(slug, lang) }));
