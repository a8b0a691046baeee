// The benchmark's report as a table, for a reader: one line per figure, and the Starlight lines
// when --starlight ran. `--json` prints the same figures without this module.
import { round } from './numbers.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function describeFirstView(v) {
  return `median ${kb(v.firstViewBr)} brotli (HTML ${kb(v.htmlBr)}, CSS ${kb(v.cssBr)}, scripts ${kb(v.jsBr)}; ${v.requests} requests), of ${v.sampledPages} pages sampled`;
}

function describeGroups(seconds) {
  const total = round(Object.values(seconds).reduce((a, b) => a + b, 0));
  return `${total} s: ${Object.entries(seconds).map(([g, v]) => `${g} ${v}`).join(', ')}`;
}

/** The figures of a run (see bench.mjs), as aligned lines. */
/** What pressing "Ver todos los resultados" cost, where Pagefind waited for it (src/lib/search/on-demand.ts). */
const full = (s) => `${s.fullBytes === undefined ? '' : `; then ${kb(s.fullBytes)} for all results with Pagefind`}${s.further ? `; a further query ("${s.further.word}"): ${kb(s.further.bytes)}` : ''}`;

export function table(r) {
  const mb = (bytes) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  const rows = [
    ['entries generated', `${r.entries} (${r.generated.protocols} protocols, ${r.generated.lessons} lessons in ${r.generated.kits} kits, ${r.generated.quechuaFiles} Quechua files)`],
    ['median words', `protocol ${r.generated.medianProtocolWords}, lesson ${r.generated.medianLessonWords}`],
    ['HTML pages built', `${r.out.htmlPages} (and ${r.out.pdfs} PDFs)`],
    ['build seconds', `${r.seconds.total} s (astro ${r.seconds.astro}, then inside the same build pagefind ${r.seconds.pagefind}, precompress ${r.seconds.precompress})`],
    ['ms per page', `${r.msPerPage.total} (astro + pagefind ${r.msPerPage.astroAndPagefind}, astro alone ${r.msPerPage.astro})`],
    ['CPU seconds', `${r.cpuSeconds.total} s (the whole build)`],
    ['CPU ms per page', `${r.cpuMsPerPage.total}`],
    ['peak memory (RSS)', `astro build ${r.peakRssMiB.astro} MiB, ${r.peakRssMiB.astroTree} MiB with its threads' and Pagefind's processes (${r.memoryMethod})`],
    ['built folder', `${mb(r.out.bytes)} in ${r.out.files} files (pagefind ${mb(r.out.pagefindBytes)}); ${mb(r.out.bytesWithPrecompressed)} with .br/.gz`],
    ['page, brotli', `median ${kb(r.out.medianPageBrotli)}, largest ${kb(r.out.largestPageBrotli)} (${r.out.largestPage})`],
    ['first search', `${kb(r.firstSearch.searchBytes)} for search files, ${kb(r.firstSearch.totalBytes)} with the page (${r.firstSearch.requests} requests, "${r.firstSearch.word}": ${r.firstSearch.status})${full(r.firstSearch)}`],
    ...(r.firstSearch.sentences ?? []).map((s) => ['first search, a sentence', `${kb(s.searchBytes)} for search files ("${s.word}": ${s.status})${full(s)}`]),
    ['astro log', `before Astro's timer ${r.astroLog.startupSeconds} s (Node start, loading Astro and the config); build ${r.astroLog.buildSeconds} s: setup and content sync ${r.astroLog.setupAndSyncSeconds} s (types ${r.astroLog.typesSeconds}), vite ${r.astroLog.viteSeconds} s, static routes ${r.astroLog.staticRoutesSeconds} s`],
    // Pages render four at a time (build.concurrency), so these times overlap: read them as shares.
    ...Object.entries(r.astroLog.routes).map(([kind, v]) => [`  ${kind}`, `${v.count} routes, ${v.seconds} s (overlapping)`]),
    ...(r.cpuProfileSeconds
      ? [
          ['CPU profile, build thread', describeGroups(r.cpuProfileSeconds.main)],
          [`CPU profile, ${r.cpuProfileSeconds.workerThreads} PDF workers`, describeGroups(r.cpuProfileSeconds.workers)],
        ]
      : []),
    ...(r.starlight
      ? [
          [
            'Starlight, same entries',
            `${r.starlight.htmlPages} HTML pages (from ${r.starlight.sourcePages} pages of content), ${r.starlight.seconds} s (astro with its Pagefind), ${r.starlight.msPerPage} ms per page, CPU ${r.starlight.cpuSeconds} s, peak ${r.starlight.peakRssMiB} MiB`,
          ],
          ['first view, this site', describeFirstView(r.firstView)],
          ['first view, Starlight', describeFirstView(r.starlight.firstView)],
          ['this site ÷ Starlight', `${r.starlight.ratio.msPerPage} × per page, ${r.starlight.ratio.seconds} × in all (astro + Pagefind; this site also makes ${r.out.pdfs} PDFs)`],
        ]
      : []),
    ['machine', `${r.machine.cores} cores, ${r.machine.cpu}, ${r.machine.ramGiB} GiB RAM, Node ${r.machine.node}`],
    ['load average', `before ${r.load.before.join(' ')}, after ${r.load.after.join(' ')}`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}
