/** Atom feed with one entry per protocol version, newest first. */
import { Feed } from 'feed';
import { spanishProtocols } from '../../data/protocols';
import { defaultLocale, htmlLang, useStrings } from '../../i18n';
import { siteUrl } from '../../site';
import * as routes from '../../lib/routes/routes';
import { isApproved } from '../../lib/protocols/standing';

/** The feed is in the default language, as the versions' files are. */
const t = useStrings(defaultLocale);

export function GET() {
  const versions = spanishProtocols()
    .flatMap((p) => p.versions)
    .sort((a, b) => b.page.entry.data.effective.getTime() - a.page.entry.data.effective.getTime());
  const updated = versions[0]?.page.entry.data.updated ?? new Date(0);
  const feed = new Feed({
    title: `${t('site.name')}: ${t('protocols.title')}`,
    description: t('protocols.intro'),
    id: new URL(routes.protocols, siteUrl).href,
    link: new URL(routes.protocols, siteUrl).href,
    language: htmlLang(defaultLocale),
    updated,
    copyright: t('site.name'),
    feedLinks: { atom: new URL(routes.protocolsFeed, siteUrl).href },
  });
  for (const v of versions) {
    const data = v.page.entry.data;
    const url = new URL(routes.protocolVersion(v.slug, v.version), siteUrl).href;
    // A sample says so in its entry's title and summary (src/lib/protocols/standing.ts).
    const sample = isApproved(data) ? '' : ` (${t('protocol.sampleStatus').toLowerCase()})`;
    feed.addItem({
      title: `${data.title}, ${t('protocol.version').toLowerCase()} ${v.version}${sample}`,
      id: url,
      link: url,
      description: isApproved(data) ? data.changelog : `${t('protocol.sampleStatus')}. ${data.changelog}`,
      date: data.effective,
      published: data.effective,
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
