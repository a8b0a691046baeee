/** /regiones/<slug>/servicios.csv, .vcf and .json: the region's directory of services. */
import type { APIRoute } from 'astro';
import { entriesIn } from '../../../data/localized';
import { directoryFile, directoryFormats, type DirectoryFormat } from '../../../data/directory-files';
import { defaultLocale } from '../../../i18n/locales';

const types: Record<DirectoryFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  vcf: 'text/vcard; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export async function getStaticPaths() {
  const regions = await entriesIn('regions', defaultLocale);
  return regions.flatMap((r) =>
    directoryFormats.map((ext) => ({
      params: { slug: r.slug, file: `servicios.${ext}` },
      props: { region: { slug: r.slug, name: r.entry.data.title }, ext },
    })),
  );
}

export const GET: APIRoute<{ region: { slug: string; name: string }; ext: DirectoryFormat }> = ({ props }) =>
  new Response(directoryFile(props.region, props.ext), { headers: { 'Content-Type': types[props.ext] } });
