/** /datos/protocolos.json: every protocol and version with its addresses and dates. */
import { defaultLocale, localeCodes, useStrings } from '../../i18n';
import { isApproved } from '../../lib/protocols/standing';
import { isoDay } from '../../lib/text/format';
import { localizePath } from '../../lib/routes/urls';
import { previousOf, protocolsIn, spanishProtocols } from '../../data/protocols';
import { siteUrl } from '../../site';
import * as routes from '../../lib/routes/routes';

const abs = (path: string) => new URL(path, siteUrl).href;
const t = useStrings(defaultLocale);
/** The state of a sample version, in place of a legal status. */
const SAMPLE_STATE = { vigente: 'actual', reemplazado: 'anterior', borrador: 'borrador' } as const;

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
    sample: p.versions.some((v) => !isApproved(v.page.entry.data)),
    versions: p.versions.map((v) => {
      const data = v.page.entry.data;
      const languages = translated(p.slug, v.version);
      const approved = isApproved(data);
      return {
        version: v.version,
        // Legal status only for an approved text; a sample says where it stands among its versions.
        status: approved ? data.status : SAMPLE_STATE[data.status],
        sample: !approved,
        ...(approved ? {} : { notice: t('protocol.sampleStatus') }),
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
