/**
 * Decap CMS's configuration (dist/admin/config.yml), made from the list of collections in
 * src/schemas/collections.ts and their schemas: nothing about a field is written twice.
 *
 * Page-like entries live in `<slug>/es.mdx` and `<slug>/qu.mdx`; Decap's i18n writes
 * `<slug>.es.mdx`, so the editor's backend (admin/backend.js) maps one to the other. Files holding
 * a list of entries are shown to Decap as `{ items: [...] }` by the same backend.
 */
import { collections as specs, type CollectionName, type CollectionSpec } from '../../schemas/collections';
import type { RefTarget } from '../../schemas/refs';
import { decapField, type DecapField, type FieldContext, type RefTargetInfo } from './fields';
import { editorRef, fieldsOf } from './zod-walk';
import { defaultLocale, localeCodes } from '../../i18n/locales';
import type { GitHostSettings } from './git-host';
import { NEW_VERSION_WIDGET } from './admin/next-version.js';


/** Spanish names of the collections, as the editor lists them. */
export const collectionLabels: Record<CollectionName, [plural: string, singular: string]> = {
  news: ['Noticias', 'Noticia'],
  partners: ['Socios', 'Socio'],
  regions: ['Regiones', 'Región'],
  pages: ['Páginas', 'Página'],
  protocols: ['Protocolos (versiones)', 'Versión de protocolo'],
  toolkits: ['Kits de prevención', 'Kit'],
  lessons: ['Sesiones', 'Sesión'],
  campaigns: ['Campañas', 'Campaña'],
  checklists: ['Listas de señales', 'Lista de señales'],
  tools: ['Herramientas de decisión', 'Herramienta'],
  hotlines: ['Líneas de ayuda', 'Línea de ayuda'],
  services: ['Servicios por región', 'Servicio'],
  glossary: ['Glosario', 'Término'],
  calendar: ['Calendario', 'Día'],
  facts: ['Registro de datos', 'Dato'],
};

/** What the editor needs to know of the content folder: the kits and the YAML list files there are. */
export interface ContentListing {
  /** Kit slugs (folders of content/toolkits/), each with its own lessons collection. */
  kits: string[];
  /** For `lists` collections (services, facts): the YAML files of their folder. */
  listFiles: Partial<Record<CollectionName, string[]>>;
}

export interface EditorOptions {
  /** The content folder as the backend sees it, relative to the repository: "content". */
  contentDir: string;
  listing: ContentListing;
  /** The local server of `npm run edit` (decap-server). */
  proxyUrl: string;
  /** A git host instead of the local server (git-host.ts): its backend and publish mode. */
  gitHost?: GitHostSettings | undefined;
}

const refTargets = (): Partial<Record<RefTarget, RefTargetInfo>> => ({
  partners: { collection: 'partners', valueField: '{{slug}}', searchFields: ['title', 'shortName'] },
  regions: { collection: 'regions', valueField: '{{slug}}', searchFields: ['title'] },
  campaigns: { collection: 'campaigns', valueField: '{{slug}}', searchFields: ['title'] },
  toolkits: { collection: 'toolkits', valueField: '{{slug}}', searchFields: ['title'] },
  tools: { collection: 'tools', valueField: '{{slug}}', searchFields: [`title.${defaultLocale}`] },
  hotlines: { collection: 'hotlines', file: 'hotlines', valueField: 'items.*.id', searchFields: [`items.*.name.${defaultLocale}`, 'items.*.id'] },
  // protocols and facts: named by a slug typed in (facts live in several files; a lesson names a
  // protocol's folder, not one of its versions). The content check says when one does not exist.
});

const fieldsFor = (name: CollectionName, spec: CollectionSpec, i18n: boolean): DecapField[] =>
  fieldsOf(spec.schema(editorRef), name).map((info) => decapField(info, { collection: name, refs: refTargets(), i18n } satisfies FieldContext));

const bodyField: DecapField = {
  name: 'body',
  label: 'Texto',
  widget: 'markdown',
  hint: 'El texto de la página. Solo datos con fuente: nunca inventes un teléfono, una dirección, un nombre, una cifra, un artículo de ley ni una fecha.',
  i18n: true,
};

/** A page-like collection: Spanish and Quechua files side by side, written as `<slug>/<lang>.mdx`. */
function pageCollection(name: CollectionName, spec: CollectionSpec, folder: string, extra: Record<string, unknown> = {}) {
  const [label, singular] = collectionLabels[name];
  return {
    name,
    label,
    label_singular: singular,
    folder,
    extension: 'mdx',
    format: 'frontmatter',
    // The folder levels below the collection, as Decap writes them before the backend maps them.
    path: spec.segments && spec.segments.includes('version') ? '{{slug}}/{{fields.version}}' : '{{slug}}',
    slug: '{{slug}}',
    create: true,
    i18n: true,
    summary: '{{title}}',
    fields: [...fieldsFor(name, spec, true), bodyField],
    ...extra,
  };
}

