import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { newsIn } from '../../data/routes';
import * as routes from '../../lib/routes/routes';
import { defaultLocale, htmlLang, useStrings } from '../../i18n';

const t = useStrings(defaultLocale);

/** The news feed, in Spanish (the language every news item is written in first). */
export async function GET(context: APIContext) {
  const news = await newsIn(defaultLocale);
  return rss({
    title: `${t('site.name')}: ${t('news.title')}`,
    description: t('news.intro'),
    site: context.site ?? 'https://alianza-cpc.example',
    customData: `<language>${htmlLang(defaultLocale)}</language>`,
    trailingSlash: true,
    items: news.map((n) => ({
      title: n.entry.data.title,
      description: n.entry.data.description,
      pubDate: n.entry.data.date,
      link: routes.newsItem(n.slug),
    })),
  });
}
