/**
 * The route table: every URL of the site, in one place, as the language-independent path of a
 * page or file ("/socios/oit/"). Each language serves a page under its prefix ("/qu/socios/oit/",
 * see ./urls.ts); downloads made from the Spanish text live once, at the root.
 *
 * Import it as a namespace, `import * as routes from '…/lib/routes/routes'`, and write
 * `routes.partner(slug)`: client scripts then bundle only the routes they use. These URLs are
 * cited and must never break (registry/published.json lists every one ever published).
 */
import type { Locale } from '../../i18n/locales';

// Pages made of interface text and data.
export const home = '/';
export const search = '/buscar/';
export const azIndex = '/indice/';
export const glossary = '/glosario/';
export const calendar = '/calendario/';
export const calendarEntry = (id: string) => `${calendar}#${id}`;
export const translations = '/estado-de-traducciones/';
export const offline = '/sin-conexion/';
/** The whole site to download (the offline packages, when the deployment publishes them). */
export const downloadSite = '/descargar-el-sitio/';
/** "/descargas/alianza-cpc-sitio-completo.zip": a published offline package (not in the URL registry: a deployment may publish none). */
export const offlinePackages = '/descargas/';
export const offlinePackage = (file: string) => `${offlinePackages}${file}`;
/** The facts registry (content/facts/): every fact with its sources and verification date. */
export const sources = '/fuentes/';
/** One fact of the registry on that page: "/fuentes/#linea-1818-numero". */
export const sourceFact = (id: string) => `${sources}#${id}`;
/** The not-found page of a language ("/qu/404/"); the default language's is served as /404.html. */
export const notFound = '/404/';
export const notFoundFile = '/404.html';

// Standalone content pages (content/pages/<slug>/).
export const page = (slug: string) => `/${slug}/`;
export const about = page('la-alianza');
export const safety = page('navegar-con-seguridad');
export const privacy = page('privacidad');

// Partners, regions, news.
export const partners = '/socios/';
export const partner = (slug: string) => `${partners}${slug}/`;
export const regions = '/regiones/';
export const region = (slug: string) => `${regions}${slug}/`;
/** The services of a region as a file: "/regiones/cusco/servicios.csv". */
export const regionServices = (slug: string, ext: 'csv' | 'vcf' | 'json') => `${region(slug)}servicios.${ext}`;
export const news = '/noticias/';
export const newsItem = (slug: string) => `${news}${slug}/`;

// Protocols.
export const protocols = '/protocolos/';
/** The version in force. */
export const protocol = (slug: string) => `${protocols}${slug}/`;
/** "/protocolos/ruta/v2.0/": one version, frozen. */
export const protocolVersion = (slug: string, version: string) => `${protocol(slug)}v${version}/`;
export const protocolChanges = (slug: string, version: string) => `${protocolVersion(slug, version)}cambios/`;
/** "/protocolos/ruta/v2.0.pdf" (and .bib, .ris, .json). */
export const protocolFile = (slug: string, version: string, ext: 'pdf' | 'bib' | 'ris' | 'json') => `${protocol(slug)}v${version}.${ext}`;

// Kits and lessons.
export const kits = '/kits/';
export const kitsByLevel = (level: string) => `${kits}nivel/${level}/`;
export const kitsByDuration = (band: string) => `${kits}duracion/${band}/`;
export const kit = (slug: string) => `${kits}${slug}/`;
export const kitPrint = (slug: string) => `${kit(slug)}imprimir/`;
export const lesson = (kitSlug: string, slug: string) => `${kit(kitSlug)}${slug}/`;
/** "/kits/primaria.pdf", "/kits/primaria.zip". */
export const kitFile = (slug: string, ext: 'pdf' | 'zip') => `${kits}${slug}.${ext}`;
export const lessonFile = (kitSlug: string, slug: string) => `${kit(kitSlug)}${slug}.pdf`;

// Campaigns.
export const campaigns = '/campanas/';
export const campaign = (slug: string) => `${campaigns}${slug}/`;
/** "/campanas/empleo-seguro-cusco/afiche-qu.pdf" (and .svg): one poster per language. */
export const poster = (slug: string, lang: Locale, ext: 'pdf' | 'svg') => `${campaign(slug)}afiche-${lang}.${ext}`;

// Prevention tools and checklists.
export const tools = '/herramientas/';
/** A decision tree; its start step is this page. */
export const tool = (slug: string) => `${tools}${slug}/`;
export const toolStep = (slug: string, step: string, start?: string) => (step === start ? tool(slug) : `${tool(slug)}${step}/`);
export const toolMap = (slug: string) => `${tool(slug)}mapa/`;
export const toolPrint = (slug: string) => `${tool(slug)}imprimir/`;
export const checklists = '/senales-de-alerta/';
export const checklist = (slug: string) => `${checklists}${slug}/`;
export const checklistPrint = (slug: string) => `${checklist(slug)}imprimir/`;

// Feeds, data and files.
export const newsFeed = '/feeds/noticias.xml';
export const protocolsFeed = '/feeds/protocolos.xml';
export const protocolsData = '/datos/protocolos.json';
export const calendarFile = '/calendario.ics';
export const favicon = '/favicon.svg';
/** The service worker of offline reading; its scope is the whole site. */
export const worker = '/sw.js';
/** Where Astro puts hashed assets (stylesheets, scripts). */
export const assets = '/_astro/';
/** The search index (Pagefind's files) and the script that reads it. */
export const pagefind = '/pagefind/';
export const pagefindScript = `${pagefind}pagefind.js`;
/** What the header's search box prefetches, per language (src/lib/search/on-demand.ts). */
export const searchPrefetchList = `${pagefind}prefetch.json`;

/**
 * Names a content entry may not take, because a page of the site already answers there: a tool
 * step named "mapa" would be hidden by the tool's map, a kit named "nivel" by the kits filter.
 */
export const reserved = {
  toolSteps: ['mapa', 'imprimir'],
  kits: ['nivel', 'duracion'],
  lessons: ['imprimir'],
} as const;