/**
 * Protocol versions: drafts (`status: borrador`) are edited; published versions are frozen (the
 * URL registry fails the build when their text changes), so they are listed apart, read-only:
 * no creating or deleting, and `publish: false`, by which admin/backend.js refuses to save them.
 * Their page starts with the "Nueva versión" button (admin/next-version.js), which copies the
 * newest version to the next number as a draft, as `npm run new:version -- <slug>` does.
 */
function protocolCollections(spec: CollectionSpec, folder: string) {
  const base = pageCollection('protocols', spec, folder, { create: false, delete: false });
  const frozen = (status: string, label: string) => ({
    ...base,
    name: `protocols-${status}`,
    label,
    description: 'Versiones publicadas: solo lectura. Un cambio es una versión nueva (npm run new:version).',
    filter: { field: 'status', value: status },
    publish: false,
    fields: [newVersionField, ...base.fields],
  });
  return [
    { ...base, label: 'Protocolos: borradores', filter: { field: 'status', value: 'borrador' } },
    frozen('vigente', 'Protocolos vigentes (solo lectura)'),
    frozen('reemplazado', 'Protocolos reemplazados (solo lectura)'),
  ];
}

/** The button of a published version; it holds no value and is never written. */
const newVersionField = { name: 'nueva_version', label: 'Nueva versión', widget: NEW_VERSION_WIDGET, required: false };

/** A collection whose entries are items of YAML list files, edited as `items` of each file. */
function listCollection(name: CollectionName, spec: CollectionSpec, files: string[], contentDir: string) {
  const [label, singular] = collectionLabels[name];
  const item = fieldsFor(name, spec, false);
  const one = (file: string, fileName: string) => ({
    name: fileName,
    label: spec.layout === 'list' ? label : `${label}: ${fileName}`,
    file,
    fields: [{ name: 'items', label: label, label_singular: singular, widget: 'list', summary: '{{fields.id}}', fields: item }],
  });
  return {
    name,
    label,
    files:
      spec.layout === 'list'
        ? [one(`${contentDir}/${spec.path}`, name)]
        : files.map((f) => one(`${contentDir}/${spec.path}/${f}`, f.replace(/\.yaml$/, ''))),
  };
}

/** The whole configuration, as an object to be written as YAML. */
export function editorConfig(options: EditorOptions) {
  const { contentDir, listing } = options;
  const collections: Record<string, unknown>[] = [];
  for (const [name, spec] of Object.entries(specs) as [CollectionName, CollectionSpec][]) {
    if (name === 'lessons') {
      // One collection per kit: a lesson's kit is its folder, not a field.
      for (const kit of listing.kits) {
        collections.push({
          ...pageCollection(name, spec, `${contentDir}/toolkits/${kit}/lessons`),
          name: `lessons-${kit}`,
          label: `Sesiones del kit «${kit}»`,
        });
      }
    } else if (name === 'protocols') {
      collections.push(...protocolCollections(spec, `${contentDir}/${spec.path}`));
    } else if (spec.layout === 'pages') {
      collections.push(pageCollection(name, spec, `${contentDir}/${spec.path}`));
    } else if (spec.layout === 'files') {
      const [label, singular] = collectionLabels[name];
      collections.push({
        name,
        label,
        label_singular: singular,
        folder: `${contentDir}/${spec.path}`,
        extension: 'yaml',
        format: 'yaml',
        // A decision tree's steps form a graph the build checks; new trees start as a copy of a file.
        create: false,
        delete: false,
        summary: '{{slug}}',
        fields: fieldsFor(name, spec, false),
      });
    } else {
      collections.push(listCollection(name, spec, listing.listFiles[name] ?? [], contentDir));
    }
  }
  return {
    // The backend of admin/backend.js: decap-server's API, paths mapped to the site's files. On a
    // git host, that host's (git-host.ts, docs/editing.md); never a credential here.
    backend: options.gitHost?.backend ?? { name: 'alianza-proxy', proxy_url: options.proxyUrl },
    ...(options.gitHost?.publishMode ? { publish_mode: options.gitHost.publishMode } : {}),
    locale: defaultLocale,
    media_folder: 'public/media',
    public_folder: '/media',
    i18n: { structure: 'multiple_files', locales: [...localeCodes], default_locale: defaultLocale },
    slug: { encoding: 'ascii', clean_accents: true },
    collections,
  };
}
