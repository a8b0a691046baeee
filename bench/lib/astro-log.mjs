// Astro's own timings, read from the log of its build: the phases it reports and the time it
// prints after each route, added up by kind of route, to tell where a build's time went.
import { round } from './numbers.mjs';

/** Kinds of route, for the split of "generating static routes" (first match wins). */
const ROUTE_KINDS = [
  ['protocol PDFs', /^(\/qu)?\/protocolos\/.*\.pdf\/?$/],
  ['kit and lesson PDFs and ZIPs', /^\/kits\/.*\.(pdf|zip)\/?$/],
  ['posters (PDF, SVG)', /^\/campanas\/.*\.(pdf|svg)\/?$/],
  ['other files (citations, feeds, exports)', /\.(bib|ris|json|xml|ics|csv|vcf|txt)\/?$/],
  ['protocol version pages', /^(\/qu)?\/protocolos\/[^/]+\/v[\d.]+\/(index\.html)?$/],
  ['protocol change pages', /^(\/qu)?\/protocolos\/.*\/cambios\/(index\.html)?$/],
  ['other protocol pages (current version, list)', /^(\/qu)?\/protocolos\//],
  ['kit and lesson pages', /^(\/qu)?\/kits\//],
  ['other pages', /./],
];

/**
 * Reads Astro's build log: the time it reports for the whole build and its phases ("✓ Completed
 * in" after collecting build info, after generating the static routes, after the static build),
 * and the time it prints after each route ("├─ /path/ (+12ms)"), added up by kind of route. A
 * route's time is where the work happened first: a page that shows a PDF's size makes that PDF.
 */
export function astroPhases(log) {
  const clean = log.replace(/\x1b\[[0-9;]*m/g, '');
  // Astro writes "850ms", "12.34s" or "12m 3s" (core/build/util.js, getTimeStat).
  const DURATION = String.raw`((?:\d+m )?[\d.]+(?:ms|s))`;
  const seconds = (m) => {
    const text = m?.[1];
    if (!text) return undefined;
    const parts = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(text);
    if (!parts) return undefined;
    return Number(parts[1] ?? 0) * 60 + Number(parts[2]) / (parts[3] === 'ms' ? 1000 : 1);
  };
  const completed = [...clean.matchAll(new RegExp(`Completed in ${DURATION}`, 'g'))].map(seconds);
  const built = new RegExp(`(\\d+) page\\(s\\) built in ${DURATION}`).exec(clean);
  const routes = new Map(ROUTE_KINDS.map(([kind]) => [kind, { count: 0, seconds: 0 }]));
  for (const m of clean.matchAll(new RegExp(`[├└]─ (\\S+) \\(\\+${DURATION}\\)`, 'g'))) {
    const path = m[1] ?? '';
    const kind = ROUTE_KINDS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other pages';
    const r = routes.get(kind);
    if (r) (r.count++, (r.seconds += seconds([m[0], m[2]]) ?? 0));
  }
  const types = new RegExp(`\\[types\\] Generated ${DURATION}`).exec(clean);
  const vite = [...clean.matchAll(new RegExp(`\\[vite\\] ✓ built in ${DURATION}`, 'g'))].map(seconds);
  return {
    pagesReported: built ? Number(built[1]) : undefined,
    buildSeconds: built ? seconds([built[0], built[2]]) : undefined,
    setupAndSyncSeconds: completed[0],
    typesSeconds: seconds(types),
    viteSeconds: vite.length ? round(vite.reduce((a, b) => a + (b ?? 0), 0)) : undefined,
    staticRoutesSeconds: completed[1],
    staticBuildSeconds: completed[2],
    routes: Object.fromEntries([...routes].map(([kind, r]) => [kind, { count: r.count, seconds: round(r.seconds) }])),
    routesSeconds: round([...routes.values()].reduce((n, r) => n + r.seconds, 0)),
  };
}

