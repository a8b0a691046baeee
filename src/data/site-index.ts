/**
 * Every page worth finding, by type, in each language: the A–Z index (/indice/) and the search
 * filters use the same types. Built from the data modules, so it can never list a page that is
 * not built.
 */
import type { Locale } from '../i18n/locales';
import { localizePath } from '../lib/routes/urls';
import { entriesIn } from './localized';
import { protocolsIn } from './protocols';
import { textIn, tools } from './tools';
import { kitsIn } from './kits';
import { campaignsIn } from './campaigns';
import * as routes from '../lib/routes/routes';
import { defaultLocale, htmlLang } from '../i18n/locales';

export type PageType = 'protocolo' | 'kit' | 'leccion' | 'herramienta' | 'campana' | 'socio' | 'region' | 'noticia' | 'pagina';
export const pageTypes: PageType[] = ['protocolo', 'herramienta', 'kit', 'leccion', 'campana', 'region', 'socio', 'noticia', 'pagina'];

export interface IndexedPage {
  title: string;
  href: string;
  type: PageType;
  /** The page shows Spanish text (a fallback, or a string without translation). */
  lang?: string | undefined;
}

export async function siteIndex(locale: Locale): Promise<IndexedPage[]> {
  const out: IndexedPage[] = [];
  const add = (type: PageType, title: string, route: string, isFallback = false) =>
    out.push({ type, title, href: localizePath(route, locale), lang: isFallback && locale !== defaultLocale ? htmlLang(defaultLocale) : undefined });

  for (const p of protocolsIn(locale)) add('protocolo', p.current.page.entry.data.title, routes.protocol(p.slug), p.current.page.isFallback);
  for (const tool of tools) {
    const title = textIn(tool.data.title, locale);
    out.push({ type: 'herramienta', title: title.text, href: localizePath(routes.tool(tool.slug), locale), lang: title.lang });
  }
  for (const c of await entriesIn('checklists', locale)) add('herramienta', c.entry.data.title, routes.checklist(c.slug), c.isFallback);
  for (const k of kitsIn(locale)) {
    add('kit', k.page.entry.data.title, routes.kit(k.slug), k.page.isFallback);
    for (const l of k.lessons) add('leccion', l.page.entry.data.title, routes.lesson(k.slug, l.slug), l.page.isFallback);
  }
  for (const c of campaignsIn(locale)) add('campana', c.page.entry.data.title, routes.campaign(c.slug), c.page.isFallback);
  for (const r of await entriesIn('regions', locale)) add('region', r.entry.data.title, routes.region(r.slug), r.isFallback);
  for (const s of await entriesIn('partners', locale)) add('socio', s.entry.data.title, routes.partner(s.slug), s.isFallback);
  for (const n of await entriesIn('news', locale)) add('noticia', n.entry.data.title, routes.newsItem(n.slug), n.isFallback);
  for (const p of await entriesIn('pages', locale)) {
    if (p.slug === 'inicio') continue;
    add('pagina', p.entry.data.title, routes.page(p.slug), p.isFallback);
  }
  return out.sort((a, b) => a.title.localeCompare(b.title, defaultLocale, { sensitivity: 'base' }));
}
