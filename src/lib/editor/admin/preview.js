// The editor's preview of a page-like entry, laid out as the site lays it out (EntryPage.astro:
// its heading, description and text classes) and styled by the site's own stylesheet, which the
// build copies from a built page into /admin/site.css. `PAGE_COLLECTIONS` is written above this
// file by the build (src/lib/editor/admin-files.ts).
const CMS = globalThis.CMS;
const h = globalThis.h;

/** @param {{ entry: { getIn: (path: string[]) => unknown }, widgetFor: (name: string) => unknown }} props */
const EntryPreview = ({ entry, widgetFor }) =>
  h(
    'main',
    { className: 'mx-auto max-w-3xl px-3 pt-3 pb-6 sm:pt-6' },
    h(
      'article',
      null,
      h('h1', { className: 'text-2xl font-bold leading-tight sm:text-3xl' }, String(entry.getIn(['data', 'title']) ?? '')),
      h('p', { className: 'mt-2 text-slate-700' }, String(entry.getIn(['data', 'description']) ?? '')),
      h('div', { className: 'app-prose mt-4' }, widgetFor('body')),
    ),
  );

if (CMS && h) {
  CMS.registerPreviewStyle('site.css');
  // eslint-disable-next-line no-undef
  for (const name of PAGE_COLLECTIONS) CMS.registerPreviewTemplate(name, EntryPreview);
}
