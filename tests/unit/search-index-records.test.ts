/**
 * What Pagefind indexes for each built page (src/lib/search/index-records.ts): the page's own title
 * as its title in the index, a tool's steps with its start page, and only the pages marked for the
 * index.
 */
import { describe, expect, it } from 'vitest';
import { indexedBlocks, indexRecords, withOwnTitle } from '../../src/lib/search/index-records';

const page = (url: string, title: string, body: string, marked = true) => ({
  url,
  html: `<!doctype html><html lang="es"><head><title>${title} · Sitio</title><meta property="og:title" content="${title}"></head><body><header><nav>Menú</nav></header><main>${
    marked ? `<div data-pagefind-body><span hidden data-pagefind-filter="tipo:Herramienta"></span>${body}</div>` : body
  }</main><footer>Pie</footer></body></html>`,
});

const step = (tool: string, id: string, question: string, more = '') =>
  `<div data-tool="${tool}" data-step="${id}"><p class="text-sm"><a href="/herramientas/${tool}/">¿Oferta de trabajo o trampa?</a></p><h1>${question}</h1>${more}<p class="app-no-print"><a href="/herramientas/${tool}/mapa/">Mapa de la herramienta</a></p></div>`;

describe('withOwnTitle', () => {
  it('marks the og:title as Pagefind\'s title, the page left as it is otherwise', () => {
    const html = page('/x/', 'Señales de alerta en turismo y hospedajes', '<h1>Otra cosa</h1>').html;
    const titled = withOwnTitle(html);
    expect(titled).toContain('<meta property="og:title" data-pagefind-meta="title[content]" content="Señales de alerta en turismo y hospedajes">');
    expect(titled.replace(' data-pagefind-meta="title[content]"', '')).toBe(html);
    expect(withOwnTitle('<html><body>sin título</body></html>')).toBe('<html><body>sin título</body></html>');
  });
});

describe('indexedBlocks', () => {
  it('gives the text blocks inside data-pagefind-body, less what Pagefind leaves out', () => {
    const html = page('/x/', 'T', '<h1>Pregunta</h1><ul><li><p>Una</p></li><li>Dos <strong>fuerte</strong></li></ul><div data-pagefind-ignore><p>No</p></div><form><p>Tampoco</p></form><script>x()</script>').html;
    expect(indexedBlocks(html)).toEqual(['Pregunta', 'Una', 'Dos fuerte']);
    expect(indexedBlocks(page('/y/', 'T', '<p>Fuera</p>', false).html)).toEqual([]);
  });
});

describe('indexRecords', () => {
  const pages = [
    page('/herramientas/oferta-o-trampa/', '¿Oferta de trabajo o trampa?', step('oferta-o-trampa', 'documentos', '¿Te dijeron que guardarán tu DNI?')),
    page('/herramientas/oferta-o-trampa/viaje/', '¿El trabajo es en otra ciudad? · ¿Oferta de trabajo o trampa?', step('oferta-o-trampa', 'viaje', '¿El trabajo es en otra ciudad?', '<p>Lejos de tu familia.</p>')),
    page('/herramientas/oferta-o-trampa/trampa/', 'Es muy probable que sea una trampa', step('oferta-o-trampa', 'trampa', 'Es muy probable que sea una trampa', '<ol><li>Llama al 1818 & no vayas</li></ol>')),
    // Asked twice in the tree: indexed at its first place only, so not marked here.
    page('/herramientas/oferta-o-trampa/viaje-otra-vez/', 'Otra vez', step('oferta-o-trampa', 'viaje-otra-vez', '¿El trabajo es en otra ciudad?'), false),
    page('/herramientas/oferta-o-trampa/mapa/', 'Mapa', '<h1>Mapa</h1>', false),
    page('/qu/herramientas/oferta-o-trampa/', '¿Chiqap llamk\'aychu icha llullakuy?', step('oferta-o-trampa', 'documentos', '¿DNIykita waqaychasaqku nisunkichu?')),
    page('/qu/herramientas/oferta-o-trampa/viaje/', 'Viaje', step('oferta-o-trampa', 'viaje', '¿Huk llaqtapichu?')),
    page('/senales-de-alerta/turismo/', 'Señales de alerta en turismo y hospedajes', '<h1>Señales de alerta en turismo y hospedajes</h1><p>Hospedajes.</p>'),
    page('/404.html', 'No encontrada', '<h1>No encontrada</h1>', false),
  ];
  const records = indexRecords(pages);
  const byUrl = new Map(records.map((r) => [r.url, r]));

  it('indexes the pages marked for the index but the steps of a tool', () => {
    expect(records.map((r) => r.url)).toEqual(['/herramientas/oferta-o-trampa/', '/qu/herramientas/oferta-o-trampa/', '/senales-de-alerta/turismo/']);
  });

  it('gives a tool\'s start page the text of its steps, in each language, once each, and says which', () => {
    const start = byUrl.get('/herramientas/oferta-o-trampa/');
    expect(start?.merged).toEqual(['/herramientas/oferta-o-trampa/viaje/', '/herramientas/oferta-o-trampa/trampa/']);
    const blocks = indexedBlocks(start?.content ?? '');
    expect(blocks).toEqual([
      '¿Oferta de trabajo o trampa?',
      '¿Te dijeron que guardarán tu DNI?',
      'Mapa de la herramienta',
      '¿El trabajo es en otra ciudad?',
      'Lejos de tu familia.',
      'Es muy probable que sea una trampa',
      'Llama al 1818 & no vayas',
    ]);
    // Added as text: escaped, never as markup.
    expect(start?.content).toContain('<p>Llama al 1818 &amp; no vayas</p>');
    expect(byUrl.get('/qu/herramientas/oferta-o-trampa/')?.merged).toEqual(['/qu/herramientas/oferta-o-trampa/viaje/']);
    expect(byUrl.get('/senales-de-alerta/turismo/')?.merged).toEqual([]);
  });

  it('indexes every record under its own title', () => {
    for (const record of records) expect(record.content).toContain('data-pagefind-meta="title[content]"');
    expect(byUrl.get('/herramientas/oferta-o-trampa/')?.content).toContain('data-pagefind-meta="title[content]" content="¿Oferta de trabajo o trampa?"');
  });
});
