import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { newsIn } from '../../data/routes';
import { es } from '../../i18n/es';
import * as routes from '../../lib/routes/routes';

/** The news feed, in Spanish (the language every news item is written in first). */
export async function GET(context: APIContext) {
  const news = await newsIn('es');
  return rss({
    title: `${es['site.name']}: ${es['news.title']}`,
    description: es['news.intro'],
    site: context.site ?? 'https://alianza-cpc.example',
    customData: '<language>es</language>',
    trailingSlash: true,
    items: news.map((n) => ({
      title: n.entry.data.title,
      description: n.entry.data.description,
      pubDate: n.entry.data.date,
      link: routes.newsItem(n.slug),
    })),
  });
}
