import { describe, expect, it } from 'vitest';
import { kitPdf, lessonPdf } from '../../src/lib/kits/pdf/make';
import type { KitPdfInput, KitPdfStrings, LessonPdfData } from '../../src/lib/kits/pdf/input';
import { outline } from '../../src/lib/markdown/sections';
import { flat, pdfDetails, pdfText } from '../support/pdf';
import { pdfStructure } from '../support/pdf-structure';

const KIT_URL = 'https://alianza-cpc.example/kits/primaria/';

const STRINGS: KitPdfStrings = {
  contents: 'Contenido',
  lesson: 'Lección {n}',
  level: 'Nivel',
  grades: 'Grados',
  duration: 'Duración',
  minutes: '{n} min',
  objectives: 'Objetivos',
  materials: 'Materiales',
  steps: 'Pasos',
  step: 'Paso',
  closing: 'Cierre',
  evaluation: 'Evaluación',
  sheet: 'Ficha de actividad',
  name: 'Nombre:',
  date: 'Fecha:',
  page: 'Página {x} de {y}',
  permalink: 'Dirección permanente',
  lessons: 'Lecciones',
  totalTime: 'Tiempo total',
};

const BODY = `
Antes de la sesión, lea con calma las señales de alerta y piense en los lugares de su comunidad donde
niñas y niños pasan tiempo sin personas adultas de confianza.

## Para la docente o el docente

Si una niña o un niño cuenta algo que le preocupa, escúchelo sin juzgar y siga la ruta de derivación
de su institución educativa. No pida detalles ni busque pruebas: eso corresponde a las autoridades.

- Anote solo lo que le contaron, con sus palabras.
- Llame a la línea 1810 o acuda a la comisaría más cercana.

> Nadie puede consentir su propia explotación.
`;

function lesson(n: number, title: string, sheetTitle: string): LessonPdfData {
  return {
    title,
    description: `Sesión ${n} del kit: las y los estudiantes reconocen situaciones de riesgo y a quién pedir ayuda.`,
    levelLabel: 'Primaria',
    grades: '5.º y 6.º de primaria',
    duration: 45,
    objectives: [
      'Reconocer ofertas de trabajo o de viaje que pueden ser una trampa.',
      'Nombrar a tres personas adultas de confianza a quienes pedir ayuda.',
    ],
    materials: ['Papelógrafos y plumones', 'Copias de la ficha de actividad', 'Tarjetas con casos'],
    steps: [
      { title: 'Saludo y dinámica de inicio', minutes: 5, text: 'Forme un círculo; cada estudiante dice su nombre y algo que le gusta.' },
      { title: `Lectura del caso de Rosa (${n})`, minutes: 15, text: 'Lea el caso en voz alta y pregunte: ¿qué le ofrecieron? ¿qué le pidieron?' },
      { title: 'Trabajo en grupos', minutes: 17, text: 'Cada grupo completa la ficha de actividad.' },
      { title: 'Puesta en común', minutes: 8, text: '' },
    ],
    closing: 'Cada estudiante escribe en una tarjeta el nombre de una persona adulta de confianza.',
    evaluation: '¿Puede cada estudiante nombrar dos señales de alerta y una persona a quien pedir ayuda?',
    sheet: {
      title: sheetTitle,
      instructions: 'Lee cada pregunta y responde con tus palabras. No hay respuestas malas.',
      items: [
        '¿Qué le ofrecieron a Rosa?',
        '¿Qué señales de alerta encuentras en el caso?',
        '¿A quién podría pedir ayuda Rosa en su comunidad?',
      ],
    },
    outline: outline(BODY),
    url: `${KIT_URL}sesion-${n}/`,
  };
}

const LESSONS = [
  lesson(1, 'Mis derechos y mi cuerpo', 'Mi mapa de confianza'),
  lesson(2, 'Ofertas que parecen buenas', 'Oferta o trampa'),
  lesson(3, 'Señales de alerta en mi comunidad', 'Caminos seguros'),
  lesson(4, 'Pedir ayuda: a quién y cómo', 'Mi red de apoyo'),
];

function input(overrides: Partial<KitPdfInput> = {}): KitPdfInput {
  return {
    lang: 'es',
    title: 'Kit de prevención de la trata para primaria',
    description: 'Cuatro sesiones para reconocer riesgos y pedir ayuda, con sus fichas de actividad.',
    levelLabel: 'Primaria',
    url: KIT_URL,
    notice: 'Material de ejemplo: no ha sido validado por el Ministerio de Educación.',
    author: 'Alianza CPC',
    date: new Date('2024-03-01T00:00:00Z'),
    dateLocale: 'es-PE',
    lessons: LESSONS,
    strings: STRINGS,
    ...overrides,
  };
}

