/**
 * Every page worth finding, by type, in each language: the A–Z index (/indice/) and the search
 * filters use the same types. Built from the data modules, so it can never list a page that is
 * not built.
 */
import type { Locale } from '../i18n/locales';
import { localizePath } from '../lib/routes/urls';
import { entriesIn } from './localized';
import { protocolsIn, protocolRoute } from './protocols';
import { textIn, tools } from './tools';
import { kitRoute, kitsIn, lessonRoute } from './kits';
import { campaignRoute, campaignsIn } from './campaigns';

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
    out.push({ type, title, href: localizePath(route, locale), lang: isFallback && locale !== 'es' ? 'es' : undefined });

  for (const p of protocolsIn(locale)) add('protocolo', p.current.page.entry.data.title, protocolRoute(p.slug), p.current.page.isFallback);
  for (const tool of tools) {
    const title = textIn(tool.data.title, locale);
    out.push({ type: 'herramienta', title: title.text, href: localizePath(`/herramientas/${tool.slug}/`, locale), lang: title.lang });
  }
  for (const c of await entriesIn('checklists', locale)) add('herramienta', c.entry.data.title, `/senales-de-alerta/${c.slug}/`, c.isFallback);
  for (const k of kitsIn(locale)) {
    add('kit', k.page.entry.data.title, kitRoute(k.slug), k.page.isFallback);
    for (const l of k.lessons) add('leccion', l.page.entry.data.title, lessonRoute(k.slug, l.slug), l.page.isFallback);
  }
  for (const c of campaignsIn(locale)) add('campana', c.page.entry.data.title, campaignRoute(c.slug), c.page.isFallback);
  for (const r of await entriesIn('regions', locale)) add('region', r.entry.data.title, `/regiones/${r.slug}/`, r.isFallback);
  for (const s of await entriesIn('partners', locale)) add('socio', s.entry.data.title, `/socios/${s.slug}/`, s.isFallback);
  for (const n of await entriesIn('news', locale)) add('noticia', n.entry.data.title, `/noticias/${n.slug}/`, n.isFallback);
  for (const p of await entriesIn('pages', locale)) {
    if (p.slug === 'inicio') continue;
    add('pagina', p.entry.data.title, `/${p.slug}/`, p.isFallback);
  }
  return out.sort((a, b) => a.title.localeCompare(b.title, 'es', { sensitivity: 'base' }));
}
