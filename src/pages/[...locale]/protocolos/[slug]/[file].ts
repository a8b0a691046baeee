/**
 * The files of each version: /protocolos/<slug>/v<version>.pdf in each language with its own
 * text, and .bib, .ris and .json (CSL-JSON) once, with the Spanish version.
 */
import type { APIRoute } from 'astro';
import { localeParam } from '../../../../lib/routes/urls';
import { allVersions, type ProtocolVersion } from '../../../../data/protocols';
import { bibtexOf, cslJsonOf, pdfOf, risOf } from '../../../../data/protocol-files';
import { defaultLocale } from '../../../../i18n/locales';

type Ext = 'pdf' | 'bib' | 'ris' | 'json';

const types: Record<Ext, string> = {
  pdf: 'application/pdf',
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

export function getStaticPaths() {
  return allVersions().flatMap(({ version }) => {
    const { locale, isFallback } = version.page;
    const exts: Ext[] = locale === defaultLocale ? ['pdf', 'bib', 'ris', 'json'] : isFallback ? [] : ['pdf'];
    return exts.map((ext) => ({
      params: { locale: localeParam(locale), slug: version.slug, file: `v${version.version}.${ext}` },
      props: { version, ext },
    }));
  });
}

async function body(version: ProtocolVersion, ext: Ext): Promise<BodyInit> {
  switch (ext) {
    case 'pdf':
      return new Uint8Array(await pdfOf(version));
    case 'bib':
      return bibtexOf(version);
    case 'ris':
      return risOf(version);
    case 'json':
      return cslJsonOf(version);
  }
}

export const GET: APIRoute<{ version: ProtocolVersion; ext: Ext }> = async ({ props }) =>
  new Response(await body(props.version, props.ext), { headers: { 'Content-Type': types[props.ext] } });