/** Each step, its text and its minutes, in the table's rows (PDF.js reads a row's cells left to right). */
const STEPS_WITH_MINUTES = new RegExp(
  [
    '1\\. Saludo y dinámica de inicio Forme un círculo[^]*? 5 min',
    '2\\. Lectura del caso de Rosa \\(\\d\\) Lea el caso[^]*? 15 min',
    '3\\. Trabajo en grupos Cada grupo completa la ficha de actividad\\. 17 min',
    '4\\. Puesta en común 8 min',
  ].join(' '),
);

/** The index of the first page, from `from` on, whose text contains `phrase`. */
function pageOf(pageTexts: string[], phrase: string, from = 0): number {
  return pageTexts.findIndex((text, i) => i >= from && flat(text).includes(phrase));
}

/** The first line of a page's body (PDF.js gives the body before the header and footer). */
function firstLine(pageText: string): string {
  return pageText.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
}

describe('kitPdf', async () => {
  const pdf = await kitPdf(input());
  const { text, pages, pageTexts } = await pdfText(pdf);
  const all = flat(text);

  it('is a complete PDF: a cover, the contents and a page or more for each lesson and its sheet', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1').trim().endsWith('%%EOF')).toBe(true);
    expect(pages).toBeGreaterThan(LESSONS.length + 2);
    expect(pages).toBeGreaterThanOrEqual(2 + 2 * LESSONS.length);
    expect(pdf.length).toBeLessThan(150_000);
  });

  it('shows on the cover the title, level, lessons, total time, address, notice and author', () => {
    const cover = flat(pageTexts[0] ?? '');
    expect(cover).toContain('Kit de prevención de la trata para primaria');
    expect(cover).toContain('Cuatro sesiones para reconocer riesgos');
    expect(cover).toMatch(/Nivel Lecciones Tiempo total Primaria 4 180 min/);
    expect(cover).toContain(`Dirección permanente ${KIT_URL}`);
    expect(cover).toContain('Material de ejemplo: no ha sido validado por el Ministerio de Educación.');
    expect(cover).toContain('Alianza CPC · 1 de marzo de 2024');
  });

  it('lists every lesson and every sheet in the contents, with their pages', async () => {
    expect(firstLine(pageTexts[1] ?? '')).toBe('Contenido');
    // The page numbers are drawn once the pages are known; the structure tree reads each with its line.
    const entries = (await pdfStructure(pdf)).all.filter((n) => n.role === 'TOCI').map((n) => n.text);
    expect(entries).toEqual(
      LESSONS.flatMap((l, i) => [
        `Lección ${i + 1}: ${l.title} ${pageOf(pageTexts, `Lección ${i + 1}: ${l.title}`, 2) + 1}`,
        `Ficha de actividad: ${l.sheet?.title} ${pageOf(pageTexts, `Ficha de actividad: ${l.sheet?.title}`, 2) + 1}`,
      ]),
    );
  });

  it('is tagged: the kit title the first heading, each lesson an H2 and its parts H3, fonts embedded', async () => {
    const s = await pdfStructure(pdf);
    expect(s.marked).toBe(true);
    expect(s.language).toBe('es');
    expect(s.headings[0]).toEqual({ role: 'H1', text: 'Kit de prevención de la trata para primaria' });
    expect(s.headings.filter((h) => h.role === 'H2').map((h) => h.text)).toEqual(['Contenido', ...LESSONS.map((l, i) => `Lección ${i + 1}: ${l.title}`)]);
    expect(s.headings.filter((h) => h.role === 'H3').map((h) => h.text)).toEqual(expect.arrayContaining(['Objetivos', 'Pasos', `Ficha de actividad: ${LESSONS[0]?.sheet?.title}`]));
    expect(s.all.filter((n) => n.role === 'TH').map((n) => n.text)).toEqual(expect.arrayContaining(['Nivel', 'Lecciones', 'Tiempo total', 'Paso', 'Duración']));
    expect(s.all.find((n) => n.role === 'Figure')?.alt).toBe(`Dirección permanente: ${KIT_URL}`);
    expect(s.unembeddedFonts).toEqual([]);
  });

  it('starts each lesson and each sheet at the top of a new page, in order', () => {
    const starts = LESSONS.flatMap((l, i) => {
      const lessonPage = pageOf(pageTexts, `Lección ${i + 1}: ${l.title}`, 2);
      const sheetPage = pageOf(pageTexts, `Ficha de actividad: ${l.sheet?.title}`, 2);
      expect(firstLine(pageTexts[lessonPage] ?? '')).toBe(`Lección ${i + 1}: ${l.title}`);
      expect(firstLine(pageTexts[sheetPage] ?? '')).toBe(`Ficha de actividad: ${l.sheet?.title}`);
      return [lessonPage, sheetPage];
    });
    expect(starts[0]).toBe(2);
    // All different and increasing: no two on one page, none out of order.
    starts.slice(1).forEach((page, i) => expect(page).toBeGreaterThan(starts[i] ?? Infinity));
  });

  it('prints each lesson in full: facts, objectives, materials, steps with minutes, text, closing, evaluation', () => {
    const first = flat(pageTexts.slice(2, pageOf(pageTexts, 'Ficha de actividad: Mi mapa de confianza', 2)).join('\n'));
    expect(first).toMatch(/Nivel Grados Duración Primaria 5\.º y 6\.º de primaria 45 min/);
    expect(first).toMatch(STEPS_WITH_MINUTES);
    for (const phrase of [
      'Objetivos',
      'Reconocer ofertas de trabajo o de viaje que pueden ser una trampa.',
      'Materiales',
      'Papelógrafos y plumones',
      'Pasos',
      'Paso Duración',
      '¿qué le ofrecieron? ¿qué le pidieron?',
      '4. Puesta en común 8 min',
      'Antes de la sesión, lea con calma las señales de alerta',
      'Para la docente o el docente',
      'Llame a la línea 1810',
      'Nadie puede consentir su propia explotación.',
      'Cierre',
      'Evaluación',
      '¿Puede cada estudiante nombrar dos señales de alerta',
    ]) {
      expect(first).toContain(phrase);
    }
  });

  it('gives each sheet lines for the name and the date, the instructions and numbered items', () => {
    const sheet = flat(pageTexts[pageOf(pageTexts, 'Ficha de actividad: Oferta o trampa', 2)] ?? '');
    expect(sheet).toContain('Nombre: Fecha:');
    expect(sheet).toContain('Lee cada pregunta y responde con tus palabras.');
    expect(sheet).toContain('1. ¿Qué le ofrecieron a Rosa?');
    expect(sheet).toContain('3. ¿A quién podría pedir ayuda Rosa en su comunidad?');
  });

  it('has a header and a footer on every page but the cover', () => {
    expect(pageTexts).toHaveLength(pages);
    expect(pageTexts[0]).not.toContain('Página');
    pageTexts.slice(1).forEach((page, i) => {
      const onPage = flat(page);
      expect(onPage).toContain('Kit de prevención de la trata para primaria Primaria');
      expect(onPage).toContain(KIT_URL);
      expect(onPage).toContain(`Página ${i + 2} de ${pages}`);
    });
    expect(all).toContain(`Página ${pages} de ${pages}`);
  });

  it('makes each lesson a bookmark with its sheet under it, and a destination', async () => {
    const { bookmarks, destinations, info, language } = await pdfDetails(pdf);
    expect(bookmarks.map((b) => b.title)).toEqual(LESSONS.map((l, i) => `Lección ${i + 1}: ${l.title}`));
    expect(bookmarks.map((b) => b.children.map((c) => c.title))).toEqual(
      LESSONS.map((l) => [`Ficha de actividad: ${l.sheet?.title}`]),
    );
    expect(destinations).toEqual(expect.arrayContaining(['lesson-1', 'lesson-1-sheet', 'lesson-4', 'lesson-4-sheet']));
    expect(language).toBe('es');
    expect(info).toMatchObject({
      Title: 'Kit de prevención de la trata para primaria',
      Author: 'Alianza CPC',
      CreationDate: 'D:20240301000000Z',
      ModDate: 'D:20240301000000Z',
    });
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
  });

  it('never ends a page with a heading', async () => {
    // Long objectives push the headings that follow them down the page, one line more each time.
    for (let shift = 0; shift < 14; shift++) {
      const objectives = Array.from({ length: 28 + shift }, (_, i) => `Objetivo número ${i + 1} de la sesión.`);
      const doc = await kitPdf(input({ lessons: LESSONS.slice(0, 1).map((l) => ({ ...l, objectives })) }));
      const read = await pdfText(doc);
      read.pageTexts.slice(1).forEach((page) => {
        const lines = page.split('\n').map((l) => l.trim()).filter(Boolean);
        const header = lines.findIndex((l) => l.startsWith('Kit de prevención de la trata'));
        expect(header).toBeGreaterThan(0);
        expect(lines[header - 1], `shift ${shift}`).not.toMatch(/^(Objetivos|Materiales|Pasos|Cierre|Evaluación|Para la docente o el docente)$/);
      });
    }
  });

  it('gives the same bytes for the same input', async () => {
    expect((await kitPdf(input())).equals(pdf)).toBe(true);
    expect((await kitPdf(input({ date: new Date('2025-01-15T00:00:00Z') }))).equals(pdf)).toBe(false);
  });

  it('writes a Quechua document', async () => {
    const qu = await kitPdf(
      input({
        lang: 'quz',
        dateLocale: 'quz-PE',
        title: 'Warmakunata amachanapaq yachachiykuna',
        notice: undefined,
        lessons: [{ ...lesson(1, 'Kawsayniykuna', 'Yanapaqniykuna'), title: 'Llaqtanchikpi k’ancharichiy' }],
        strings: { ...STRINGS, lesson: '{n} yachachiy', page: '{x} raphi, {y} raphimanta', contents: 'Imakunam kachkan' },
      }),
    );
    const read = flat((await pdfText(qu)).text);
    expect(read).toContain('Warmakunata amachanapaq yachachiykuna');
    expect(read).toContain('1 yachachiy: Llaqtanchikpi k’ancharichiy');
    expect(read).toContain('2 raphi, ');
    expect(read).not.toContain('Material de ejemplo');
    expect(qu.toString('latin1')).toMatch(/\/Lang \(quz\)/);
    expect((await pdfDetails(qu)).language).toBe('quz');
  });
});

