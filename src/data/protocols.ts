/**
 * Protocols and their versions, computed once per build: every version in every language, the
 * version in force, the previous version, and the numbered outline of each text.
 */
import { defaultLocale, type Locale, localeCodes } from '../i18n/locales';
import { outline, type Outline } from '../lib/markdown/sections';
import { buildDate, compareVersions, currentVersion, previousVersion, sortVersions, type VersionStatus } from '../lib/protocols/versions';
import { localizedEntries, type Localized } from './localized';

export interface ProtocolVersion {
  /** The protocol's slug: "ruta-de-derivacion". */
  slug: string;
  /** "2.0" */
  version: string;
  /** The page's language and what it shows (its own text, or the Spanish one as a fallback). */
  page: Localized<'protocols'>;
  /** Numbered sections of the text shown. */
  outline: Outline;
  /** True for the version in force today. */
  isCurrent: boolean;
  /**
   * The status readers see: a `vigente` version older than the one in force reads as replaced, so
   * a published version never has to be edited when the next one takes effect.
   */
  status: VersionStatus;
}

export interface Protocol {
  slug: string;
  /** Versions oldest first, in one language. */
  versions: ProtocolVersion[];
  /** The version in force (the content check guarantees there is one). */
  current: ProtocolVersion;
}

const today = buildDate();

/** Each text's outline, read once: a page without its own translation shows the Spanish entry. */
const outlines = new WeakMap<object, Outline>();
function outlineOf(entry: { body?: string | undefined }): Outline {
  let read = outlines.get(entry);
  if (!read) {
    read = outline(entry.body ?? '');
    outlines.set(entry, read);
  }
  return read;
}

async function build(): Promise<Map<Locale, Protocol[]>> {
  const all = await localizedEntries('protocols');
  const result = new Map<Locale, Protocol[]>();
  for (const locale of localeCodes) {
    const bySlug = new Map<string, ProtocolVersion[]>();
    for (const page of all.filter((p) => p.locale === locale)) {
      const [slug = '', version = ''] = page.slug.split('/');
      const item: ProtocolVersion = {
        slug,
        version,
        page,
        outline: outlineOf(page.entry),
        isCurrent: false,
        status: page.source.data.status,
      };
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), item]);
    }
    const protocols: Protocol[] = [];
    for (const [slug, items] of bySlug) {
      const versions = sortVersions(items);
      const info = versions.map((v) => ({ ...v, status: v.page.source.data.status, effective: v.page.source.data.effective }));
      const current = currentVersion(info, today);
      if (!current) throw new Error(`content/protocols/${slug}/ has no version in force (the content check should have said so)`);
      for (const v of versions) {
        v.isCurrent = v.version === current.version;
        if (v.status === 'vigente' && compareVersions(v.version, current.version) < 0) v.status = 'reemplazado';
      }
      const currentItem = versions.find((v) => v.isCurrent);
      if (currentItem) protocols.push({ slug, versions, current: currentItem });
    }
    protocols.sort((a, b) => a.current.page.entry.data.title.localeCompare(b.current.page.entry.data.title, defaultLocale));
    result.set(locale, protocols);
  }
  return result;
}

const protocolsByLocale = await build();

export function protocolsIn(locale: Locale): Protocol[] {
  return protocolsByLocale.get(locale) ?? [];
}

/** The version before this one, in the same language. */
export function previousOf(protocol: Protocol, version: ProtocolVersion): ProtocolVersion | undefined {
  return previousVersion(protocol.versions, version.version);
}

/** Every protocol version in every language, for getStaticPaths. */
export function allVersions(): { protocol: Protocol; version: ProtocolVersion }[] {
  return localeCodes.flatMap((locale) => protocolsIn(locale).flatMap((protocol) => protocol.versions.map((version) => ({ protocol, version }))));
}

export const spanishProtocols = () => protocolsIn(defaultLocale);
