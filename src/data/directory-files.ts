/**
 * The downloadable directory of each region (CSV, vCard, JSON), made once per build so the region
 * page shows the real size of the files the endpoints serve.
 */
import { servicesCsv, servicesJson, servicesVcf, type ServiceEntry } from '../lib/directory/export';
import { allHotlines } from './chrome';
import { kindLabel, servicesOf } from './directory';
import { defaultLocale } from '../i18n/locales';

export type DirectoryFormat = 'csv' | 'vcf' | 'json';
export const directoryFormats: DirectoryFormat[] = ['csv', 'vcf', 'json'];

/** The national lines, given instead of a phone number a service does not have. */
const nationalLines = [...allHotlines].sort((a, b) => a.order - b.order).map((h) => ({ name: h.name[defaultLocale], number: h.number }));

function entries(region: string): ServiceEntry[] {
  return servicesOf(region).map((s) => ({
    id: s.id,
    kind: s.kind,
    kindLabel: kindLabel(s.kind, defaultLocale),
    name: s.name,
    address: s.address,
    phone: s.phone,
    hours: s.hours,
    verified: s.verified,
    sample: s.sample,
    sources: s.sources,
  }));
}

const cache = new Map<string, string>();

/** The file's text for a region ("cusco", "Cusco"). */
export function directoryFile(region: { slug: string; name: string }, ext: DirectoryFormat): string {
  const key = `${region.slug}.${ext}`;
  let text = cache.get(key);
  if (text === undefined) {
    const list = entries(region.slug);
    text =
      ext === 'csv'
        ? servicesCsv(list, nationalLines)
        : ext === 'vcf'
          ? servicesVcf(list, nationalLines)
          : servicesJson(region, list, nationalLines);
    cache.set(key, text);
  }
  return text;
}
