/**
 * Prevention kits and their lessons, computed once per build: each kit in each language with its
 * lessons in order, the total time, and the protocol sections and tools each lesson relies on,
 * resolved to links (a section that no longer exists in the protocol's current version stops the
 * build with the file, the field and the fix).
 */
import { defaultLocale, htmlLang, type Locale, localeCodes } from '../i18n/locales';
import { localeParam, localizePath } from '../lib/routes/urls';
import { localizedEntries, type Localized } from './localized';
import { protocolsIn } from './protocols';
import { textIn, tools } from './tools';
import * as routes from '../lib/routes/routes';

export type KitLevel = 'inicial' | 'primaria' | 'secundaria' | 'familias' | 'comunidad';
export const kitLevels: KitLevel[] = ['inicial', 'primaria', 'secundaria', 'familias', 'comunidad'];

/** Bands of lesson length readers narrow the list by, each with its own page. */
export const durationBands = [
  { slug: 'hasta-30-minutos', max: 30 },
  { slug: '31-a-45-minutos', max: 45 },
  { slug: '46-a-60-minutos', max: 60 },
  { slug: 'mas-de-60-minutos', max: Infinity },
] as const;
export type DurationBand = (typeof durationBands)[number]['slug'];

export function bandOf(minutes: number): DurationBand {
  return (durationBands.find((b) => minutes <= b.max) ?? durationBands[durationBands.length - 1]!).slug;
}

export interface RelatedLink {
  title: string;
  href: string;
  /** "es" when the linked page shows Spanish text on a Quechua page. */
  lang?: string | undefined;
}

export interface Lesson {
  kit: string;
  /** The lesson's own slug: "senales-de-alerta". */
  slug: string;
  page: Localized<'lessons'>;
  /** Position in the kit, from 1. */
  number: number;
  /** Protocol sections and tools the lesson relies on, as links in the page's language. */
  related: RelatedLink[];
}

export interface Kit {
  slug: string;
  page: Localized<'toolkits'>;
  lessons: Lesson[];
  /** Minutes of all the lessons together. */
  minutes: number;
}

/** Links to what a lesson relies on; a section missing from the protocol's current version is an error. */
function relatedOf(page: Localized<'lessons'>, locale: Locale): RelatedLink[] {
  const data = page.source.data;
  const file = `content/toolkits/${page.slug}/es.mdx`;
  const links: RelatedLink[] = [];
  data.protocols.forEach((link, i) => {
    const protocol = protocolsIn(locale).find((p) => p.slug === link.protocol);
    // The content check has already refused an unknown protocol.
    if (!protocol) throw new Error(`${file}: protocols[${i}].protocol names "${link.protocol}", which does not exist`);
    const { page: shown, outline } = protocol.current;
    const lang = shown.isFallback && locale !== defaultLocale ? htmlLang(defaultLocale) : undefined;
    const href = localizePath(routes.protocol(protocol.slug), locale);
    if (!link.section) {
      links.push({ title: shown.entry.data.title, href, lang });
      return;
    }
    const section = outline.sections.find((s) => s.number === link.section);
    if (!section) {
      const numbers = outline.sections.map((s) => s.number).join(', ');
      throw new Error(
        `${file}: protocols[${i}].section is "${link.section}", but version ${protocol.current.version} of "${protocol.slug}" (the one in force) has no such section: use one of ${numbers}, or remove the section to link to the whole protocol`,
      );
    }
    links.push({ title: `${shown.entry.data.shortTitle}, § ${section.number} ${section.title}`, href: `${href}#${section.anchor}`, lang });
  });
  for (const { id: slug } of data.tools) {
    const tool = tools.find((t) => t.slug === slug);
    if (!tool) throw new Error(`${file}: tools names "${slug}", which does not exist`);
    const title = textIn(tool.data.title, locale);
    links.push({ title: title.text, href: localizePath(routes.tool(slug), locale), lang: title.lang });
  }
  return links;
}

async function build(): Promise<Map<Locale, Kit[]>> {
  const kitPages = await localizedEntries('toolkits');
  const lessonPages = await localizedEntries('lessons');
  const out = new Map<Locale, Kit[]>();
  for (const locale of localeCodes) {
    const kits = kitPages
      .filter((k) => k.locale === locale)
      .map((page): Kit => {
        const lessons = lessonPages
          .filter((l) => l.locale === locale && l.slug.split('/')[0] === page.slug)
          .sort((a, b) => a.source.data.order - b.source.data.order || a.slug.localeCompare(b.slug))
          .map((l, i): Lesson => ({
            kit: page.slug,
            slug: l.slug.split('/').at(-1) ?? l.slug,
            page: l,
            number: i + 1,
            related: relatedOf(l, locale),
          }));
        return { slug: page.slug, page, lessons, minutes: lessons.reduce((n, l) => n + l.page.source.data.duration, 0) };
      })
      .sort((a, b) => a.page.source.data.order - b.page.source.data.order || a.slug.localeCompare(b.slug));
    out.set(locale, kits);
  }
  return out;
}

const kitsByLocale = await build();

export function kitsIn(locale: Locale): Kit[] {
  return kitsByLocale.get(locale) ?? [];
}

/** Levels and duration bands that have at least one kit or lesson: only those get a page. */
export function usedLevels(): KitLevel[] {
  const used = new Set(kitsIn(defaultLocale).map((k) => k.page.source.data.level));
  return kitLevels.filter((l) => used.has(l));
}

export function usedBands(): DurationBand[] {
  const used = new Set(kitsIn(defaultLocale).flatMap((k) => k.lessons.map((l) => bandOf(l.page.source.data.duration))));
  return durationBands.map((b) => b.slug).filter((b) => used.has(b));
}

/** One path per language and kit, with the kit as props: the kit page and its printable page. */
export function kitPaths() {
  return localeCodes.flatMap((locale) =>
    kitsIn(locale).map((kit) => ({ params: { locale: localeParam(locale), slug: kit.slug }, props: { kit } })),
  );
}
