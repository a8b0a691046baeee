/** /datos/protocolos.json: every protocol and version with its addresses and dates. */
import { localeCodes } from '../../i18n';
import { isoDay } from '../../lib/text/format';
import { localizePath } from '../../lib/routes/urls';
import { previousOf, protocolsIn, spanishProtocols } from '../../data/protocols';
import { siteUrl } from '../../site';
import * as routes from '../../lib/routes/routes';

const abs = (path: string) => new URL(path, siteUrl).href;

export function GET() {
  const translated = (slug: string, version: string) =>
    localeCodes.filter((l) =>
      protocolsIn(l).some((p) => p.slug === slug && p.versions.some((v) => v.version === version && !v.page.isFallback)),
    );
  const protocols = spanishProtocols().map((p) => ({
    slug: p.slug,
    title: p.current.page.entry.data.title,
    shortTitle: p.current.page.entry.data.shortTitle,
    url: abs(routes.protocol(p.slug)),
    currentVersion: p.current.version,
    sample: p.versions.some((v) => v.page.entry.data.sample),
    versions: p.versions.map((v) => {
      const data = v.page.entry.data;
      const languages = translated(p.slug, v.version);
      return {
        version: v.version,
        status: data.status,
        effective: isoDay(data.effective),
        changelog: data.changelog,
        languages,
        url: abs(routes.protocolVersion(p.slug, v.version)),
        changes: previousOf(p, v) ? abs(routes.protocolChanges(p.slug, v.version)) : null,
        files: {
          pdf: Object.fromEntries(languages.map((l) => [l, abs(localizePath(routes.protocolFile(p.slug, v.version, 'pdf'), l))])),
          bib: abs(routes.protocolFile(p.slug, v.version, 'bib')),
          ris: abs(routes.protocolFile(p.slug, v.version, 'ris')),
          cslJson: abs(routes.protocolFile(p.slug, v.version, 'json')),
        },
      };
    }),
  }));
  return new Response(JSON.stringify({ protocols }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
