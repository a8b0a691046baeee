/**
 * The look of a notice above or inside a page's text (a draft, a sample, the site's own work, a page
 * read from the device): one grey band with a dark rule on its left, the same everywhere it appears.
 */
export const NOTICE_CLASS = 'my-2 border-l-4 border-slate-700 bg-slate-100 px-3 py-1.5 text-sm';