describe('lessonPdf', async () => {
  const lessonInput = {
    ...input(),
    kitTitle: 'Kit de prevención de la trata para primaria',
    lesson: LESSONS[1]!,
    number: 2,
  };
  const pdf = await lessonPdf(lessonInput);
  const { text, pages, pageTexts } = await pdfText(pdf);
  const all = flat(text);

  it('opens with the kit, the lesson title and the address of the lesson page', async () => {
    const first = flat(pageTexts[0] ?? '');
    expect(first.startsWith('Kit de prevención de la trata para primaria Lección 2: Ofertas que parecen buenas')).toBe(true);
    expect(first).toContain(`Dirección permanente: ${KIT_URL}sesion-2/`);
    expect(first).toContain('Material de ejemplo');
    const { links, bookmarks } = await pdfDetails(pdf);
    expect(links).toEqual([`${KIT_URL}sesion-2/`]);
    expect(bookmarks).toEqual([
      { title: 'Lección 2: Ofertas que parecen buenas', children: [{ title: 'Ficha de actividad: Oferta o trampa', children: [] }] },
    ]);
  });

  it('prints its steps with their minutes', () => {
    expect(all).toMatch(STEPS_WITH_MINUTES);
    expect(all).toContain('Lectura del caso de Rosa (2)');
    expect(all).toMatch(/Nivel Grados Duración Primaria 5\.º y 6\.º de primaria 45 min/);
  });

  it('puts the activity sheet on a page of its own, and no other lesson', () => {
    expect(pages).toBe(pageOf(pageTexts, 'Ficha de actividad: Oferta o trampa') + 1);
    expect(firstLine(pageTexts.at(-1) ?? '')).toBe('Ficha de actividad: Oferta o trampa');
    expect(all).not.toContain('Mis derechos y mi cuerpo');
    expect(all).not.toContain('Contenido');
    pageTexts.forEach((page, i) => expect(flat(page)).toContain(`Lección 2 ${KIT_URL}sesion-2/ Página ${i + 1} de ${pages}`));
  });

  it('gives the same bytes for the same input, and sets the metadata', async () => {
    expect((await lessonPdf(lessonInput)).equals(pdf)).toBe(true);
    const { info, language } = await pdfDetails(pdf);
    expect(language).toBe('es');
    expect(info).toMatchObject({ Title: 'Lección 2: Ofertas que parecen buenas', Subject: 'Kit de prevención de la trata para primaria' });
  });
});
